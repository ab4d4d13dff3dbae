import type { SitePage } from '../page';
import { PageCheck } from './check';

/** Ids are unique within a page, so every `#anchor` (and `aria-labelledby`) names one place. */
export class DuplicateIdsCheck extends PageCheck {
  readonly name = 'ids';

  protected *checkPage(page: SitePage): Iterable<[number, string]> {
    for (const [id, lines] of page.ids) {
      if (lines.length > 1) yield [lines[1]!, `id "${id}" is used ${lines.length} times (lines ${lines.join(', ')})`];
    }
  }
}
