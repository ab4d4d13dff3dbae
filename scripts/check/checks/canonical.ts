import { resolveUrl } from '../resolve';
import type { SitePage } from '../page';
import type { Site } from '../site';
import { PageCheck } from './check';

/** Every page has one `<link rel="canonical">`: an absolute URL on the site's origin that names the page itself. */
export class CanonicalCheck extends PageCheck {
  readonly name = 'canonical';

  protected *checkPage(page: SitePage, site: Site): Iterable<[number, string]> {
    if (page.canonicals.length === 0) {
      yield [page.htmlLine, '<link rel="canonical"> is missing'];
      return;
    }
    if (page.canonicals.length > 1) yield [page.canonicals[1]!.line, `${page.canonicals.length} canonical links; expected one`];
    const { href, line } = page.canonicals[0]!;
    if (!/^https?:\/\//.test(href)) {
      yield [line, `canonical "${href}" is not an absolute URL`];
      return;
    }
    const target = resolveUrl(site, page.url, href);
    if (target.kind !== 'internal') {
      yield [line, `canonical "${href}" is not on the site's origin ${site.origin ?? '(unknown)'}`];
    } else if (target.path !== page.url) {
      yield [line, `canonical "${href}" names ${target.path}, not this page (${page.url})`];
    }
  }
}
