import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildBundle, zipName, type BundleResult } from '../../scripts/offline/build-bundle';
import { launchBrowser } from '../support/browser';
import { crawlOffline } from './support/crawl';
import { htmlReferenceProblems } from './support/static-checks';
import { runBundleCli } from './support/run-cli';
import { syntheticSite, writeSyntheticSite } from './support/synthetic-site';
import { inDir, unzipTo, type ZipEntryInfo } from './support/unzip';

// A small synthetic site (tests/offline/support/synthetic-site.ts) through the whole offline build:
// the behaviour of the bundle independent of the real site's state.
let work: string;
let distDir: string;
let copy: string;
let zipPath: string;
let result: BundleResult;
let entries: ZipEntryInfo[];
let browser: Browser;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'offline-synthetic-'));
  ({ distDir } = writeSyntheticSite(work));
  zipPath = join(distDir, 'downloads', zipName);
  result = await buildBundle({ distDir, out: zipPath, site: new URL(syntheticSite), fill: true });
  copy = join(work, 'unzipped');
  entries = await unzipTo(zipPath, copy);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const pageUrl = (path: string): string => pathToFileURL(inDir(copy, path)).href;

describe('the zip', () => {
  test('holds the copy with a root index.html and README.txt, and leaves out pagefind/ and downloads/', () => {
    const names = entries.map((e) => e.name);
    expect(names).toContain('index.html');
    expect(names).toContain('README.txt');
    expect(names).toContain('en/measures/strategy-2021/direction-1/measures/1/index.html');
    expect(names).toContain('data/measures.json');
    expect(names).toContain('offline/search-index.ja.js');
    expect(names.filter((n) => n.startsWith('pagefind/') || n.startsWith('downloads/'))).toEqual([]);
    expect(names).not.toContain('_astro/search.Gg44Hh55.js'); // the online search client, useless from disk
    expect(result.files).toBe(names.filter((n) => !n.endsWith('/')).length);
    const readme = readFileSync(inDir(copy, 'README.txt'), 'utf8');
    expect(readme).toContain('index.html');
    expect(readme).toContain('展開');
  });

  test('is deterministic in form: sorted entries, fixed modes and time, no extended timestamps', () => {
    const names = entries.map((e) => e.name);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    for (const e of entries) {
      expect(e.mode, e.name).toBe(e.name.endsWith('/') ? 0o40755 : 0o100644);
      expect([e.dosDate, e.dosTime], e.name).toEqual([(0 << 9) | (1 << 5) | 1, 0]); // 1980-01-01 00:00
      expect(e.extraFieldIds, e.name).not.toContain(0x5455);
    }
    expect(readFileSync(`${zipPath}.sha256`, 'utf8')).toBe(`${result.sha256}  ${zipName}\n`);
  });

  test('reports what cannot work from disk', () => {
    expect(result.warnings).toEqual([
      'search: en/topics/no-page has no page in the site (looked for /en/topics/no-page/); not indexed',
      'en/measures/index.html: module script "/_astro/uses-chunk.Ee22Ff33.js" imports other modules and cannot run from disk; removed',
    ]);
    expect(result.notes.some((n) => n.startsWith('en/search/index.html: removed the online search script'))).toBe(true);
  });

  test('has no module script, no root-absolute reference and a file:-ready CSP in any page', () => {
    const pages = entries.map((e) => e.name).filter((n) => n.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = readFileSync(inDir(copy, page), 'utf8');
      expect(htmlReferenceProblems(page, html)).toEqual([]);
      expect(html).not.toContain('href="/');
      expect(html).not.toMatch(/type="module"/);
    }
  });

  test('is the same zip when built again, in another time zone', async () => {
    const a = await runBundleCli(['--dist', distDir, '--site', syntheticSite, '--out', join(work, 'a', zipName), '--no-fill'], { TZ: 'Pacific/Kiritimati' });
    const b = await runBundleCli(['--dist', distDir, '--site', syntheticSite, '--out', join(work, 'b', zipName), '--no-fill'], { TZ: 'America/Los_Angeles' });
    expect(a.sha256).toBe(result.sha256);
    expect(b.sha256).toBe(result.sha256);
    expect(a.summary).toMatch(/^offline: \d+ files, \d+ bytes zip, sha256 [0-9a-f]{64}, \d+ ms/);
  });
});

describe('the online download pages', () => {
  test('get the size (per locale) and checksum; the copy says it is the copy', () => {
    const en = readFileSync(join(distDir, 'en/download/index.html'), 'utf8');
    const ja = readFileSync(join(distDir, 'ja/download/index.html'), 'utf8');
    const kb = String(Math.round(result.bytes / 100) / 10); // one decimal at most, as Intl writes it
    expect(en).toContain(`<span data-offline="size">${kb} kB (${result.bytes.toLocaleString('en')} bytes)</span>`);
    expect(en).toContain(`<code data-offline="sha256">${result.sha256}</code>`);
    expect(ja).toContain(`<span data-offline="size">${kb} KB（${result.bytes.toLocaleString('ja')} バイト）</span>`);
    const offline = readFileSync(inDir(copy, 'en/download/index.html'), 'utf8');
    expect(offline).toContain('<span data-offline="size">not shown in the offline copy</span>');
    expect(offline).toContain(`href="https://cyber-policy.example.jp/downloads/${zipName}"`);
  });
});

describe('from file:// in Chromium', () => {
  test('every page reachable from index.html loads without a failed request, console error or broken link', async () => {
    const crawl = await crawlOffline(browser, copy);
    expect(crawl.problems).toEqual([]);
    const pages = entries.map((e) => e.name).filter((n) => n.endsWith('.html') && n !== '404.html');
    expect([...crawl.pages].sort()).toEqual(pages.sort());
  });

  test('the walk itself notices CSP violations, module scripts, folder links and missing anchors', async () => {
    const bad = join(work, 'bad');
    mkdirSync(join(bad, 'sub'), { recursive: true });
    const csp = `<meta http-equiv="Content-Security-Policy" content="default-src 'self' file:; script-src 'self' file:">`;
    writeFileSync(join(bad, 'x.js'), 'window.x = 1;\n');
    writeFileSync(join(bad, 'sub/index.html'), `<!DOCTYPE html><html><head>${csp}</head><body>sub</body></html>`);
    writeFileSync(
      join(bad, 'index.html'),
      `<!DOCTYPE html><html><head>${csp}<script>window.y = 1;</script><script type="module" src="x.js"></script></head><body><a href="sub/">folder</a> <a href="sub/index.html#nope">anchor</a></body></html>`,
    );
    const crawl = await crawlOffline(browser, bad);
    const text = crawl.problems.join('\n');
    expect(text).toMatch(/CSP violation: script-src-elem blocked inline/);
    expect(text).toMatch(/request failed: file:.*x\.js/);
    expect(text).toContain('index.html: link to sub/ is not a file of the copy');
    expect(text).toContain('index.html: link to sub/index.html#nope: no such anchor');
  });

  test("runs the pages' own scripts (module scripts converted to classic ones)", async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl('en/index.html'));
    expect(await page.getAttribute('html', 'data-module-ran')).toBe('nav');
    expect(await page.getAttribute('html', 'data-theme-ran')).toBe('');
    await page.close();
  });

  test('searches for a programme name and follows the result to its page', async () => {
    const page = await browser.newPage();
    await page.goto(`${pageUrl('en/search/index.html')}?q=SecHack365`);
    const link = page.locator('[data-search-own] .search-result__link');
    await expect.poll(() => link.count()).toBe(1);
    expect(await page.textContent('[data-search-status]')).toBe('1 result for “SecHack365”');
    expect(await page.locator('[data-search-own] mark').first().textContent()).toBe('SecHack365');
    // The kind tag comes from the site's dictionary, which the search page carries.
    expect(await page.locator('[data-search-own] .search-result__kind').first().textContent()).toBe('Measure');
    await Promise.all([page.waitForURL(/measures\/1\/index\.html$/), link.click()]);
    expect(await page.textContent('h1')).toContain('Raising awareness');
    await page.close();
  });

  test('searches as the reader types, and links a glossary term to its anchor', async () => {
    const page = await browser.newPage();
    await page.goto(pageUrl('en/search/index.html'));
    await page.fill('[data-search-form] input[name="q"]', 'ajcc');
    await page.press('[data-search-form] input[name="q"]', 'Enter');
    const link = page.locator('.search-result__link', { hasText: 'AJCCBC' });
    await expect.poll(() => link.count()).toBe(1);
    await Promise.all([page.waitForURL(/glossary\/index\.html#ajccbc$/), link.click()]);
    expect(await page.locator('#ajccbc').count()).toBe(1);
    await page.close();
  });

  test('searches Japanese text by bigrams, and shows English results labelled as English', async () => {
    const page = await browser.newPage();
    await page.goto(`${pageUrl('ja/search/index.html')}?q=${encodeURIComponent('経営')}`);
    const own = page.locator('[data-search-own] .search-result__link');
    await expect.poll(() => own.count()).toBe(1);
    expect(await own.textContent()).toBe('(1) 経営層の意識改革');
    expect(await page.locator('[data-search-own] mark').first().textContent()).toBe('経営');

    // A term's Japanese name is Japanese text: it is in the Japanese index, and leads to the term on the Japanese page.
    await page.goto(`${pageUrl('ja/search/index.html')}?q=${encodeURIComponent('能力構築')}`);
    const named = page.locator('[data-search-own] .search-result__link');
    await expect.poll(() => named.count()).toBe(1);
    expect(await named.textContent()).toBe('AJCCBC（日ASEANサイバーセキュリティ能力構築センター）');
    expect(await page.locator('[data-search-other] .search-result').count()).toBe(0);
    await Promise.all([page.waitForURL(/ja\/glossary\/index\.html#ajccbc$/), named.click()]);

    // Words only the English text has are found in the English index, labelled as English.
    await page.goto(`${pageUrl('ja/search/index.html')}?q=${encodeURIComponent('Bangkok')}`);
    const other = page.locator('[data-search-other] .search-result__link');
    await expect.poll(() => other.count()).toBe(1);
    expect(await page.isVisible('[data-search-other]')).toBe(true);
    expect(await page.textContent('[data-search-other] .search-result__lang')).toBe('英語');
    // The Japanese page has the term (an English fallback), so the result stays in the Japanese edition.
    await Promise.all([page.waitForURL(/ja\/glossary\/index\.html#ajccbc$/), other.click()]);
    await page.close();
  });

  test('keeps a translated entry out of the English results of the Japanese page', async () => {
    const page = await browser.newPage();
    await page.goto(`${pageUrl('ja/search/index.html')}?q=${encodeURIComponent('awareness')}`);
    await expect.poll(() => page.textContent('[data-search-status]')).toContain('awareness');
    expect(await page.locator('.search-result__link').count()).toBe(0);
    await page.close();
  });
});
