/**
 * Every page type renders in both languages: one <h1>, one main landmark, the right `<html lang>`, and
 * nothing going wrong while it loads — no console error (CSP violations are console errors), no failed
 * request, no request leaving 127.0.0.1.
 */
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { langs, samplePages, siteDir, t, unbuiltPrefixes, type SamplePage } from './site';
import { newContext, type PageTrouble, watchContext } from './watch';

const dir = siteDir();
const site = useServedSite(dir);
let context: BrowserContext;
let trouble: PageTrouble & { clear(): void };

beforeAll(async () => {
  context = await newContext(site.browser);
  trouble = await watchContext(context, site.server.origin, unbuiltPrefixes(dir));
});

/** The sample of every page type, plus the search page (whose index, when not built, is not counted missing). */
const pages: SamplePage[] = [...samplePages(dir), ...langs.map((lang) => ({ type: 'search', lang, path: `/${lang}/search/` }))];

describe('every page type renders', () => {
  for (const sample of pages) {
    it(`${sample.type} (${sample.lang}) ${sample.path}`, async () => {
      trouble.clear();
      const page = await context.newPage();
      try {
        const response = await page.goto(site.server.origin + sample.path, { waitUntil: 'load' });
        expect(response?.status(), 'HTTP status').toBe(200);
        expect(await page.locator('html').getAttribute('lang')).toBe(sample.lang === 'both' ? 'en' : sample.lang);
        await expect.poll(() => page.locator('h1').count(), { message: '<h1> elements' }).toBe(1);
        expect(await page.getByRole('heading', { level: 1 }).count(), 'visible level-1 headings').toBe(1);
        expect(await page.getByRole('main').count(), 'main landmarks').toBe(1);
        expect(await page.getByRole('heading', { level: 1 }).innerText()).not.toBe('');
        expect(trouble.consoleErrors, 'console errors').toEqual([]);
        expect(trouble.failedRequests, 'failed requests').toEqual([]);
        expect(trouble.offSiteRequests, 'requests outside 127.0.0.1').toEqual([]);
      } finally {
        await page.close();
      }
    });
  }

  it('an unknown address shows the bilingual 404 page', async () => {
    trouble.clear();
    const page = await context.newPage();
    try {
      const response = await page.goto(`${site.server.origin}/en/no-such-page/`);
      // A static host answers 404 with the 404 page; Chromium logs that status, which is the point here.
      expect(response?.status()).toBe(404);
      await expect.poll(() => page.getByRole('heading', { level: 1, name: t('en', 'notFound.title') }).count()).toBe(1);
      expect(await page.getByRole('heading', { name: t('ja', 'notFound.title') }).count()).toBe(1);
      expect(await page.getByRole('link', { name: t('en', 'notFound.home') }).getAttribute('href')).toBe('/en/');
      expect(trouble.consoleErrors.filter((line) => !line.includes('status of 404'))).toEqual([]);
      expect(trouble.offSiteRequests).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
