/**
 * What a phone or keyboard reader meets: no page scrolls sideways at 320 px; the header leaves the screen
 * to the text (under 160 px at 390 px, its search placeholder whole); the reading edition's Contents fold
 * away instead of scrolling inside the page, and its parts lead back to them; the theme button says
 * whether dark is on; a paragraph's ¶ stays on the line of its last word; every copy control says what
 * it copies.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { langs, samplePages, siteDir, siteKeys, t } from './site';
import { newContext } from './watch';

const dir = siteDir();
const keys = siteKeys(dir);
const site = useServedSite(dir);
let context: BrowserContext;

beforeAll(async () => {
  context = await newContext(site.browser, { viewport: { width: 320, height: 700 }, colorScheme: 'light' });
});

async function open(path: string, width: number, height = 844): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  await page.goto(site.server.origin + path);
  return page;
}

describe('no page scrolls sideways at 320 px', () => {
  for (const sample of samplePages(dir)) {
    it(`${sample.type} (${sample.lang}) ${sample.path}`, async () => {
      const page = await open(sample.path, 320);
      try {
        const { scroll, client, wide } = await page.evaluate(() => {
          const root = document.documentElement;
          // The elements that reach past the right edge, to name the culprit when the page overflows.
          const past = [...document.querySelectorAll('body *')].filter((el) => {
            const box = el.getBoundingClientRect();
            return box.right > root.clientWidth + 0.5 && !el.closest('.main-nav ul, .visually-hidden, [hidden]');
          });
          return { scroll: root.scrollWidth, client: root.clientWidth, wide: past.slice(0, 3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`) };
        });
        expect(scroll, `page width (past the edge: ${wide.join(', ')})`).toBeLessThanOrEqual(client);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the header on a 390 px phone (and the placeholder on a wide screen)', () => {
  const paths = langs.flatMap((lang) => [`/${lang}/`, `/${lang}/documents/${keys.documents[0]}/`, `/${lang}/measures/${keys.measure}/`, `/${lang}/measures/`]);
  for (const path of paths) {
    it(`${path}: under 160 px, the search placeholder whole`, async () => {
      const page = await open(path, 390);
      try {
        const height = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().height);
        expect(height).toBeLessThan(160);
        // The placeholder's width in the field's own font, against the room inside its padding (with a few
        // pixels to spare: the field's inner box is a little narrower, and a glyph at the edge reads as cut).
        const { textWidth, room } = await page.locator('#site-search-q').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const canvas = document.createElement('canvas').getContext('2d')!;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return { textWidth: canvas.measureText(input.placeholder).width, room };
        });
        expect(textWidth + 8, 'placeholder width within the field').toBeLessThanOrEqual(room);
        await page.setViewportSize({ width: 1280, height: 900 });
        const wide = await page.locator('#site-search-q').evaluate((input: HTMLInputElement) => {
          const style = getComputedStyle(input);
          const canvas = document.createElement('canvas').getContext('2d')!;
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          return input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - canvas.measureText(input.placeholder).width;
        });
        expect(wide, 'room left in the field at 1280 px').toBeGreaterThanOrEqual(8);
      } finally {
        await page.close();
      }
    });
  }
});

describe('the reading edition\'s Contents', () => {
  const path = `/en/documents/${keys.documents[0]}/`;

  it('on a phone: folded, no scroller inside the page, opens with a tap', async () => {
    const page = await open(path, 390);
    try {
      const details = page.locator('#contents details');
      expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(false);
      const summary = page.locator('#contents summary');
      await summary.click();
      expect(await details.evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
      const scrollers = await page.locator('#contents, #contents *').evaluateAll((els) =>
        els.filter((el) => /(auto|scroll)/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight).length);
      expect(scrollers, 'scrolling boxes inside the contents').toBe(0);
      expect(await page.getByRole('navigation', { name: t('en', 'a11y.toc') }).getByRole('link').first().isVisible()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('on a wide screen: open beside the text', async () => {
    const page = await open(path, 1280);
    try {
      expect(await page.locator('#contents details').evaluate((el: HTMLDetailsElement) => el.open)).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('every top-level part ends with a link back to the contents', async () => {
    const page = await open(path, 390);
    try {
      const back = page.getByRole('link', { name: t('en', 'doc.backToContents'), exact: true });
      const parts = await page.locator('.reading-body > .reading-entry').count();
      expect(parts).toBeGreaterThan(1);
      expect(await back.count()).toBe(parts);
      await back.last().click();
      await expect.poll(() => page.evaluate(() => location.hash)).toBe('#contents');
      // Scrolling may be smooth: wait until the contents are at the top of the screen.
      await expect.poll(() => page.locator('#contents').evaluate((el) => Math.abs(el.getBoundingClientRect().top)), { timeout: 5_000 }).toBeLessThan(50);
    } finally {
      await page.close();
    }
  });
});

describe('the theme button states its state', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme} system preference: aria-pressed ${scheme === 'dark'}, and the visible state says so`, async () => {
      const themed = await newContext(site.browser, { viewport: { width: 1280, height: 900 }, colorScheme: scheme });
      try {
        const page = await themed.newPage();
        await page.goto(`${site.server.origin}/en/`);
        const button = page.getByRole('button', { name: t('en', 'theme.toggle'), exact: true });
        expect(await button.getAttribute('aria-pressed')).toBe(String(scheme === 'dark'));
        const visible = await button.innerText();
        expect(visible).toContain(t('en', scheme === 'dark' ? 'theme.stateOn' : 'theme.stateOff'));
        await button.click();
        expect(await button.getAttribute('aria-pressed')).toBe(String(scheme !== 'dark'));
        expect(await button.innerText()).toContain(t('en', scheme === 'dark' ? 'theme.stateOff' : 'theme.stateOn'));
      } finally {
        await themed.close();
      }
    });
  }
});

describe('paragraph marks and copy controls', () => {
  it('a ¶ never starts a line: it stays with the last word of its paragraph, at 320 px', async () => {
    const page = await open(`/en/documents/${keys.documents[0]}/`, 320);
    try {
      const alone = await page.locator('.prose button.copy-link').evaluateAll((buttons) => buttons.flatMap((button) => {
        const before = button.previousSibling;
        if (!before || before.nodeType !== Node.TEXT_NODE || !before.textContent?.trim()) return [];
        const range = document.createRange();
        range.selectNodeContents(before);
        const last = [...range.getClientRects()].at(-1);
        const box = button.getBoundingClientRect();
        return last && Math.abs(last.bottom - box.bottom) > last.height / 2 ? [button.getAttribute('aria-label')] : [];
      }));
      expect(await page.locator('.prose button.copy-link').count()).toBeGreaterThan(10);
      expect(alone).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const lang of langs) {
    it(`every copy control says what it copies (${lang})`, async () => {
      const page = await open(`/${lang}/measures/${keys.measure}/`, 390);
      try {
        const names = await page.locator('button.copy-link').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
        expect(names.length).toBeGreaterThan(1);
        const [headingBefore] = t(lang, 'copy.heading').split('{');
        const [paragraphBefore] = t(lang, 'copy.paragraph').split('{');
        for (const name of names) {
          expect(name.startsWith(headingBefore!) || name.startsWith(paragraphBefore!), name).toBe(true);
          // The name holds the heading of the part it belongs to (not a bare "copy link").
          expect(name.length, name).toBeGreaterThan(Math.max(headingBefore!.length, paragraphBefore!.length) + 3);
        }
        expect(new Set(names).size, 'each control names its own target').toBe(names.length);
      } finally {
        await page.close();
      }
    });
  }
});
