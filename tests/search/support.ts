import { spawn } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { repoRoot } from '../support/paths';
import { prepareAstroRoot } from '../../scripts/bench/astro-root';
import { searchTuning, type InstanceOptions } from '../../src/components/search/pagefind-api';

/** One search run in the browser: the top result URLs, best first. */
export interface Ranking {
  query: string;
  urls: string[];
  total: number;
}

/**
 * Searches the built index from inside a page of the site, the way the search page does (a
 * `createInstance` over `<html lang>` of `lang`), and returns the first `top` page URLs of each query.
 */
export async function rank(
  page: Page,
  queries: readonly string[],
  {
    lang,
    top = 3,
    filters = {},
    options = searchTuning,
    exactFirst = true,
  }: { lang: string; top?: number; filters?: Record<string, string[]>; options?: Omit<InstanceOptions, 'basePath'>; exactFirst?: boolean },
): Promise<Ranking[]> {
  // Written as source text: vitest rewrites `import()` in test code, and this runs in the page.
  const script = `(async ({ queries, lang, top, filters, options, exactFirst }) => {
    document.documentElement.setAttribute('lang', lang);
    const pagefind = await import(new URL('/pagefind/pagefind.js', location.href).href);
    const instance = pagefind.createInstance({ ...options, basePath: '/pagefind/' });
    const rankings = [];
    for (const query of queries) {
      const found = await instance.search(query || null, { filters });
      let results = found?.results ?? [];
      if (exactFirst && query && !query.includes('"') && results.length > 1) {
        const exact = new Set(((await instance.search('"' + query + '"', { filters }))?.results ?? []).map((r) => r.id));
        results = [...results.filter((r) => exact.has(r.id)), ...results.filter((r) => !exact.has(r.id))];
      }
      const data = await Promise.all(results.slice(0, top).map((r) => r.data()));
      rankings.push({ query, urls: data.map((d) => d.url), total: results.length });
    }
    return rankings;
  })(${JSON.stringify({ queries, lang, top, filters, options, exactFirst })})`;
  return page.evaluate(script) as Promise<Ranking[]>;
}

/** Runs a command in `cwd`, failing with its output when it fails. */
function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-4000)}`))));
  });
}

/** A site built from a content folder into a temporary directory; `remove()` deletes it. */
export interface BuiltSite {
  /** The built site (Astro's output folder). */
  dir: string;
  remove(): Promise<void>;
}

/**
 * Builds the site from `contentDir` (e.g. the fixture corpus) with Astro into a fresh temporary folder.
 * The build runs in a scratch root (scripts/bench/astro-root.ts: a snapshot of the sources with its own
 * caches), so it never races a build in the project root over `.astro/` or the content-layer cache.
 */
export async function buildSite(contentDir: string): Promise<BuiltSite> {
  const scratch = await mkdtemp(join(tmpdir(), 'search-site-'));
  const { root, config } = prepareAstroRoot(join(scratch, 'root'));
  const dir = join(scratch, 'dist');
  const astro = join(repoRoot, 'node_modules', 'astro', 'bin', 'astro.mjs');
  await run(process.execPath, [astro, 'build', '--config', config], root, {
    CONTENT_DIR: resolve(repoRoot, contentDir),
    // The build runs in a scratch root: the source pages read the seeds from the repository.
    SEEDS_DIR: resolve(repoRoot, 'seeds'),
    BENCH_OUT_DIR: dir,
    ASTRO_TELEMETRY_DISABLED: '1',
  });
  return { dir, remove: () => rm(scratch, { recursive: true, force: true }) };
}

/** What the search page shows for one query. */
export interface UiResults {
  /** The live status line. */
  status: string;
  /** Result links of the page's own language, in order. */
  urls: string[];
  /** Result links of the other language's section (English results on a Japanese page). */
  otherUrls: string[];
}

/** Waits until the search page has finished its newest search (the client sets `data-busy="false"`). */
export async function settled(page: Page): Promise<void> {
  await page.locator('[data-search][data-busy="false"]').waitFor({ state: 'attached', timeout: 15_000 });
}

/** The result links of a results region, in order. */
function resultLinks(page: Page, region: string): Promise<string[]> {
  return page.locator(`${region} .search-result__link`).evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
}

/** What the search page shows now. */
export async function shownResults(page: Page): Promise<UiResults> {
  return {
    status: (await page.locator('[data-search-status]').textContent()) ?? '',
    urls: await resultLinks(page, '[data-search-own]'),
    otherUrls: await resultLinks(page, '[data-search-other]'),
  };
}

/**
 * Types `query` into the search page's field and submits it (Enter), then waits until the search has
 * finished, the way a reader would see the results arrive.
 */
export async function searchViaUi(page: Page, query: string): Promise<UiResults> {
  await settled(page);
  const input = page.locator('#search-q');
  await input.fill(query);
  await input.press('Enter');
  await settled(page);
  return shownResults(page);
}

/** What Pagefind stored of one indexed page. */
export interface IndexedPage {
  /** The page's URL path. */
  url: string;
  /** The indexed text, as Pagefind shows excerpts from it. */
  content: string;
}

/**
 * The text Pagefind stored for every indexed page of a bundle (`<site>/pagefind`), read from its
 * fragment files (gzipped JSON behind a `pagefind_dcd` signature): what a search can match and show.
 */
export async function indexedPages(bundleDir: string): Promise<IndexedPage[]> {
  const dir = join(bundleDir, 'fragment');
  const pages: IndexedPage[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const text = gunzipSync(await readFile(join(dir, file))).toString('utf8').replace(/^pagefind_dcd/, '');
    const { url, content } = JSON.parse(text) as IndexedPage;
    pages.push({ url, content });
  }
  return pages;
}
