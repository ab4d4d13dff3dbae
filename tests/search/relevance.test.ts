/**
 * Relevance of the built English index (`dist/pagefind`, from `npm run build`) in Debian Chromium:
 * each stakeholder query must put its expected measure or section page among the first three results,
 * and filters must narrow. `SEARCH_SITE_DIR` points the suite at another built and indexed site.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { requireDist } from '../support/paths';
import { serveDist, type StaticServer } from '../support/serve';
import { relevanceQueries } from './queries';
import { rank, searchViaUi } from './support';

let server: StaticServer;
let browser: Browser;
let page: Page;
/** The first three result URLs the search page showed for each query. */
let rankings: Map<string, string[]>;

beforeAll(async () => {
  server = await serveDist(process.env.SEARCH_SITE_DIR ?? requireDist());
  browser = await launchBrowser();
  page = await browser.newPage();
  await page.goto(`${server.origin}/en/search/`);
  rankings = new Map();
  for (const { query } of relevanceQueries) rankings.set(query, (await searchViaUi(page, query)).urls.slice(0, 3));
});

afterAll(async () => {
  if (rankings) {
    const hits = relevanceQueries.filter((q) => rankings.get(q.query)?.some((url) => q.expect.includes(url)));
    console.log(`search relevance: ${hits.length}/${relevanceQueries.length} queries put the expected page in the top 3`);
  }
  await browser?.close();
  await server?.close();
});

describe('stakeholder queries find their page in the top 3', () => {
  it('has at least 24 queries', () => {
    expect(relevanceQueries.length).toBeGreaterThanOrEqual(24);
  });

  for (const { query, expect: wanted, who, gap } of relevanceQueries) {
    (gap ? it.fails : it)(`“${query}” (${who})${gap ? ' — known gap' : ''}`, () => {
      const urls = rankings.get(query)!;
      expect(urls.some((url) => wanted.includes(url)), `top 3 were:\n  ${urls.join('\n  ')}\nexpected one of:\n  ${wanted.join('\n  ')}`).toBe(true);
    });
  }
});

describe('filters narrow the results', () => {
  it('document: "cybercrime" in the capacity building policy only', async () => {
    const [all] = await rank(page, ['cybercrime'], { lang: 'en', top: 100 });
    const [narrowed] = await rank(page, ['cybercrime'], { lang: 'en', top: 100, filters: { document: ['Capacity Building Support Policy'] } });
    expect(narrowed!.total).toBeGreaterThan(0);
    expect(narrowed!.total).toBeLessThan(all!.total);
    expect(narrowed!.urls.every((url) => !url.includes('strategy-2021'))).toBe(true);
    expect(narrowed!.urls).toContain('/en/measures/capacity-building-2021/2/2/');
  });

  it('actor: "human resources" for SMEs only', async () => {
    const [all] = await rank(page, ['human resources'], { lang: 'en', top: 100 });
    const [narrowed] = await rank(page, ['human resources'], { lang: 'en', top: 100, filters: { actor: ['SMEs'] } });
    expect(narrowed!.total).toBeGreaterThan(0);
    expect(narrowed!.total).toBeLessThan(all!.total);
    expect(narrowed!.urls.every((url) => url.startsWith('/en/measures/'))).toBe(true);
  });

  it('kind and document together: only measures of the strategy', async () => {
    const [narrowed] = await rank(page, ['cloud'], { lang: 'en', top: 100, filters: { kind: ['Measure'], document: ['Cybersecurity Strategy 2021'] } });
    expect(narrowed!.total).toBeGreaterThan(0);
    expect(narrowed!.urls.every((url) => url.startsWith('/en/measures/strategy-2021/'))).toBe(true);
  });
});
