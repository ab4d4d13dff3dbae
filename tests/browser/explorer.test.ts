/**
 * The measures explorer (`/<lang>/measures/`): with JavaScript its filters narrow the list, the count and
 * the live region follow, and the URL keeps the filter; without JavaScript the full list is there, grouped by
 * document and direction, every measure with its anchor and its page link. Expected counts come from
 * `/data/measures.json`, not from the page.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { anchorOf, measuresData, siteDir, t, type MeasureRecord } from './site';
import { newContext, type PageTrouble, watchContext } from './watch';

const dir = siteDir();
const measures: MeasureRecord[] = measuresData(dir);
const total = measures.length;
const site = useServedSite(dir);

/** The value that occurs on the most measures without being on all of them (a filter that visibly narrows). */
function narrowingValue(values: (m: MeasureRecord) => string[]): string {
  const counts = new Map<string, number>();
  for (const m of measures) for (const v of values(m)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const [best] = [...counts].filter(([, n]) => n < total).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  if (!best) throw new Error('the measures data has no value that narrows the list');
  return best[0];
}

/** The hrefs of the measure pages the list shows (hidden items excluded, as a reader sees it), sorted. */
async function shownMeasures(page: Page): Promise<string[]> {
  const hrefs = await page.getByRole('main').getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.filter((href) => /^\/en\/measures\/.+/.test(href)).sort();
}

/** The hrefs the list should show for these measures, sorted. */
function hrefsOf(list: MeasureRecord[]): string[] {
  return list.map((m) => `/en/measures/${m.key}/`).sort();
}

describe('with JavaScript', () => {
  let context: BrowserContext;
  let page: Page;
  let trouble: PageTrouble & { clear(): void };
  const countText = (shown: number): string => t('en', 'explorer.count', { shown, total });

  beforeAll(async () => {
    context = await newContext(site.browser);
    trouble = await watchContext(context, site.server.origin);
    page = await context.newPage();
  });

  beforeEach(async () => {
    await page.goto(`${site.server.origin}/en/measures/`);
  });

  /** The element that screen readers hear (aria-live) and its text, once it says `expected`. */
  async function expectAnnounced(expected: string): Promise<void> {
    const live = page.getByRole('main').locator('[aria-live="polite"]');
    await expect.poll(() => live.textContent(), { timeout: 5_000 }).toBe(expected);
    expect(await live.count()).toBe(1);
  }

  it('shows the filter form and the whole list at first', async () => {
    const form = page.getByRole('form', { name: t('en', 'explorer.filters') });
    expect(await form.isVisible()).toBe(true);
    expect(await page.getByText(t('en', 'explorer.noJs')).isVisible()).toBe(false);
    expect(await shownMeasures(page)).toEqual(hrefsOf(measures));
    await expectAnnounced(countText(total));
  });

  it('filters by document', async () => {
    const doc = measures.find((m) => measures.some((o) => o.document !== m.document))?.document ?? measures[0]!.document;
    const expected = measures.filter((m) => m.document === doc);
    const combobox = page.getByRole('combobox', { name: t('en', 'explorer.document') });
    await combobox.selectOption(doc);
    await expectAnnounced(countText(expected.length));
    expect(await shownMeasures(page)).toEqual(hrefsOf(expected));
    expect(page.url()).toContain(`document=${encodeURIComponent(doc)}`);
    await page.getByRole('button', { name: t('en', 'explorer.reset') }).click();
    await expectAnnounced(countText(total));
  });

  it('filters by who a measure concerns', async () => {
    const actor = narrowingValue((m) => m.actors);
    const expected = measures.filter((m) => m.actors.includes(actor));
    await page.getByRole('checkbox', { name: t('en', `actor.${actor}`), exact: true }).check();
    await expectAnnounced(countText(expected.length));
    expect(await shownMeasures(page)).toEqual(hrefsOf(expected));
    await page.getByRole('button', { name: t('en', 'explorer.reset') }).click();
    await expectAnnounced(countText(total));
  });

  /** The checkbox of a topic, found by the topic's title as the page shows it. */
  async function topicBox(topic: string) {
    const group = page.getByRole('group', { name: t('en', 'explorer.topic'), exact: true });
    const value = group.locator(`input[name="topic"][value="${topic}"]`);
    expect(await value.count(), `a checkbox for topic ${topic}`).toBe(1);
    return value;
  }

  it('filters by topics (any of the checked ones), keeps them in the URL and restores them on reload', async () => {
    const first = narrowingValue((m) => m.topics);
    const second = narrowingValue((m) => m.topics.filter((tp) => tp !== first));
    const one = measures.filter((m) => m.topics.includes(first));
    const either = measures.filter((m) => m.topics.includes(first) || m.topics.includes(second));
    expect(either.length).toBeGreaterThan(one.length);
    await (await topicBox(first)).check();
    await expectAnnounced(countText(one.length));
    expect(await shownMeasures(page)).toEqual(hrefsOf(one));
    await (await topicBox(second)).check();
    await expectAnnounced(countText(either.length));
    expect(await shownMeasures(page)).toEqual(hrefsOf(either));
    expect(new URL(page.url()).searchParams.getAll('topic').sort()).toEqual([first, second].sort());
    await page.reload();
    await expectAnnounced(countText(either.length));
    expect(await (await topicBox(first)).isChecked()).toBe(true);
    expect(await (await topicBox(second)).isChecked()).toBe(true);
    await page.getByRole('button', { name: t('en', 'explorer.reset') }).click();
    await expectAnnounced(countText(total));
  });

  it('says next to the filters how they combine, and combines topics with actors by AND', async () => {
    expect(await page.getByText(t('en', 'explorer.combine')).isVisible()).toBe(true);
    const topic = narrowingValue((m) => m.topics);
    const actor = narrowingValue((m) => m.actors);
    const both = measures.filter((m) => m.topics.includes(topic) && m.actors.includes(actor));
    await (await topicBox(topic)).check();
    await page.getByRole('checkbox', { name: t('en', `actor.${actor}`), exact: true }).check();
    await expectAnnounced(countText(both.length));
    expect(await shownMeasures(page)).toEqual(hrefsOf(both));
  });

  it('says so when no measure matches, and hides the emptied groups', async () => {
    // Every actor box checked plus a document and a topic that never meet gives an empty list when such a pair exists.
    const docs = [...new Set(measures.map((m) => m.document))];
    const topics = [...new Set(measures.flatMap((m) => m.topics))];
    const pair = docs.flatMap((d) => topics.map((tp) => [d, tp] as const)).find(([d, tp]) => !measures.some((m) => m.document === d && m.topics.includes(tp)));
    expect(pair, 'a document and a topic with no measure in common').toBeDefined();
    await page.getByRole('combobox', { name: t('en', 'explorer.document') }).selectOption(pair![0]);
    await (await topicBox(pair![1])).check();
    await expectAnnounced(countText(0));
    expect(await shownMeasures(page)).toEqual([]);
    expect(await page.getByText(t('en', 'explorer.noResults')).isVisible()).toBe(true);
    // It names the filters that empty the list, each with how many measures clearing it would show.
    const withoutTopic = measures.filter((m) => m.document === pair![0]).length;
    const withoutDocument = measures.filter((m) => m.topics.includes(pair![1])).length;
    const clear = (label: string, count: number) => t('en', count === 1 ? 'explorer.clearGroupOne' : 'explorer.clearGroup', { filter: t('en', label), count });
    expect(await page.getByRole('button', { name: clear('explorer.topic', withoutTopic) }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: clear('explorer.document', withoutDocument) }).isVisible()).toBe(true);
    for (const title of new Set(measures.map((m) => m.documentTitle))) {
      expect(await page.getByRole('main').getByRole('heading', { level: 2, name: title, exact: true }).count(), `heading of the emptied group ${title}`).toBe(0);
    }
    await page.getByRole('button', { name: clear('explorer.topic', withoutTopic) }).click();
    await expectAnnounced(countText(withoutTopic));
    expect(await shownMeasures(page)).toEqual(hrefsOf(measures.filter((m) => m.document === pair![0])));
  });

  it('on a phone, keeps the filters folded so the first results show on the first screen', async () => {
    const phone = await context.newPage();
    try {
      await phone.setViewportSize({ width: 390, height: 844 });
      await phone.goto(`${site.server.origin}/en/measures/`);
      const toggle = phone.getByText(t('en', 'explorer.showFilters'), { exact: true });
      expect(await toggle.isVisible()).toBe(true);
      expect(await phone.getByRole('combobox', { name: t('en', 'explorer.document') }).isVisible()).toBe(false);
      const firstResult = phone.getByRole('main').getByRole('listitem').getByRole('link').first();
      const box = await firstResult.boundingBox();
      expect(box!.y + box!.height, 'the first result is inside the first screen').toBeLessThan(844);
      await toggle.click();
      expect(await phone.getByRole('combobox', { name: t('en', 'explorer.document') }).isVisible()).toBe(true);
    } finally {
      await phone.close();
    }
  });

  it('ran without console errors or failed requests', () => {
    expect(trouble.consoleErrors).toEqual([]);
    expect(trouble.failedRequests).toEqual([]);
    expect(trouble.offSiteRequests).toEqual([]);
  });
});

describe('without JavaScript', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await newContext(site.browser, { javaScriptEnabled: false });
    page = await context.newPage();
    await page.goto(`${site.server.origin}/en/measures/`);
  });

  it('lists every measure, each linking its page', async () => {
    expect(await shownMeasures(page)).toEqual(hrefsOf(measures));
  });

  it('hides the filters it cannot run and says why', async () => {
    expect(await page.getByRole('form', { name: t('en', 'explorer.filters') }).count()).toBe(0);
    expect(await page.getByText(t('en', 'explorer.noJs')).isVisible()).toBe(true);
  });

  it('groups the list by document (h2) and direction (h3)', async () => {
    const main = page.getByRole('main');
    const docTitles = [...new Set(measures.map((m) => m.documentTitle))];
    for (const title of docTitles) {
      const region = main.getByRole('region', { name: title, exact: true });
      expect(await region.getByRole('heading', { level: 2, name: title, exact: true }).count(), title).toBe(1);
      const inDoc = measures.filter((m) => m.documentTitle === title);
      const hrefs = await region.getByRole('listitem').getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(hrefs.sort(), `measures under ${title}`).toEqual(hrefsOf(inDoc));
    }
    expect(await main.getByRole('heading', { level: 3 }).count()).toBeGreaterThanOrEqual(docTitles.length);
  });

  it('gives every measure an anchor (#<key with / as ->) that holds its link', async () => {
    for (const m of measures) {
      const item = page.locator(`[id="${anchorOf(m.key)}"]`);
      expect(await item.count(), `#${anchorOf(m.key)}`).toBe(1);
      expect(await item.getByRole('link').first().getAttribute('href')).toBe(`/en/measures/${m.key}/`);
    }
  });
});
