/**
 * What a reader who cites sees in Chromium: "Cite this" with a copy button named in the page's language that
 * puts the readable citation on the clipboard; the "Source: …, lines a–b" link landing on the source page with
 * exactly those lines highlighted, and the highlight following a new #L fragment.
 */
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { siteDir, siteKeys, t } from './site';
import { newContext, type PageTrouble, watchContext } from './watch';

const dir = siteDir();
const keys = siteKeys(dir);
const site = useServedSite(dir);
let context: BrowserContext;
let trouble: PageTrouble & { clear(): void };

beforeAll(async () => {
  context = await newContext(site.browser, { viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  trouble = await watchContext(context, site.server.origin);
});
afterAll(async () => context?.close());

describe('cite this', () => {
  for (const lang of ['en', 'ja'] as const) {
    it(`${lang}: the copy button copies the readable citation`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${site.server.origin}/${lang}/measures/${keys.measure}/`);
        const button = page.getByRole('button', { name: t(lang, 'cite.copy'), exact: true });
        await expect.poll(() => button.isVisible()).toBe(true);
        const shown = (await page.locator('#citation-text').innerText()).trim();
        // Its name changes to the confirmation: hold the element, not the name.
        const control = (await button.elementHandle())!;
        await control.click();
        await expect.poll(() => control.innerText()).toBe(t(lang, 'cite.copied'));
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        expect(copied).toBe(shown);
        expect(copied).toContain(`/${lang}/measures/${keys.measure}/`);
        if (lang === 'ja') expect(copied).toMatch(/「.+」『.+』.+\d{4}年\d{1,2}月\d{1,2}日。/);
        const downloads = await page.locator('.cite a[download]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
        expect(downloads).toEqual(['json', 'bib', 'ris'].map((ext) => `/data/cite/${keys.measure}.${ext}`));
      } finally {
        await page.close();
      }
    });
  }
});

describe('source lines', () => {
  it('the source link lands on the source page with exactly its lines highlighted', async () => {
    const page = await context.newPage();
    try {
      await page.goto(`${site.server.origin}/en/measures/${keys.measure}/`);
      const link = page.locator('p.source a');
      const href = (await link.getAttribute('href'))!;
      const [, start, end] = /#L(\d+)(?:-L(\d+))?$/.exec(href)!;
      await link.click();
      await page.waitForURL(/\/sources\//);
      const selected = () => page.locator('.source-line.is-selected').evaluateAll((lines) => lines.map((line) => line.id));
      const expected = [];
      for (let n = Number(start); n <= Number(end ?? start); n++) expected.push(`L${n}`);
      await expect.poll(selected).toEqual(expected);
      const inView = async () => {
        const box = await page.locator(`#L${start}`).boundingBox();
        return box !== null && box.y >= 0 && box.y < page.viewportSize()!.height;
      };
      await expect.poll(inView, { message: 'the first line is in view' }).toBe(true);

      await page.evaluate(() => { location.hash = '#L3'; });
      await expect.poll(selected).toEqual(['L3']);
      expect(trouble.consoleErrors).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
