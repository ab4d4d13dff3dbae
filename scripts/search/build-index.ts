/**
 * Step 3 of `npm run build`: indexes the built site with Pagefind's Node API and writes
 * `dist/pagefind/`, one index per `<html lang>`.
 *
 *   tsx scripts/search/build-index.ts [siteDir]      (siteDir defaults to `dist`)
 *
 * Only `<main data-pagefind-body>` is indexed; the pages carry their own filters and meta
 * (`data-pagefind-filter`, `data-pagefind-meta`). See docs/ARCHITECTURE.md.
 */
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';
import { checkPageMarkers } from './check-pages';
import { summarizeBundle, summaryLine, type IndexSummary } from './index-summary';

/** Options of {@link buildSearchIndex}. */
export interface BuildIndexOptions {
  /** The built site to index (Astro's `outDir`). */
  siteDir: string;
  /** Print the one-line summary (default true). */
  log?: boolean;
}

/** What {@link buildSearchIndex} wrote. */
export interface BuildIndexResult extends IndexSummary {
  /** The bundle folder, `<siteDir>/pagefind`. */
  outputPath: string;
}

/** UI bundles Pagefind always writes that this site never loads: the search page runs its own client on pagefind.js. */
const unusedUiFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * What Pagefind leaves out of `<main data-pagefind-body>` besides what the pages mark themselves.
 * Page furniture (breadcrumbs, tables of contents, panels, facts, heading and paragraph permalinks …) is
 * marked `data-pagefind-ignore` by the component that renders it, so renaming a class cannot let it into the
 * index; Pagefind itself skips `nav`, `footer`, `form`, `label`, `svg` and `script`. The one rule kept here is
 * about language, not furniture: text marked as another language than the page's (`lang` on an element
 * inside `<main>`, e.g. English fallback titles or the Japanese original title on an English page) stays out
 * of that language's index.
 */
export const excludeSelectors = ['[data-pagefind-body] [lang]'];

/** Thrown when Pagefind reports errors; `cause` carries Pagefind's own messages. */
export class SearchIndexError extends Error {
  constructor(step: string, errors: readonly string[]) {
    super(`Pagefind ${step} failed: ${errors.join('; ')}`, { cause: errors });
    this.name = 'SearchIndexError';
  }
}

/** Throws when a Pagefind response carries errors. */
function check<T extends { errors: string[] }>(step: string, response: T): T {
  if (response.errors.length > 0) throw new SearchIndexError(step, response.errors);
  return response;
}

/**
 * The binary the Node API will start. It must be `pagefind_extended`: only the extended build
 * segments Japanese (and Chinese) into words; the standard one would index whole runs of kana and kanji.
 */
export function pagefindBinary(): string {
  const override = process.env.PAGEFIND_EXTENDED_BINARY_PATH ?? process.env.PAGEFIND_BINARY_PATH;
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const exe = process.platform === 'win32' ? 'pagefind_extended.exe' : 'pagefind_extended';
  let path = override;
  if (path === undefined) {
    const require = createRequire(import.meta.resolve('pagefind'));
    try {
      path = require.resolve(`@pagefind/${platform}-${process.arch}/bin/${exe}`);
    } catch (error) {
      throw new Error(
        `the extended Pagefind binary for ${platform}-${process.arch} is not installed (@pagefind/${platform}-${process.arch}); ` +
          'run `npm install` so the optional dependency of `pagefind` is fetched',
        { cause: error },
      );
    }
  }
  if (!basename(path).startsWith('pagefind_extended')) {
    throw new Error(`${path} is not the extended Pagefind binary, which Japanese word segmentation needs; unset PAGEFIND_BINARY_PATH`);
  }
  return path;
}

/** Indexes `siteDir` into `siteDir/pagefind` and returns what was written. */
export async function buildSearchIndex({ siteDir, log = true }: BuildIndexOptions): Promise<BuildIndexResult> {
  const site = resolve(siteDir);
  const outputPath = join(site, 'pagefind');
  pagefindBinary();
  const markers = await checkPageMarkers(site);
  if (markers.problems.length > 0) {
    throw new Error(`the built pages in ${site} are not ready to index:\n  ${markers.problems.join('\n  ')}`);
  }
  // A stale bundle would keep fragments of pages that no longer exist.
  await rm(outputPath, { recursive: true, force: true });
  try {
    const { index } = check('createIndex', await pagefind.createIndex({ excludeSelectors, writePlayground: false }));
    if (!index) throw new SearchIndexError('createIndex', ['no index was returned']);
    const added = check('addDirectory', await index.addDirectory({ path: site }));
    if (added.page_count === 0) throw new SearchIndexError('addDirectory', [`no pages indexed in ${site}`]);
    check('writeFiles', await index.writeFiles({ outputPath }));
  } finally {
    await pagefind.close();
  }
  await Promise.all(unusedUiFiles.map((file) => rm(join(outputPath, file), { force: true })));
  const summary = await summarizeBundle(outputPath);
  if (log) console.log(summaryLine(summary, outputPath));
  return { ...summary, outputPath };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const siteDir = process.argv[2] ?? 'dist';
  if (!existsSync(siteDir)) {
    console.error(`search: no built site at ${siteDir}; run \`astro build\` first`);
    process.exit(1);
  }
  buildSearchIndex({ siteDir }).catch((error: unknown) => {
    console.error(`search: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof Error && error.cause !== undefined) console.error('cause:', error.cause);
    process.exit(1);
  });
}
