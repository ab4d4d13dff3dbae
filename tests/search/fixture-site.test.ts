/**
 * The indexer and the search page on a small complete site: the fixture corpus
 * (tests/fixtures/content-sample, with one Japanese measure) built into a temporary folder, indexed
 * with scripts/search/build-index.ts and driven in Debian Chromium.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { axeViolations, loadAxeInEveryPage } from '../browser/axe';
import { serveDist, type StaticServer } from '../support/serve';
import { buildSearchIndex, type BuildIndexResult } from '../../scripts/search/build-index';
import { listHtmlFiles, mainAttributes } from '../../scripts/search/check-pages';
import { useTranslations, type TranslationKey } from '../../src/i18n';
import { buildSite, indexedPages, rank, searchViaUi, settled, shownResults, type BuiltSite } from './support';

const jaMeasure = '/ja/measures/strategy-2021/direction-1/measures/1/';
const enAseanMeasure = '/en/measures/capacity-building-2021/2/1/a/';

let site: BuiltSite;
let index: BuildIndexResult;
let server: StaticServer;
let browser: Browser;
let page: Page;
/** Console messages about the Content Security Policy, from every page this suite opened. */
const cspViolations: string[] = [];

/** The URL path of a built HTML file (`en/search/index.html` → `/en/search/`). */
const urlOf = (file: string): string => `/${file.replace(/index\.html$/, '')}`;

beforeAll(async () => {
  site = await buildSite('tests/fixtures/content-sample');
  index = await buildSearchIndex({ siteDir: site.dir, log: false });
  server = await serveDist(site.dir);
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (message) => {
    if (/Content[ -]Security[ -]Policy/i.test(message.text())) cspViolations.push(message.text());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await site?.remove();
});

describe('the index', () => {
  it('has one index per <html lang>', () => {
    expect(Object.keys(index.languages).sort()).toEqual(['en', 'ja']);
    expect(index.languages.en!.pages).toBeGreaterThan(10);
    expect(index.languages.ja!.pages).toBeGreaterThanOrEqual(1);
    expect(index.languages.en!.bytes).toBeGreaterThan(0);
  });

  it('keeps Japanese fallback pages (English text on a Japanese page) out of the Japanese index', async () => {
    const fallbackPages: string[] = [];
    for (const file of await listHtmlFiles(site.dir)) {
      const main = mainAttributes(await readFile(join(site.dir, file), 'utf8'));
      if (main && /data-fallback="true"/.test(main)) fallbackPages.push(urlOf(file));
    }
    expect(fallbackPages).toContain('/ja/measures/capacity-building-2021/2/1/a/');

    await page.goto(`${server.origin}/ja/search/`);
    const [all] = await rank(page, [''], { lang: 'ja', top: 1000 });
    expect(all!.urls).toContain(jaMeasure);
    expect(all!.urls.every((url) => url.startsWith('/ja/'))).toBe(true);
    expect(all!.urls.filter((url) => fallbackPages.includes(url))).toEqual([]);

    // English-only text (AJCCBC's English description, its English measure) stays out of the Japanese index;
    // "ASEAN" inside the term's Japanese name (日ASEANサイバーセキュリティ能力構築センター) is Japanese text and is in it.
    const [bangkok] = await rank(page, ['Bangkok'], { lang: 'ja', top: 100 });
    expect(bangkok!.urls).toEqual([]);
    const [asean] = await rank(page, ['ASEAN'], { lang: 'ja', top: 100 });
    expect(asean!.urls).toEqual(['/ja/glossary/']);
  });

  it('indexes the main text only: no search pages, navigation, footer or page furniture', async () => {
    await page.goto(`${server.origin}/en/search/`);
    const [all] = await rank(page, [''], { lang: 'en', top: 1000 });
    expect(all!.urls).not.toContain('/en/search/');
    expect(all!.urls).toContain(enAseanMeasure);
    // Exact phrases of the footer, the "cite this", "download data" and backlinks panels, and breadcrumbs.
    const phrases = ['"issuing bodies"', '"Permanent URL"', '"This measure as JSON"', '"Referenced by"', '"Open as a page"'];
    const furniture = await rank(page, phrases, { lang: 'en', exactFirst: false });
    for (const { query, urls } of furniture) expect(urls, query).toEqual([]);
  });
});

describe('page furniture', () => {
  /**
   * UI strings that only page furniture shows (panels, facts, heading tools, source lines, counts). The
   * components mark that furniture `data-pagefind-ignore`; the indexer knows no class names.
   */
  const furnitureKeys: TranslationKey[] = [
    'entry.inDocument', 'entry.relatedHint', 'entry.related', 'entry.openPage', 'doc.backToContents', 'entry.terms',
    'cite.heading', 'cite.url', 'data.heading', 'data.allJson', 'doc.provisional', 'doc.originalTitle',
    'topics.all', 'glossary.expansion', 'glossary.noMentions', 'copy.button',
  ];

  it('stays out of the index in both languages, while the pages\' own text is in it', async () => {
    const pages = await indexedPages(index.outputPath);
    expect(pages.length).toBe(index.languages.en!.pages + index.languages.ja!.pages);
    for (const lang of ['en', 'ja'] as const) {
      const t = useTranslations(lang);
      const own = pages.filter((page) => page.url.startsWith(`/${lang}/`));
      expect(own.length, lang).toBeGreaterThan(0);
      for (const page of own) {
        for (const key of furnitureKeys) expect(page.content, `${page.url} indexes "${t(key)}" (${key})`).not.toContain(t(key));
        // Source lines, topic counts and glossary mention counts, whatever their numbers.
        const [sourceBefore] = t('entry.source').split('{');
        const [mentionsBefore] = t('glossary.mentions').split('{');
        expect(page.content, page.url).not.toContain(sourceBefore);
        expect(page.content, page.url).not.toContain(mentionsBefore);
        expect(page.content, page.url).not.toContain('¶');
      }
    }
    const asean = pages.find((page) => page.url === enAseanMeasure);
    expect(asean?.content).toContain('AJCCBC');
  });
});

describe('the Japanese search page', () => {
  it('finds the Japanese page by a word inside a run of kanji and kana (segmented by the extended binary)', async () => {
    await page.goto(`${server.origin}/ja/search/`);
    for (const word of ['経営層', 'ガイドライン', 'インセンティブ']) {
      const { urls, status } = await searchViaUi(page, word);
      expect(urls[0], word).toBe(jaMeasure);
      expect(status).toContain(`「${word}」`);
    }
  });

  it('offers English results, labelled as English, where Japanese has no match', async () => {
    await page.goto(`${server.origin}/ja/search/?q=AJCCBC`);
    await settled(page);
    const other = page.locator('[data-search-other]');
    expect(await other.isVisible()).toBe(true);
    expect(await page.locator('[data-search-own] .search-result').count()).toBe(0);
    expect(await other.getByRole('heading', { level: 2 }).textContent()).toBe('英語版の検索結果');
    expect(await other.locator('ol').getAttribute('lang')).toBe('en');
    const links = await other.locator('.search-result__link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links).toContain(enAseanMeasure);
    expect(await page.locator('[data-search-status]').textContent()).toContain('英語版');
    const hint = page.locator('[data-search-other-hint] a');
    expect(await hint.getAttribute('href')).toBe('/en/search/?q=AJCCBC');
  });
});

describe('the English search page', () => {
  it('reads ?q= on load and shows title, breadcrumb and excerpt with the matched words highlighted', async () => {
    await page.goto(`${server.origin}/en/search/?q=AJCCBC`);
    await settled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('AJCCBC');
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^\d+ results? for “AJCCBC”$/);
    expect(await page.locator('[data-search-status]').getAttribute('aria-live')).toBe('polite');
    const hrefs = await page.locator('[data-search-own] .search-result__link').evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(hrefs).toContain(enAseanMeasure);
    const result = page.locator('.search-result', { has: page.locator(`a[href="${enAseanMeasure}"]`) });
    expect(await result.locator('.search-result__crumb').textContent()).toContain('›');
    expect(await result.locator('.search-result__excerpt mark').first().textContent()).toMatch(/AJCCBC/);
    // The long reading edition points into itself by the heading of the part that matched.
    const edition = page.locator('.search-result', { has: page.locator('a.search-result__link[href="/en/documents/capacity-building-2021/"]') });
    expect(await edition.locator('.search-result__part-link').evaluateAll((els) => els.map((el) => el.getAttribute('href')))).toContain(
      '/en/documents/capacity-building-2021/#capacity-building-2021-2-1-a',
    );
  });

  it('has a labelled filter for document, kind, direction, topic and actor that narrows the results', async () => {
    await page.goto(`${server.origin}/en/search/`);
    for (const label of ['Document', 'Kind of page', 'Direction or approach', 'Topic', 'Concerns']) {
      expect(await page.getByLabel(label, { exact: true }).evaluate((el) => el.tagName), label).toBe('SELECT');
    }
    const before = await searchViaUi(page, 'cybersecurity');
    const kind = page.getByLabel('Kind of page', { exact: true });
    const measure = await kind.locator('option', { hasText: /^Measure \(\d+\)$/ }).getAttribute('value');
    await kind.selectOption(measure!);
    await settled(page);
    const kinds = await page.locator('[data-search-own] .search-result__kind').allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.length).toBeLessThan(before.urls.length);
    expect(new Set(kinds)).toEqual(new Set(['Measure']));
    expect(new URL(page.url()).searchParams.get('kind')).toBe('Measure');

    const documentFilter = page.getByLabel('Document', { exact: true });
    await documentFilter.selectOption('Cybersecurity Strategy 2021');
    await settled(page);
    const narrowed = (await shownResults(page)).urls;
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((href) => href.startsWith('/en/measures/strategy-2021/'))).toBe(true);
    expect(new URL(page.url()).searchParams.get('document')).toBe('Cybersecurity Strategy 2021');

    // The query and the filters come back from the URL.
    await page.reload();
    await settled(page);
    expect(await kind.inputValue()).toBe('Measure');
    expect(await documentFilter.inputValue()).toBe('Cybersecurity Strategy 2021');
    expect((await shownResults(page)).urls).toEqual(narrowed);
  });

  it('is operable with the keyboard alone: field, button, every filter, then the results', async () => {
    await page.goto(`${server.origin}/en/search/?q=capacity`);
    await settled(page);
    await page.locator('#search-q').focus();
    const order: string[] = [];
    for (let i = 0; i < 12; i += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return el ? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.contains('search-result__link') ? '.result' : ''}` : '';
      }));
    }
    expect(order.slice(0, 7)).toEqual([
      'button',
      'select#search-filter-document',
      'select#search-filter-kind',
      'select#search-filter-direction',
      'select#search-filter-topic',
      'select#search-filter-actor',
      'button',
    ]);
    expect(order[7]).toBe('a.result');
  });

  it('runs under the site CSP (script-src \'self\'; style-src \'self\') without violations', () => {
    expect(cspViolations).toEqual([]);
  });
});

describe('accessibility with results shown', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations (WCAG 2.2 AA) in the ${colorScheme} theme, English and Japanese`, async () => {
      // axe is loaded as a script, which the page's CSP would refuse.
      const context = await browser.newContext({ bypassCSP: true, colorScheme });
      await loadAxeInEveryPage(context);
      const axePage = await context.newPage();
      for (const path of ['/en/search/?q=capacity', '/ja/search/?q=AJCCBC']) {
        await axePage.goto(`${server.origin}${path}`);
        await settled(axePage);
        expect(await axeViolations(axePage), path).toEqual([]);
      }
      await context.close();
    });
  }
});

describe('without JavaScript and on ordinary pages', () => {
  it('the header search is a plain GET form that lands on the search page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${server.origin}${enAseanMeasure}`);
    const form = noJs.locator('header form[role="search"]');
    expect(await form.getAttribute('method')).toBe('get');
    await form.locator('input[name="q"]').fill('cloud');
    await Promise.all([noJs.waitForURL('**/en/search/?q=cloud'), form.locator('input[name="q"]').press('Enter')]);
    expect(await noJs.locator('main form[role="search"] input[name="q"]').count()).toBe(1);
    await context.close();
  });

  it('ordinary pages load no search JavaScript', async () => {
    const files = (await listHtmlFiles(site.dir)).filter((file) => !/^(en|ja)\/search\//.test(file));
    for (const file of files) {
      const html = await readFile(join(site.dir, file), 'utf8');
      expect(html, file).not.toMatch(/<script[^>]+type="module"/);
      expect(html, file).not.toMatch(/pagefind\.js|SearchPage/);
    }
  });
});
