import type { SitePage } from '../page';
import { PageCheck } from './check';

/** No `style="…"` attributes and no `<style>` elements: the CSP (`style-src 'self'`) ignores both. */
export class InlineStyleCheck extends PageCheck {
  readonly name = 'style';

  protected *checkPage(page: SitePage): Iterable<[number, string]> {
    for (const { tag, line } of page.styleAttributes) yield [line, `<${tag} style="…">: inline style attribute (blocked by the CSP); use a class`];
    for (const line of page.styleElements) yield [line, '<style> element (blocked by the CSP); use a stylesheet file'];
  }
}
