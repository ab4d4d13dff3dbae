import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../built-site/walk';

/** One language index of a Pagefind bundle. */
export interface LanguageIndex {
  /** Pages Pagefind indexed in this language. */
  pages: number;
  /** Bytes of this language's metadata, word index, filter index and fragments. */
  bytes: number;
  /** Name of the WebAssembly module the browser loads for this language (`wasm.<name>.pagefind`). */
  wasm: string;
}

/** What a written Pagefind bundle holds. */
export interface IndexSummary {
  /** Pagefind version that wrote the bundle. */
  version: string;
  /** Indexes by language code, as in `pagefind-entry.json`. */
  languages: Record<string, LanguageIndex>;
  /** Bytes of the search runtime a browser loads (pagefind.js, its worker and the WebAssembly modules). */
  runtimeBytes: number;
  /** Bytes of the whole bundle folder. */
  totalBytes: number;
}

/** The shape of `pagefind-entry.json` this code reads. */
interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/** Reads a written bundle and totals its bytes per language. */
export async function summarizeBundle(bundleDir: string): Promise<IndexSummary> {
  const entry = JSON.parse(await readFile(join(bundleDir, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const sizes = new Map<string, number>();
  for (const path of listFiles(bundleDir, { dotFiles: true })) sizes.set(path, (await stat(join(bundleDir, path))).size);
  const languages: Record<string, LanguageIndex> = {};
  for (const [lang, info] of Object.entries(entry.languages)) {
    let bytes = 0;
    for (const [path, size] of sizes) {
      const own =
        path === `pagefind.${info.hash}.pf_meta` ||
        (/^(index|fragment|filter)\//.test(path) && path.split('/')[1]!.startsWith(`${lang}_`));
      if (own) bytes += size;
    }
    languages[lang] = { pages: info.page_count, bytes, wasm: info.wasm ?? 'unknown' };
  }
  let runtimeBytes = 0;
  let totalBytes = 0;
  for (const [path, size] of sizes) {
    totalBytes += size;
    if (path === 'pagefind.js' || path === 'pagefind-worker.js' || /^wasm\.[^/]+\.pagefind$/.test(path)) runtimeBytes += size;
  }
  return { version: entry.version, languages, runtimeBytes, totalBytes };
}

/** Formats a byte count the way the build log shows it (`12.3 kB`). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** The one-line build log summary: pages and bytes per language, then the runtime. */
export function summaryLine(summary: IndexSummary, outputPath: string): string {
  const langs = Object.entries(summary.languages)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([lang, l]) => `${lang} ${l.pages} pages ${formatBytes(l.bytes)} (${l.bytes} B)`)
    .join(', ');
  return `search: Pagefind ${summary.version} indexed ${langs}; runtime ${formatBytes(summary.runtimeBytes)} → ${outputPath}`;
}
