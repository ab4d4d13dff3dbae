/**
 * What search costs a reader: every response a browser fetches from opening the search page with a
 * query in its URL (`/en/search/?q=ISMAP`, as the header's search form submits it) until the first
 * results show — the page, its stylesheets and scripts, pagefind.js, the WebAssembly module, entry and
 * metadata, the index chunks and fragments of that query — in bytes as sent and gzip-compressed, and the
 * latency of later typed queries; measured in Debian Chromium against a built, indexed site on loopback.
 *
 *   tsx scripts/search/measure.ts [siteDir] [--lang en] [--query ISMAP] [--runs 20] [--json]
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser';
import { countingServer, type SentResponse } from './counting-server';

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

/** Responses of one kind, with their bytes as sent and gzip-compressed. */
export interface ByteRow {
  what: string;
  requests: number;
  bytes: number;
  gzipBytes: number;
}

/** The measurement. */
export interface SearchCost {
  lang: string;
  query: string;
  /** Every response from opening `/<lang>/search/?q=<query>` until its first results showed, by kind. */
  rows: ByteRow[];
  /** The same responses one by one, in the order they were sent. */
  responses: SentResponse[];
  /** Sum of `rows`, gzip-compressed (what a server with HTTP compression sends). */
  totalGzipBytes: number;
  /** Bytes as sent of the files under `/pagefind/`. */
  pagefindBytes: number;
  /** Bytes as sent of the rest (page, stylesheets, scripts, data files). */
  clientBytes: number;
  /** Navigation start to the first results shown, in a fresh browser (ms). */
  firstResultsMs: number;
  /** Submit to rendered results for the first typed query after that (ms). */
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

/** Kinds of response, by path; the first that matches names it. */
const kinds: [what: string, test: RegExp][] = [
  ['search page (HTML)', /^\/\w+\/search\/$/],
  ['stylesheets', /\.css$/],
  ['pagefind.js', /^\/pagefind\/pagefind\.js$/],
  ['Pagefind worker', /^\/pagefind\/pagefind-worker\.js$/],
  ['Pagefind WebAssembly', /^\/pagefind\/wasm\.[^/]+\.pagefind$/],
  ['Pagefind entry + metadata', /^\/pagefind\/(pagefind-entry\.json|pagefind\.[^/]+\.pf_meta)$/],
  ['Pagefind index chunks', /^\/pagefind\/index\//],
  ['Pagefind filter chunks', /^\/pagefind\/filter\//],
  ['Pagefind fragments', /^\/pagefind\/fragment\//],
  ['scripts', /\.m?js$/],
  ['data files', /^\/data\//],
  ['other', /./],
];

/** The responses grouped by kind (kinds without a response left out). */
function byKind(responses: readonly SentResponse[]): ByteRow[] {
  const rows: ByteRow[] = kinds.map(([what]) => ({ what, requests: 0, bytes: 0, gzipBytes: 0 }));
  for (const { path, bytes, gzipBytes } of responses) {
    const row = rows[kinds.findIndex(([, test]) => test.test(path))]!;
    row.requests += 1;
    row.bytes += bytes;
    row.gzipBytes += gzipBytes;
  }
  return rows.filter((row) => row.requests > 0);
}

/** Opens the search page with `?q=` in a fresh page and returns the milliseconds from navigation to its first results. */
async function openWithQuery(page: Page, origin: string, lang: string, query: string): Promise<number> {
  await page.goto(`${origin}/${lang}/search/?${new URLSearchParams({ q: query })}`);
  await page.locator('[data-search][data-busy="false"]').waitFor({ state: 'attached' });
  if ((await page.locator('[data-search]').getAttribute('data-state')) !== 'ready') throw new Error('the search page could not load Pagefind');
  await page.locator('[data-search] li').first().waitFor({ state: 'visible' });
  return page.evaluate(() => performance.now());
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

/** Opens the search page with a first query in its URL in a fresh Chromium, then times `runs` typed queries. */
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
    const firstResultsMs = await openWithQuery(page, server.origin, lang, first);
    const responses = [...server.sent];
    const rows = byKind(responses);
    const times: number[] = [];
    for (let i = 0; i <= runs; i += 1) times.push(await timeQuery(page, list[i % list.length]!));
    const firstQueryMs = times.shift()!;
    times.sort((a, b) => a - b);
    await context.close();
    const sum = (select: (r: SentResponse) => number, keep: (r: SentResponse) => boolean) => responses.filter(keep).reduce((t, r) => t + select(r), 0);
    const isPagefind = (r: SentResponse) => r.path.startsWith('/pagefind/');
    return {
      ...{ lang, query: first, rows, responses, totalGzipBytes: sum((r) => r.gzipBytes, () => true) },
      ...{ pagefindBytes: sum((r) => r.bytes, isPagefind), clientBytes: sum((r) => r.bytes, (r) => !isPagefind(r)) },
      ...{ firstResultsMs, firstQueryMs, medianMs: percentile(times, 50), p90Ms: percentile(times, 90), runs: times.length },
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The measurement as Markdown tables: bytes by kind, each response, latencies. */
export function formatCost(cost: SearchCost): string {
  const n = (value: number) => value.toLocaleString('en-US');
  const requests = cost.rows.reduce((sum, row) => sum + row.requests, 0);
  const lines = [
    `First search: /${cost.lang}/search/?q=${cost.query} in a fresh browser, every response until the first results showed`,
    '',
    '| fetched | requests | bytes as sent | gzip |',
    '| --- | ---: | ---: | ---: |',
    ...cost.rows.map((row) => `| ${row.what} | ${row.requests} | ${n(row.bytes)} | ${n(row.gzipBytes)} |`),
    `| **total** | ${requests} | ${n(cost.rows.reduce((sum, row) => sum + row.bytes, 0))} | **${n(cost.totalGzipBytes)}** |`,
    '',
    '| response | bytes as sent | gzip |',
    '| --- | ---: | ---: |',
    ...cost.responses.map((r) => `| ${r.path} | ${n(r.bytes)} | ${n(r.gzipBytes)} |`),
    '',
    '| latency | ms |',
    '| --- | ---: |',
    `| navigation → first results (cold) | ${cost.firstResultsMs.toFixed(0)} |`,
    `| first typed query, submit → results | ${cost.firstQueryMs.toFixed(0)} |`,
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
