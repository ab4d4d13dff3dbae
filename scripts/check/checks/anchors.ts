import { hasAnchor, resolveUrl } from '../resolve';
import type { SitePage } from '../page';
import type { Site } from '../site';
import { PageCheck } from './check';

/** Every `#fragment` of an internal link to an HTML page names an element id in that page. */
export class AnchorsCheck extends PageCheck {
  readonly name = 'anchors';

  protected *checkPage(page: SitePage, site: Site): Iterable<[number, string]> {
    for (const ref of page.refs) {
      const target = resolveUrl(site, page.url, ref.url);
      if (target.kind !== 'internal' || target.page === undefined || target.fragment === '') continue;
      if (!hasAnchor(target.page, target.fragment)) {
        const there = target.page === page ? 'this page' : target.page.file;
        yield [ref.line, `<${ref.tag} ${ref.attr}="${ref.url}">: no element with id "${target.fragment}" in ${there}`];
      }
    }
  }
}
