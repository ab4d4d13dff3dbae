import { lineAt, scanCssUrls } from '../../built-site/css-urls';
import type { Problem } from '../problem';
import { resolveUrl } from '../resolve';
import type { Site } from '../site';
import type { SiteCheck } from './check';

/** Stylesheets in dist fetch nothing off the site (fonts, `@import`), and their internal `url()`s exist. */
export class CssUrlsCheck implements SiteCheck {
  readonly name = 'css';

  run(site: Site): Problem[] {
    const problems: Problem[] = [];
    for (const sheet of site.stylesheets) {
      for (const { value: url, start } of scanCssUrls(sheet.text)) {
        const line = lineAt(sheet.text, start);
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
