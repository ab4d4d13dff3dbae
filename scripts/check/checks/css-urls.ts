import type { Problem } from '../problem';
import { resolveUrl } from '../resolve';
import type { Site } from '../site';
import type { SiteCheck } from './check';

/** `url(…)` and `@import "…"` references in CSS text, with their 1-based lines. */
export function cssUrls(css: string): { url: string; line: number }[] {
  const found: { url: string; line: number }[] = [];
  const pattern = /url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')/g;
  const text = css.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  for (const m of text.matchAll(pattern)) {
    const url = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    const line = text.slice(0, m.index).split('\n').length;
    found.push({ url, line });
  }
  return found;
}

/** Stylesheets in dist fetch nothing off the site (fonts, `@import`), and their internal `url()`s exist. */
export class CssUrlsCheck implements SiteCheck {
  readonly name = 'css';

  run(site: Site): Problem[] {
    const problems: Problem[] = [];
    for (const sheet of site.stylesheets) {
      for (const { url, line } of cssUrls(sheet.text)) {
        if (url === '' || url.startsWith('#')) continue;
        const target = resolveUrl(site, sheet.url, url);
        const report = (message: string): void => void problems.push({ file: sheet.file, line, check: this.name, message });
        if (target.kind === 'external') report(`url(${url}) loads from another origin (${target.url.origin})`);
        else if (target.kind === 'internal' && target.absolute) report(`url(${url}) loads from the production origin; use a root-relative URL`);
        else if (target.kind === 'internal' && !target.unbuilt && target.file === undefined) report(`url(${url}) is broken: no file in dist for ${target.path}`);
      }
    }
    return problems;
  }
}
