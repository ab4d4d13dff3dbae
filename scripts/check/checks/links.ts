import { resolveUrl } from '../resolve';
import type { SitePage } from '../page';
import type { Site } from '../site';
import { PageCheck } from './check';

/**
 * Every internal `href`/`src`/`srcset`/`action` (and the site's own absolute URLs: canonical, hreflang,
 * `og:url`) resolves to a file in dist. Folder URLs need their trailing slash (the site uses `trailingSlash: 'always'`).
 * Links into a later-step folder (`/pagefind/`, `/downloads/`) are checked only when that step ran.
 */
export class LinksCheck extends PageCheck {
  readonly name = 'links';

  protected *checkPage(page: SitePage, site: Site): Iterable<[number, string]> {
    for (const ref of page.refs) {
      const where = `<${ref.tag} ${ref.attr}="${ref.url}">`;
      const target = resolveUrl(site, page.url, ref.url);
      if (target.kind === 'invalid') yield [ref.line, `${where} is not a valid URL`];
      else if (target.kind === 'other' && target.scheme === 'javascript:') yield [ref.line, `${where} is a javascript: URL (blocked by the CSP; use a button)`];
      if (target.kind !== 'internal' || target.unbuilt) continue;
      if (target.missingSlash) yield [ref.line, `${where} names a folder without its trailing slash: link ${target.path}/`];
      else if (target.file === undefined) yield [ref.line, `${where} is broken: no file in dist for ${target.path}`];
    }
  }
}
