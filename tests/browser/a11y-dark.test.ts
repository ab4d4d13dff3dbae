/**
 * axe-core (WCAG 2.0–2.2 A/AA) finds no violation in the dark theme, reached both ways a reader gets it:
 * the system preference (`prefers-color-scheme: dark`) and the site's theme toggle (chosen once, then kept
 * on every page). Every page type in English plus the Japanese home and a Japanese fallback page, at 320 and 1280 px.
 * Only the rules that depend on colours run (`colourRules`): the markup is the light theme's, which
 * a11y-light.test.ts checks with every rule.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { axeViolations, loadAxeInEveryPage, colourRules, luminance, pageBackground, widths } from './axe';
import { samplePages, siteDir, t, type SamplePage } from './site';
import { newContext } from './watch';

const dir = siteDir();
const samples: SamplePage[] = samplePages(dir).filter((s) => s.lang !== 'ja' || s.type === 'home' || s.type === 'measure');
const site = useServedSite(dir);

/** Loads a page at 1280 px then 320 px and returns axe's violations at each, after checking the theme is dark. */
async function darkViolations(page: Page, path: string, expectToggled: boolean): Promise<string[]> {
  await page.goto(site.server.origin + path);
  if (expectToggled) expect(await page.locator('html').getAttribute('data-theme'), 'theme chosen with the toggle').toBe('dark');
  expect(luminance(await pageBackground(page)), 'dark background').toBeLessThan(0.2);
  const found: string[] = [];
  for (const width of [...widths].reverse()) {
    await page.setViewportSize({ width, height: 900 });
    found.push(...(await axeViolations(page, colourRules)).map((v) => `${width}px: ${v}`));
  }
  return found;
}

describe('axe, dark theme from the system preference', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(site.browser, { bypassCSP: true, colorScheme: 'dark', viewport: { width: widths[1], height: 900 } });
    await loadAxeInEveryPage(context);
  });

  for (const sample of samples) {
    it(`${sample.type} (${sample.lang}) ${sample.path}`, async () => {
      const page = await context.newPage();
      try {
        expect(await darkViolations(page, sample.path, false)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('axe, dark theme chosen with the toggle', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await newContext(site.browser, { bypassCSP: true, colorScheme: 'light', viewport: { width: widths[1], height: 900 } });
    await loadAxeInEveryPage(context);
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/en/`);
    await page.getByRole('banner').getByRole('button', { name: t('en', 'theme.toggle') }).click();
    await page.close();
  });

  for (const sample of samples) {
    it(`${sample.type} (${sample.lang}) ${sample.path}`, async () => {
      const page = await context.newPage();
      try {
        expect(await darkViolations(page, sample.path, true)).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});
