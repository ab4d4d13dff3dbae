/**
 * A section or measure page reads as the part of the document it is: its own text, then every part below
 * it in reading order, each with its number, heading, text, anchor and a link to its own page, checked over
 * the real seeds (content/ and the built dist/). The parts' text is kept out of the search index on the
 * container page, so a query for a part's words finds the part's own page first and never its container.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { attr, elements } from '../../scripts/built-site/parse';
import { useServedSite } from '../support/session';
import { rank } from '../search/support';
import { builtPage, containsWords, contentEntries, insideAttribute, markdownText, text, words, type ContentEntry } from './built-text';
import { anchorOf, siteDir } from './site';

const dir = siteDir();
const entries = contentEntries();
const byKey = new Map(entries.map((entry) => [entry.key, entry]));
const pageOf = (entry: ContentEntry) => `/en/${entry.collection}/${entry.key}/`;

/** The parts below `key` in reading order is what content says; here only the set matters. */
function descendants(key: string): ContentEntry[] {
  const direct = entries.filter((entry) => entry.parent === key);
  return direct.flatMap((child) => [child, ...descendants(child.key)]);
}
const containers = entries.filter((entry) => descendants(entry.key).length > 0);

describe('a container page holds its whole subtree', () => {
  it('covers the chapters and the measures with parts of both documents', () => {
    expect(containers.map((c) => c.key)).toEqual(expect.arrayContaining([
      'capacity-building-2021/1', 'capacity-building-2021/2', 'capacity-building-2021/2/1', 'strategy-2021/direction-2',
    ]));
  });

  for (const container of containers) {
    it(`${container.key}: every word, number, heading, anchor and page link of each part`, () => {
      const page = builtPage(dir, pageOf(container));
      const pageWords = words(text(page.main));
      const links = new Set([...elements(page.main)].filter((el) => el.tagName === 'a').map((el) => attr(el, 'href')));
      for (const part of descendants(container.key)) {
        expect(containsWords(pageWords, words(markdownText(part.body))), `${part.key}'s text on ${container.key}'s page`).toBe(true);
        const heading = page.byId.get(anchorOf(part.key));
        expect(heading?.tagName, `#${anchorOf(part.key)} is a heading`).toMatch(/^h[2-6]$/);
        const shown = words(text(heading!));
        // A part without a heading shows its number (and is named by place for assistive technology).
        if (part.number) expect(containsWords(shown, words(part.number)), `${part.key} number`).toBe(true);
        if (part.titleSource !== 'place') expect(containsWords(shown, words(part.title)), `${part.key} heading`).toBe(true);
        expect(links.has(`/en/${part.collection}/${part.key}/`), `${part.key} links its own page`).toBe(true);
        expect(insideAttribute(page, heading!, 'data-pagefind-ignore'), `${part.key} is kept out of ${container.key}'s index entry`).toBe(true);
      }
      // Own text stays indexed on the container's page.
      const own = page.byId.get(anchorOf(container.key));
      expect(own && insideAttribute(page, own, 'data-pagefind-ignore')).toBe(false);
    });
  }

  it('shows no "no text of its own" placeholder on any section or measure page', () => {
    for (const entry of entries) {
      const page = builtPage(dir, pageOf(entry));
      expect(text(page.main), entry.key).not.toContain('has no text of its own');
    }
  });

  it('lists the parts in reading order', () => {
    const page = builtPage(dir, pageOf(byKey.get('capacity-building-2021/2')!));
    const ids = [...elements(page.main)].map((el) => attr(el, 'id')).filter((id): id is string => !!id && /^capacity-building-2021-2-\d(-[a-z])?$/.test(id));
    expect(ids).toEqual(['capacity-building-2021-2-1', 'capacity-building-2021-2-1-a', 'capacity-building-2021-2-1-b', 'capacity-building-2021-2-2', 'capacity-building-2021-2-3', 'capacity-building-2021-2-4']);
  });
});

describe('search finds a part on its own page, not on its container', () => {
  const site = useServedSite(dir);
  let page: Page;
  beforeAll(async () => {
    page = await site.browser.newPage();
    await page.goto(`${site.server.origin}/en/search/`);
  });

  // Leaves with a container above them: a phrase of their own text (its first words) is searched exactly.
  const leaves = ['capacity-building-2021/2/1/a', 'capacity-building-2021/2/1/b', 'capacity-building-2021/1/2', 'strategy-2021/direction-2/measures-1/3']
    .map((key) => byKey.get(key)!);

  for (const leaf of leaves) {
    it(leaf.key, async () => {
      const phrase = words(markdownText(leaf.body)).slice(0, 6).join(' ');
      const [found] = await rank(page, [`"${phrase}"`], { lang: 'en', top: 20, exactFirst: false });
      expect(found!.urls[0], `first result for "${phrase}"`).toBe(pageOf(leaf));
      let ancestor = leaf.parent ? byKey.get(leaf.parent) : undefined;
      for (; ancestor; ancestor = ancestor.parent ? byKey.get(ancestor.parent) : undefined) {
        expect(found!.urls, `"${phrase}" must not find the container ${ancestor.key}`).not.toContain(pageOf(ancestor));
      }
    });
  }
});
