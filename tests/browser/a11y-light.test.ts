/** axe-core (WCAG 2.0–2.2 A/AA) finds no violation on any page type, light theme, at 320 and 1280 px. */
import type { BrowserContext } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { axeViolations, loadAxeInEveryPage, luminance, pageBackground, widths } from './axe';
import { samplePages, siteDir } from './site';
import { newContext } from './watch';

const dir = siteDir();
const site = useServedSite(dir);
let context: BrowserContext;

beforeAll(async () => {
  context = await newContext(site.browser, { bypassCSP: true, colorScheme: 'light', viewport: { width: widths[1], height: 900 } });
  await loadAxeInEveryPage(context);
});

describe('axe, light theme', () => {
  for (const sample of samplePages(dir)) {
    it(`${sample.type} (${sample.lang}) ${sample.path}`, async () => {
      const page = await context.newPage();
      try {
        await page.goto(site.server.origin + sample.path);
        expect(luminance(await pageBackground(page)), 'light background').toBeGreaterThan(0.5);
        const found: string[] = [];
        for (const width of [...widths].reverse()) {
          await page.setViewportSize({ width, height: 900 });
          found.push(...(await axeViolations(page)).map((v) => `${width}px: ${v}`));
        }
        expect(found).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
