/**
 * The Japanese queries of tests/search/japanese-queries.ts in the offline edition (the zip `npm run build`
 * wrote, unzipped and opened from file:// in Debian Chromium): each leads within the first three results to a
 * page about it, through the same cross-language names the online search page reads.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zipName } from '../../scripts/offline/build-bundle';
import { launchBrowser } from '../support/browser';
import { requireDist } from '../support/paths';
import { japaneseQueries } from '../search/japanese-queries';
import { matchNames } from '../../src/components/search/cross-language';
import type { CrossLanguageData } from '../../src/lib/crossLanguageNames';
import { unzipTo } from './support/unzip';

let work: string;
let copy: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'offline-ja-'));
  copy = join(work, 'copy');
  await unzipTo(join(requireDist(), 'downloads', zipName), copy);
  browser = await launchBrowser();
  page = await browser.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** The names file the build wrote (the online search page's data). */
const names = (): CrossLanguageData => JSON.parse(readFileSync(join(requireDist(), 'data/cross-language/ja.json'), 'utf8')) as CrossLanguageData;

/** A site path as the offline copy names it (`ja/topics/cloud/` → `ja/topics/cloud/index.html`). */
const offlinePath = (path: string): string => path.replace(/\/(#|$)/, '/index.html$1');

/** The first three results of the offline Japanese search page: their links, as paths inside the copy. */
async function topResults(query: string): Promise<{ links: string[]; via: string | null }[]> {
  const root = pathToFileURL(`${copy}/`).href;
  await page.goto(`${root}ja/search/index.html?q=${encodeURIComponent(query)}`);
  await page.locator('[data-search-status]').filter({ hasText: query }).waitFor({ timeout: 10_000 });
  return page.locator('[data-search-own] .search-result').evaluateAll(
    (items, base) =>
      items.slice(0, 3).map((li) => ({
        links: Array.from(li.querySelectorAll('a')).map((a) => a.href.slice(base.length)),
        via: li.querySelector('.search-result__via')?.textContent ?? null,
      })),
    root,
  );
}

describe('Japanese queries in the offline edition', () => {
  for (const { query, expect: wanted, about } of japaneseQueries) {
    it(`「${query}」 (${about}) leads to a page about it within the first three results`, async () => {
      // English pages open offline in the Japanese edition's copy of them (the fallback page) where there is one.
      const accepted = wanted.flatMap((path) => [offlinePath(path), offlinePath(path.replace(/^en\//, 'ja/'))]);
      const links = (await topResults(query)).flatMap((r) => r.links);
      expect(links.some((link) => accepted.includes(link)), `top 3 held:\n  ${links.join('\n  ')}\nexpected one of:\n  ${accepted.join('\n  ')}`).toBe(true);
      // The offline client matched the names by the online rule: the English edition is searched for the same term.
      const hint = new URL((await page.locator('[data-search-other-hint] a').getAttribute('href'))!, 'file:///').searchParams.get('q');
      expect(hint).toBe(matchNames(names(), query)[0]?.english ?? query);
    });
  }

  it('labels English results found through a Japanese name, as online', async () => {
    const results = await topResults('国連薬物・犯罪事務所');
    const via = results.map((r) => r.via).filter((v) => v !== null);
    expect(via).toContain('英語 国連薬物・犯罪事務所 → UNODC');
    const hint = await page.locator('[data-search-other-hint] a').getAttribute('href');
    expect(hint).toMatch(/\?q=UNODC$/);
  });

  it('reads the same names file as the online search page', () => {
    const script = readFileSync(join(copy, 'offline/cross-language.ja.js'), 'utf8');
    expect(script).toContain(`["ja"] = ${JSON.stringify(names())};`);
    expect(names().names.length).toBeGreaterThan(40);
  });
});
