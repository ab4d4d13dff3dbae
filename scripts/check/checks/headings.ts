import type { SitePage } from '../page';
import { PageCheck } from './check';

/** Every page has exactly one `<h1>`: its title, for readers, screen readers and the search index. */
export class SingleH1Check extends PageCheck {
  readonly name = 'h1';

  protected *checkPage(page: SitePage): Iterable<[number, string]> {
    if (page.h1Lines.length === 0) yield [page.htmlLine, 'no <h1>; expected exactly one'];
    else if (page.h1Lines.length > 1) yield [page.h1Lines[1]!, `${page.h1Lines.length} <h1> elements (lines ${page.h1Lines.join(', ')}); expected exactly one`];
  }
}
