import { resolveUrl } from '../resolve';
import type { SitePage } from '../page';
import type { Site } from '../site';
import { PageCheck } from './check';

/**
 * Pages make no request off the site: assets (`<script src>`, stylesheets, icons, images, preloads…) are
 * root-relative, never `http(s)://` or `//` (not even to the production origin, which would leave the local copy
 * depending on the network). Machine-read metadata (canonical, hreflang, `og:url`) may only be absolute on the
 * site's own origin. Plain links (`<a href>`) to other sites are navigation, not requests, and are allowed.
 */
export class ExternalRequestsCheck extends PageCheck {
  readonly name = 'external';

  protected *checkPage(page: SitePage, site: Site): Iterable<[number, string]> {
    for (const ref of page.refs) {
      if (ref.kind === 'navigation') continue;
      const where = `<${ref.tag}${ref.rel.length ? ` rel="${ref.rel.join(' ')}"` : ''} ${ref.attr}="${ref.url}">`;
      const target = resolveUrl(site, page.url, ref.url);
      if (ref.kind === 'resource') {
        if (target.kind === 'external') yield [ref.line, `${where} loads from another origin (${target.url.origin}); serve it from the site`];
        else if (target.kind === 'internal' && target.absolute) yield [ref.line, `${where} loads from the production origin; use a root-relative URL`];
        else if (target.kind === 'other' && target.scheme !== 'data:') yield [ref.line, `${where} uses the ${target.scheme} scheme`];
      } else if (target.kind === 'external') {
        yield [ref.line, `${where} points off the site (${target.url.origin}); only the site's own origin ${site.origin ?? '(unknown)'} may appear`];
      }
    }
  }
}
