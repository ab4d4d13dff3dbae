/**
 * axe-core (WCAG 2.0–2.2 A/AA) finds no violation in the dark theme, reached both ways a reader gets it:
 * the system preference (`prefers-color-scheme: dark`) and the site's theme toggle (chosen once, then kept
 * on every page). Every page type in English plus the Japanese home and a Japanese fallback page, at 320 and 1280 px.
 * Only the rules that depend on colours run (`colourRules`): the markup is the light theme's, which
 * a11y-light.test.ts checks with every rule. Pages with the toggle pressed are compared colour by colour
 * with the system's dark theme.
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

/**
 * Every element's painted colours (and its ::before and ::after when they have content), in document order,
 * with its tag: what axe's colour rules read. The toggle's own icon is left out: it shows whether the toggle
 * is pressed.
 */
async function colourSnapshot(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const props = ['color', 'backgroundColor', 'backgroundImage', 'borderTopColor', 'borderBottomColor', 'outlineColor', 'textDecorationColor', 'fill', 'stroke'] as const;
    const paint = (style: CSSStyleDeclaration) => props.map((p) => style[p]).join(' ');
    const pseudo = (el: Element, which: '::before' | '::after') => {
      const style = getComputedStyle(el, which);
      return style.content === 'none' || style.content === 'normal' ? '' : ` ${which} ${paint(style)}`;
    };
    return [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.theme-toggle'))
      .map((el) => `${el.tagName} ${paint(getComputedStyle(el))}${pseudo(el, '::before')}${pseudo(el, '::after')}`);
  });
}

/** What one page showed in a dark theme: axe's colour violations and the colour snapshot, per width. */
interface DarkPage {
  violations: string[];
  colours: Map<number, string[]>;
}

/** How a page is inspected: reached with the toggle pressed (checked on the page), and whether axe runs. */
interface Inspection {
  toggled: boolean;
  axe: boolean;
}

/**
 * Loads a page, checks the theme is dark, and at 1280 px then 320 px takes the colours and, when asked, runs
 * axe's colour rules.
 */
async function inspectDark(page: Page, path: string, how: Inspection): Promise<DarkPage> {
  await page.goto(site.server.origin + path);
  if (how.toggled) expect(await page.locator('html').getAttribute('data-theme'), 'theme chosen with the toggle').toBe('dark');
  expect(luminance(await pageBackground(page)), 'dark background').toBeLessThan(0.2);
  const result: DarkPage = { violations: [], colours: new Map() };
  for (const width of [...widths].reverse()) {
    await page.setViewportSize({ width, height: 900 });
    if (how.axe) result.violations.push(...(await axeViolations(page, colourRules)).map((v) => `${width}px: ${v}`));
    result.colours.set(width, await colourSnapshot(page));
  }
  return result;
}

/** Each page's colours under the system's dark preference, as the first suite saw them. */
const systemColours = new Map<string, Map<number, string[]>>();
let systemContext: BrowserContext;

/** A page's colours under the system's dark preference: as recorded, or loaded now (when run on its own). */
async function systemColoursOf(path: string): Promise<Map<number, string[]>> {
  const recorded = systemColours.get(path);
  if (recorded) return recorded;
  const page = await systemContext.newPage();
  try {
    return (await inspectDark(page, path, { toggled: false, axe: false })).colours;
  } finally {
    await page.close();
  }
}

beforeAll(async () => {
  systemContext = await newContext(site.browser, { bypassCSP: true, colorScheme: 'dark', viewport: { width: widths[1], height: 900 } });
  await loadAxeInEveryPage(systemContext);
});

describe('axe, dark theme from the system preference', () => {
  for (const sample of samples) {
    it(`${sample.type} (${sample.lang}) ${sample.path}`, async () => {
      const page = await systemContext.newPage();
      try {
        const seen = await inspectDark(page, sample.path, { toggled: false, axe: true });
        systemColours.set(sample.path, seen.colours);
        expect(seen.violations).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

/**
 * The toggle pins the dark scheme (`data-theme`), kept on every page: each page must then paint exactly the
 * colours it paints under the system's dark preference, which the suite above checks with axe at both widths.
 * So the pages are compared colour by colour, and the pressed toggle itself gets axe's colour rules.
 */
describe('dark theme chosen with the toggle', () => {
  let toggled: BrowserContext;
  beforeAll(async () => {
    toggled = await newContext(site.browser, { bypassCSP: true, colorScheme: 'light', viewport: { width: widths[1], height: 900 } });
    await loadAxeInEveryPage(toggled);
    const page = await toggled.newPage();
    await page.goto(`${site.server.origin}/en/`);
    await page.getByRole('banner').getByRole('button', { name: t('en', 'theme.toggle') }).click();
    await page.close();
  });

  it("the pressed toggle passes axe's colour rules, at both widths", async () => {
    const page = await toggled.newPage();
    try {
      expect((await inspectDark(page, '/en/', { toggled: true, axe: true })).violations).toEqual([]);
    } finally {
      await page.close();
    }
  });

  for (const sample of samples) {
    it(`${sample.type} (${sample.lang}) ${sample.path}: the system's dark colours, at both widths`, async () => {
      const page = await toggled.newPage();
      try {
        const mine = (await inspectDark(page, sample.path, { toggled: true, axe: false })).colours;
        const theirs = await systemColoursOf(sample.path);
        for (const width of widths) {
          const [a, b] = [mine.get(width)!, theirs.get(width)!];
          expect(a.length, `${width}px: elements`).toBeGreaterThan(10);
          // The first element whose colours differ, rather than a diff of thousands of lines.
          const at = a.findIndex((line, i) => line !== b[i]);
          expect(at === -1 && a.length === b.length ? 'same' : `element ${at}: ${a[at]} ≠ ${b[at]}`, `${width}px`).toBe('same');
        }
      } finally {
        await page.close();
      }
    });
  }
});
