import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

/** axe-core's browser build, injected into pages as a script file. */
export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * Has every page of a context load axe-core at document start: Chromium then compiles it from its cache, where
 * injecting the 500 KB script into each page after load costs about a second per page.
 */
export async function loadAxeInEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript({ path: axePath });
}

/** The WCAG levels the site claims: 2.0, 2.1 and 2.2, A and AA. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** The two widths every page is checked at: a small phone and a desktop. */
export const widths = [320, 1280] as const;

interface AxeNode { target: unknown[]; failureSummary?: string }
interface AxeViolation { id: string; impact: string | null; help: string; nodes: AxeNode[] }

/**
 * The axe rules whose outcome depends on the colours, the only thing a theme changes: the dark theme's pages
 * have the same markup as the light theme's, which the light suite checks with every rule.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Runs axe on the page as it is now (the context must bypass the CSP, which would refuse the injected script;
 * a context given `loadAxeInEveryPage` has it already)
 * and returns one line per violation: rule, impact, help, node count and the first nodes' selectors. `rules`
 * narrows the run to those rules (default: every rule of the WCAG tags the site claims).
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async ({ tags, only }) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    // `target-size` (WCAG 2.2, 2.5.8) is off in axe's defaults; named here so it always runs with the 2.2 AA tags.
    const options = only
      ? { runOnly: { type: 'rule', values: only }, resultTypes: ['violations'] }
      : { runOnly: { type: 'tag', values: tags }, rules: { 'target-size': { enabled: true } }, resultTypes: ['violations'] };
    const result = await axe.run(document, options);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary ?? '' })) }));
  }, { tags: [...wcagTags], only: rules ? [...rules] : undefined });
  return violations.map((v) => {
    const targets = v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)).join(', ');
    const detail = v.nodes[0]?.failureSummary?.split('\n').slice(1, 2).join(' ').trim() ?? '';
    return `${v.id} (${v.impact ?? 'n/a'}): ${v.help} — ${v.nodes.length} node(s): ${targets}${v.nodes.length > 3 ? ', …' : ''}${detail ? ` — ${detail}` : ''}`;
  });
}

/** Relative luminance (0 black … 1 white) of a computed CSS colour such as `rgb(18, 18, 18)`. */
export function luminance(color: string): number {
  const [r = 0, g = 0, b = 0] = (color.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The background colour the page paints behind its text: the body's, or the root's when the body is transparent. */
export async function pageBackground(page: Page): Promise<string> {
  return page.evaluate(() => {
    const body = getComputedStyle(document.body).backgroundColor;
    return body === 'rgba(0, 0, 0, 0)' || body === 'transparent' ? getComputedStyle(document.documentElement).backgroundColor : body;
  });
}
