/**
 * The Japanese search page of the built site (`npm run build`) in Debian Chromium: Japanese queries reach the
 * content, directly (Japanese pages: topics, glossary names, translated entries, document titles) or through the
 * names the cross-language data gives (English results in the same list, labelled 英語 with the name that matched).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireDist } from '../support/paths';
import { useServedSite } from '../support/session';
import { settled } from './support';
import { japaneseQueries } from './japanese-queries';
import { indexedPages } from './support';
import { join } from 'node:path';

const site = useServedSite(requireDist);
let page: Page;

/** The first `top` results of the search page: each result's own link and its part links, as site paths. */
async function topResults(query: string, top = 3): Promise<{ links: string[]; cross: string | null }[]> {
  await page.goto(`${site.server.origin}/ja/search/?q=${encodeURIComponent(query)}`);
  await settled(page);
  return page.locator('[data-search-own] .search-result').evaluateAll(
    (items, n) =>
      items.slice(0, n).map((li) => ({
        links: Array.from(li.querySelectorAll('a')).map((a) => new URL(a.href).pathname.replace(/^\//, '') + new URL(a.href).hash),
        cross: li.querySelector('.search-result__via')?.textContent ?? null,
      })),
    top,
  );
}

beforeAll(async () => {
  page = await site.browser.newPage();
});

describe('Japanese queries on the Japanese search page', () => {
  it('has at least 10 queries', () => expect(japaneseQueries.length).toBeGreaterThanOrEqual(10));

  for (const { query, expect: wanted, about } of japaneseQueries) {
    it(`「${query}」 (${about}) leads to a page about it within the first three results`, async () => {
      const results = await topResults(query);
      const links = results.flatMap((r) => r.links);
      expect(links.some((link) => wanted.includes(link)), `top 3 held:\n  ${links.join('\n  ')}\nexpected one of:\n  ${wanted.join('\n  ')}`).toBe(true);
    });
  }

  it('shows English results in the same list, labelled 英語 with the Japanese name and the term it stands for', async () => {
    const results = await topResults('内閣サイバーセキュリティセンター', 50);
    const cross = results.filter((r) => r.cross !== null);
    expect(cross.length).toBeGreaterThan(0);
    expect(cross[0]!.cross).toBe('英語 内閣サイバーセキュリティセンター → NISC');
    expect(cross.some((r) => r.links.some((link) => link.startsWith('en/')))).toBe(true);
    const item = page.locator('.search-result--cross').first();
    expect(await item.getAttribute('lang')).toBe('en');
    expect(await item.locator('.search-result__via').getAttribute('lang')).toBe('ja');
  });

  it('「英語版で検索する」 carries the English term, not the Japanese words', async () => {
    await topResults('重要インフラ');
    const href = await page.locator('[data-search-other-hint] a').getAttribute('href');
    expect(href).toBe('/en/search/?q=Critical+infrastructure');
  });
});

describe('the Japanese index', () => {
  it('holds Japanese text only: no run of three English words, and the glossary names and topic pages are in it', async () => {
    const pages = (await indexedPages(join(requireDist(), 'pagefind'))).filter((p) => p.url.startsWith('/ja/'));
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) expect(p.content, p.url).not.toMatch(/[A-Za-z]{2,}[ ,.;:]+[A-Za-z]{2,}[ ,.;:]+[A-Za-z]{2,}/);
    const urls = pages.map((p) => p.url);
    expect(urls).toContain('/ja/glossary/');
    expect(urls).toContain('/ja/topics/critical-infrastructure/');
    expect(pages.find((p) => p.url === '/ja/glossary/')!.content.replaceAll('\u200b', '')).toContain('内閣サイバーセキュリティセンター');
  });
});
