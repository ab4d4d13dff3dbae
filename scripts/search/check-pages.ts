import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../built-site/walk';

/** What the preflight found in the built HTML. */
export interface PageMarkers {
  /** HTML files under the site folder. */
  htmlFiles: number;
  /** Pages whose `<main>` carries `data-pagefind-body`, i.e. pages that will be indexed. */
  bodyPages: number;
  /** Pages marked as a fallback (`data-fallback="true"` on `<main>`). */
  fallbackPages: number;
  /** Problems that would put the wrong text in the index, one line each. */
  problems: string[];
}

/** Every `*.html` file below `dir`, as paths relative to it (skipping an old `pagefind/` bundle). */
export async function listHtmlFiles(dir: string): Promise<string[]> {
  return listFiles(dir, { dotFiles: true }).filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/'));
}

/** The attributes of the first `<main …>` start tag of a page, or undefined when it has none. */
export function mainAttributes(html: string): string | undefined {
  return /<main\b([^>]*)>/i.exec(html)?.[1];
}

/**
 * Checks the contract between the site's pages and the indexer before Pagefind runs: some pages
 * opt in with `data-pagefind-body` (otherwise Pagefind would index every page whole, nav and footer
 * included), and no Japanese fallback page (English text on a `lang="ja"` page) opts in.
 */
export async function checkPageMarkers(siteDir: string): Promise<PageMarkers> {
  const files = await listHtmlFiles(siteDir);
  const result: PageMarkers = { htmlFiles: files.length, bodyPages: 0, fallbackPages: 0, problems: [] };
  for (const file of files) {
    const html = await readFile(join(siteDir, file), 'utf8');
    const main = mainAttributes(html);
    const body = /\bdata-pagefind-body\b/.test(html);
    const fallback = main !== undefined && /\bdata-fallback\s*=\s*["']?true/.test(main);
    if (body) result.bodyPages += 1;
    if (fallback) result.fallbackPages += 1;
    if (fallback && body) {
      result.problems.push(
        `${file}: a fallback page (data-fallback="true" on <main>) carries data-pagefind-body; ` +
          'its English text would land in the Japanese index — drop data-pagefind-body on fallback pages',
      );
    }
    if (body && !/<html\b[^>]*\blang\s*=/i.test(html)) {
      result.problems.push(`${file}: an indexed page has no <html lang>, so Pagefind cannot tell its language`);
    }
  }
  if (result.htmlFiles > 0 && result.bodyPages === 0) {
    result.problems.push(
      `none of the ${result.htmlFiles} HTML files in ${siteDir} has data-pagefind-body: Pagefind would index ` +
        'every page whole (navigation, footer, fallback pages) — put data-pagefind-body on <main> of pages whose text is in their language',
    );
  }
  if (result.htmlFiles === 0) {
    result.problems.push(`no HTML files in ${siteDir}: run \`astro build\` first`);
  }
  return result;
}
