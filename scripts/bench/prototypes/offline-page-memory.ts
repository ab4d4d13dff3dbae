/**
 * Evidence for the offline bundle's memory: scripts/offline/build-bundle.ts keeps every page's
 * `parsePage(...)` result (source text + parse5 tree with source locations) in one Map until all pages
 * are rewritten. This parses every HTML page of a built site the way the bundle does and reports the
 * heap held (a) with every parsed page kept, (b) with only each page's ids kept (what other pages
 * need from it: link fragments).
 *
 *   node --expose-gc --import tsx scripts/bench/prototypes/offline-page-memory.ts <distDir>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage, type HtmlPage } from '../../offline/html-page';
import { listFiles } from '../../offline/site-files';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = (): number => {
  gc();
  return process.memoryUsage().heapUsed;
};
const mb = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MB`;

function held(files: readonly string[], dist: string, keep: (page: HtmlPage) => unknown): number {
  const before = heap();
  const kept = files.map((file) => keep(parsePage(file, readFileSync(join(dist, file), 'utf8'))));
  const after = heap();
  if (kept.length !== files.length) throw new Error('unreachable');
  return after - before;
}

const dist = process.argv[2];
if (!dist) throw new Error('usage: node --expose-gc --import tsx scripts/bench/prototypes/offline-page-memory.ts <distDir>');
const files = listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('downloads/'));
const htmlBytes = files.reduce((sum, f) => sum + readFileSync(join(dist, f)).length, 0);
const pages = held(files, dist, (page) => page);
const ids = held(files, dist, (page) => page.ids);
console.log(
  `${files.length} pages, ${mb(htmlBytes)} of HTML. Every parsed page kept: ${mb(pages)} of heap ` +
    `(${(pages / files.length / 1024).toFixed(0)} KB per page, ${(pages / htmlBytes).toFixed(0)}× the HTML); only their ids kept: ${mb(ids)}.`,
);
