/**
 * The built map page in Debian Chromium: no axe violations in the picture and its list (light and dark),
 * every box reachable by keyboard with a visible focus, and the picture usable at 320 px (it scrolls
 * sideways inside its own box, the page does not). Needs a build, like dist.test.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { requireDist } from '../support/paths';
import { useServedSite } from '../support/session';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const site = useServedSite(() => process.env.DIST_DIR ?? requireDist());

async function open(path: string, options: { width?: number; scheme?: 'light' | 'dark' } = {}): Promise<Page> {
  const page = await site.browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.scheme ?? 'light' });
  const response = await page.goto(`${site.server.origin}${path}`);
  expect(response?.status()).toBe(200);
  return page;
}

async function axe(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not govern.
  await page.evaluate(axeSource);
  await page.evaluate(() => document.querySelector('details.strategy-map__outline')?.setAttribute('open', ''));
  return page.evaluate(async () => {
    const w = window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } };
    const result = await w.axe.run({ include: [['.strategy-map'], ['.strategy-map__outline']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

describe('map page in a browser', () => {
  for (const lang of ['en', 'ja'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`/${lang}/map/ has no axe violations (${scheme})`, async () => {
        const page = await open(`/${lang}/map/`, { scheme });
        expect(await axe(page)).toEqual([]);
        await page.close();
      });
    }
  }

  it('loads its styles without CSP errors and draws boxes with a fill', async () => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${site.server.origin}/en/map/`);
    const fill = await page.locator('.strategy-map__svg .map-box').first().evaluate((el) => getComputedStyle(el).fill);
    expect(fill).not.toBe('rgb(0, 0, 0)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches the boxes by keyboard and shows the focus', async () => {
    const page = await open('/en/map/');
    const first = page.locator('.strategy-map__svg a.map-node--measure').first();
    const before = await first.locator('.map-box').evaluate((el) => getComputedStyle(el).strokeWidth);
    // Tab until focus enters the picture.
    let inside = false;
    for (let i = 0; i < 60 && !inside; i++) {
      await page.keyboard.press('Tab');
      inside = await page.evaluate(() => document.activeElement?.closest('.strategy-map__svg') !== null);
    }
    expect(inside).toBe(true);
    await first.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const after = await first.locator('.map-box').evaluate((el) => getComputedStyle(el).strokeWidth);
    expect(after).not.toBe(before);
    await page.close();
  });

  it('fits a 320 px screen: the picture scrolls in its own box, the page does not', async () => {
    const page = await open('/en/map/', { width: 320 });
    const pageScroll = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(pageScroll).toBeLessThanOrEqual(320);
    const box = await page.locator('.strategy-map__scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(box.scroll).toBeGreaterThan(box.client);
    await page.close();
  });
});
