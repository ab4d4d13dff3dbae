import { locales } from '../../../src/schemas/common';
import type { SitePage } from '../page';
import { PageCheck } from './check';

/** The site's languages, as `<html lang>` values and URL folders. */
export const siteLanguages = locales;

/** The language folder a URL path lies in (`/ja/…` → `ja`), or undefined for `/`, `/404.html`. */
export function folderLanguage(url: string): string | undefined {
  const top = url.split('/')[1] ?? '';
  return (siteLanguages as readonly string[]).includes(top) ? top : undefined;
}

/** `<html lang>` is `en` or `ja`, and the one of the page's language folder (`/ja/…` pages are `ja`). */
export class HtmlLangCheck extends PageCheck {
  readonly name = 'lang';

  protected *checkPage(page: SitePage): Iterable<[number, string]> {
    const expected = folderLanguage(page.url);
    if (page.lang === undefined) yield [page.htmlLine, `<html> has no lang; expected "${expected ?? 'en" or "ja'}"`];
    else if (!(siteLanguages as readonly string[]).includes(page.lang)) yield [page.htmlLine, `<html lang="${page.lang}">; expected "en" or "ja"`];
    else if (expected !== undefined && page.lang !== expected) yield [page.htmlLine, `<html lang="${page.lang}"> on a page under /${expected}/; expected "${expected}"`];
  }
}
