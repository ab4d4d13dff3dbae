import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { zipName } from '../../scripts/offline/build-bundle';
import { formatSize } from '../../scripts/offline/format-size';
import { launchBrowser } from '../support/browser';
import { requireDist } from '../support/paths';
import { crawlOffline } from './support/crawl';
import { runBundleCli, type CliRun } from './support/run-cli';
import { htmlReferenceProblems } from './support/static-checks';
import { inDir, unzipTo, type ZipEntryInfo } from './support/unzip';

// The offline edition of the built site (`npm run build` first): rebuilt twice from dist/ into temporary
// folders (in two time zones), compared with the zip the build wrote, unzipped and walked in Chromium.
let dist: string;
let work: string;
let copy: string;
let first: CliRun;
let second: CliRun;
let entries: ZipEntryInfo[];
let browser: Browser;

beforeAll(async () => {
  // OFFLINE_DIST points the suite at another build (e.g. of the content-sample fixture, with CONTENT_DIR set).
  dist = process.env.OFFLINE_DIST ?? requireDist();
  work = mkdtempSync(join(tmpdir(), 'offline-bundle-'));
  [first, second] = await Promise.all([
    runBundleCli(['--dist', dist, '--out', join(work, 'a', zipName), '--no-fill'], { TZ: 'Asia/Tokyo' }),
    runBundleCli(['--dist', dist, '--out', join(work, 'b', zipName), '--no-fill'], { TZ: 'America/New_York' }),
  ]);
  copy = join(work, 'unzipped');
  entries = await unzipTo(join(work, 'a', zipName), copy);
  browser = await launchBrowser();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const pageUrl = (path: string): string => pathToFileURL(inDir(copy, path)).href;
const htmlFiles = (): string[] => entries.map((e) => e.name).filter((n) => n.endsWith('.html'));

describe('the offline zip of the built site', () => {
  test('is byte-identical when built twice, and equal to the one `npm run build` wrote', () => {
    expect(second.sha256).toBe(first.sha256);
    const built = join(dist, 'downloads', zipName);
    expect(existsSync(built), `${built} is missing: \`npm run build\` must end with \`npm run build:offline\``).toBe(true);
    expect(readFileSync(`${built}.sha256`, 'utf8')).toBe(`${first.sha256}  ${zipName}\n`);
  });

  test('holds every page of both languages, the data files and a root chooser, but no Pagefind or downloads', () => {
    const names = new Set(entries.map((e) => e.name));
    for (const must of ['index.html', 'README.txt', 'en/index.html', 'ja/index.html', 'en/search/index.html', 'ja/search/index.html', 'data/measures.json']) {
      expect(names.has(must), must).toBe(true);
    }
    expect([...names].filter((n) => n.startsWith('pagefind/') || n.startsWith('downloads/'))).toEqual([]);
    expect(htmlFiles().filter((n) => n.startsWith('en/')).length).toBe(htmlFiles().filter((n) => n.startsWith('ja/')).length);
  });

  test('has no module script, no inline script and no root-absolute reference in any page', () => {
    const problems = htmlFiles().flatMap((page) => {
      const html = readFileSync(inDir(copy, page), 'utf8');
      const found = htmlReferenceProblems(page, html);
      if (html.includes('href="/')) found.push(`${page}: contains href="/`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  test('states on the online download pages the size and checksum of the zip', () => {
    for (const lang of ['en', 'ja']) {
      const html = readFileSync(join(dist, lang, 'download/index.html'), 'utf8');
      expect(html).toContain(`<code data-offline="sha256">${first.sha256}</code>`);
      expect(html).toContain(`<span data-offline="size">${formatSize(first.bytes, lang)}</span>`);
    }
  });
});

describe('the offline copy from file:// in Chromium', () => {
  test('every page is reachable from index.html and loads without failed requests, console errors or broken links', async () => {
    const crawl = await crawlOffline(browser, copy);
    expect(crawl.problems).toEqual([]);
    const unreached = htmlFiles().filter((p) => p !== '404.html' && !crawl.pages.includes(p));
    expect(unreached).toEqual([]);
  }, 600_000);

  test('finds a programme by name (SecHack365) and opens the measure that names it', async () => {
    const page = await browser.newPage();
    await page.goto(`${pageUrl('en/search/index.html')}?q=SecHack365`);
    const links = page.locator('[data-search-own] .search-result__link');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    const first = links.first();
    const title = (await first.textContent()) ?? '';
    await Promise.all([page.waitForURL(/\/index\.html(#.*)?$/), first.click()]);
    const target = new URL(page.url());
    const hash = decodeURIComponent(target.hash.slice(1));
    if (hash) expect(await page.locator(`[id="${hash}"]`).count()).toBe(1);
    expect(await page.textContent('main')).toContain('SecHack365');
    expect(await page.textContent('main')).toContain(title.replace(/^\S+\s/, '').slice(0, 20));
    await page.close();
  });

  test('finds AJCCBC from the search box and links its glossary entry', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl('en/search/index.html'));
    await page.fill('[data-search-form] input[name="q"]', 'AJCCBC');
    await page.press('[data-search-form] input[name="q"]', 'Enter');
    const term = page.locator('.search-result__link', { hasText: /^AJCCBC$/ });
    await expect.poll(() => term.count()).toBe(1);
    await Promise.all([page.waitForURL(/glossary\/index\.html#ajccbc$/), term.click()]);
    expect(await page.locator('#ajccbc').count()).toBe(1);
    await page.close();
  });

  test('searches a Japanese word on the Japanese page and labels English results as English', async () => {
    const page = await browser.newPage();
    await page.goto(`${pageUrl('ja/search/index.html')}?q=${encodeURIComponent('自衛隊')}`);
    const results = page.locator('.search-result__link');
    await expect.poll(() => results.count()).toBeGreaterThan(0);
    const status = (await page.textContent('[data-search-status]')) ?? '';
    expect(status).toContain('自衛隊');
    const labelled = page.locator('[data-search-other] .search-result__lang');
    if ((await page.locator('[data-search-own] .search-result').count()) === 0) {
      expect(await labelled.first().textContent()).toBe('英語');
    }
    await Promise.all([page.waitForURL(/\/glossary\/index\.html#/), results.first().click()]);
    expect(page.url()).toContain('/ja/glossary/');
    await page.close();
  });
});
