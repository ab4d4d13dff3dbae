/**
 * What search costs a reader: the bytes a browser fetches for its first query on the search page
 * (pagefind.js and its worker, the WebAssembly module, entry and metadata, then the index chunks,
 * filter chunks and fragments of that query) and the query latency, measured in Debian Chromium
 * against a built, indexed site served on loopback.
 *
 *   tsx scripts/search/measure.ts [siteDir] [--lang en] [--query ISMAP] [--runs 20] [--json]
 */
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import sirv from 'sirv';
import { launchBrowser } from '../../tests/support/browser';

/** Options of {@link measureSearch}. */
export interface MeasureOptions {
  /** A built site with `pagefind/` in it. */
  siteDir: string;
  /** Which language's search page to load. */
  lang?: string;
  /** The first query. */
  query?: string;
  /** How many queries to time after the first (cycling through `queries`). */
  runs?: number;
  /** Queries timed after the first. */
  queries?: readonly string[];
}

/** Bytes and requests of one kind of file (bytes as sent: Pagefind's chunks are gzip files already). */
export interface ByteRow {
  what: string;
  requests: number;
  bytes: number;
}

/** The measurement. */
export interface SearchCost {
  lang: string;
  query: string;
  /** Pagefind files fetched from opening the search page to the first query's results, by kind. */
  rows: ByteRow[];
  /** Sum of `rows`. */
  pagefindBytes: number;
  /** The search page's own client script and stylesheet. */
  clientBytes: number;
  /** Submit to rendered results for the first query, in a fresh browser (ms). */
  firstQueryMs: number;
  /** Median and 90th percentile of the following queries, submit to rendered results (ms). */
  medianMs: number;
  p90Ms: number;
  runs: number;
}

/** Queries timed after the first, by language: the documents' own words. */
const defaultQueries: Record<string, string[]> = {
  en: ['cloud', 'supply chain', 'human resources', 'critical infrastructure', 'police', 'Indonesia', 'quantum cryptography', 'SMEs', 'GSOC', 'international law'],
  ja: ['サイバーセキュリティ', '経営層', 'ガイドライン', 'クラウド', 'サプライチェーン', '人材', '重要インフラ', '国際'],
};

/** Kinds of Pagefind file, by path under `/pagefind/`. */
const kinds: [what: string, test: RegExp][] = [
  ['pagefind.js + worker', /^pagefind(-worker)?\.js$/],
  ['WebAssembly', /^wasm\.[^/]+\.pagefind$/],
  ['entry + metadata', /^(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/],
  ['index chunks', /^index\//],
  ['filter chunks', /^filter\//],
  ['fragments', /^fragment\//],
];

/** A static server on loopback that counts the body bytes it sends per path (worker fetches included). */
async function countingServer(dir: string) {
  const assets = sirv(dir, { dev: false, etag: false, dotfiles: false });
  const sent: { path: string; bytes: number }[] = [];
  const server = createServer((req, res) => {
    const entry = { path: new URL(req.url ?? '/', 'http://localhost').pathname, bytes: 0 };
    sent.push(entry);
    const count = (chunk: unknown) => {
      if (typeof chunk === 'string') entry.bytes += Buffer.byteLength(chunk);
      else if (chunk instanceof Uint8Array) entry.bytes += chunk.byteLength;
    };
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.write = ((chunk: unknown, ...rest: unknown[]) => (count(chunk), write(chunk, ...rest))) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => (typeof chunk !== 'function' && count(chunk), end(chunk, ...rest))) as typeof res.end;
    assets(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    sent,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Submits `query` in the search page and returns the milliseconds until its results were rendered. */
async function timeQuery(page: Page, query: string): Promise<number> {
  await page.locator('[data-search][data-busy="false"]').waitFor({ state: 'attached' });
  if ((await page.locator('[data-search]').getAttribute('data-state')) !== 'ready') throw new Error('the search page could not load Pagefind');
  const input = page.locator('#search-q');
  await input.fill(query);
  const started = await page.evaluate(() => performance.now());
  await input.press('Enter');
  await page.locator('[data-search][data-busy="false"]').waitFor({ state: 'attached' });
  return (await page.evaluate(() => performance.now())) - started;
}

/** A percentile of sorted numbers (nearest rank). */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Loads the search page in a fresh Chromium, runs a first query, then times `runs` more. */
export async function measureSearch({ siteDir, lang = 'en', query, runs = 20, queries }: MeasureOptions): Promise<SearchCost> {
  const list = queries ?? defaultQueries[lang] ?? defaultQueries.en!;
  const first = query ?? (lang === 'ja' ? 'サイバーセキュリティ' : 'ISMAP');
  if (!existsSync(join(siteDir, 'pagefind', 'pagefind-entry.json'))) {
    throw new Error(`${siteDir} has no search index: run \`tsx scripts/search/build-index.ts ${siteDir}\` first`);
  }
  const server = await countingServer(resolve(siteDir));
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/${lang}/search/`);
    const firstQueryMs = await timeQuery(page, first);
    const resolved = [...server.sent];

    const rows: ByteRow[] = kinds.map(([what]) => ({ what, requests: 0, bytes: 0 }));
    let clientBytes = 0;
    for (const { path, bytes } of resolved) {
      if (path.startsWith('/pagefind/')) {
        const name = path.slice('/pagefind/'.length);
        const index = kinds.findIndex(([, test]) => test.test(name));
        const row = rows[index === -1 ? rows.length - 1 : index]!;
        row.requests += 1;
        row.bytes += bytes;
      } else if (/^\/_astro\/SearchPage/.test(path)) {
        clientBytes += bytes;
      }
    }

    const times: number[] = [];
    for (let i = 0; i < runs; i += 1) times.push(await timeQuery(page, list[i % list.length]!));
    times.sort((a, b) => a - b);
    await context.close();
    return {
      lang,
      query: first,
      rows,
      pagefindBytes: rows.reduce((sum, row) => sum + row.bytes, 0),
      clientBytes,
      firstQueryMs,
      medianMs: percentile(times, 50),
      p90Ms: percentile(times, 90),
      runs: times.length,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The measurement as a small Markdown table. */
export function formatCost(cost: SearchCost): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const lines = [
    `Search cost: /${cost.lang}/search/, first query “${cost.query}” (fresh browser, bytes as sent, no HTTP compression)`,
    '',
    '| fetched for the first query | requests | bytes |',
    '| --- | ---: | ---: |',
    ...cost.rows.map((row) => `| ${row.what} | ${row.requests} | ${n(row.bytes)} |`),
    `| **Pagefind total** | ${cost.rows.reduce((sum, row) => sum + row.requests, 0)} | **${n(cost.pagefindBytes)}** |`,
    `| search page client (JS + CSS) | | ${n(cost.clientBytes)} |`,
    '',
    '| latency, submit → results rendered | ms |',
    '| --- | ---: |',
    `| first query (cold) | ${cost.firstQueryMs.toFixed(0)} |`,
    `| median of ${cost.runs} following queries | ${cost.medianMs.toFixed(0)} |`,
    `| 90th percentile | ${cost.p90Ms.toFixed(0)} |`,
  ];
  return lines.join('\n');
}

/** Reads `--name value` flags. */
function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? undefined : args[at + 1];
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  const args = process.argv.slice(2);
  const siteDir = args[0] && !args[0].startsWith('--') ? args[0] : 'dist';
  const runs = Number(flag(args, 'runs') ?? 20);
  const options: MeasureOptions = { siteDir, lang: flag(args, 'lang') ?? 'en', runs };
  const query = flag(args, 'query');
  if (query !== undefined) options.query = query;
  measureSearch(options)
    .then((cost) => console.log(args.includes('--json') ? JSON.stringify(cost, null, 2) : formatCost(cost)))
    .catch((error: unknown) => {
      console.error(`search measure: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
