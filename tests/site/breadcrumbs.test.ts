import { describe, expect, it } from 'vitest';
import { breadcrumbs, descendantTree } from '../../src/lib/entryView';
import { flatten } from '../../src/lib/placement';
import { numberedTitle } from '../../src/lib/siteModel';
import { runsByGroup } from '../../src/lib/explorerModel';
import type { LocDocument, PlacedItem } from '../../src/lib/siteModel';

/** A placed item with only what breadcrumbs read. */
const item = (key: string, collection: PlacedItem['collection'], title: string, extra: Partial<PlacedItem> = {}) =>
  ({ key, collection, document: 'strategy-2021', order: 0, depth: 1, title, textLang: 'en', fallback: false, ...extra }) as PlacedItem;

const items = [
  item('strategy-2021/direction-2', 'sections', 'Realizing a Digital Society', { number: '(2)' }),
  item('strategy-2021/direction-2/measures-1', 'sections', 'Providing a cybersecurity environment', { number: '(1)', parent: 'strategy-2021/direction-2' }),
  item('strategy-2021/direction-2/measures-1/3', 'measures', 'Address cybercrimes', { number: '(3)', parent: 'strategy-2021/direction-2/measures-1' }),
];
const doc = { key: 'strategy-2021', textLang: 'en', fallback: false, entry: { data: { shortTitle: 'Cybersecurity Strategy 2021' } } } as unknown as LocDocument;

describe('breadcrumbs', () => {
  it('run document › direction › group › measure, the last one current, in the page language', () => {
    const site = { lang: 'ja' as const, documentsByKey: new Map([[doc.key, doc]]), itemsByKey: new Map(items.map((i) => [i.key, i])) };
    expect(breadcrumbs(site, items[2]!)).toEqual([
      { label: 'Cybersecurity Strategy 2021', href: '/ja/documents/strategy-2021/', textLang: 'en', current: false },
      { label: '(2) Realizing a Digital Society', href: '/ja/sections/strategy-2021/direction-2/', textLang: 'en', current: false },
      { label: '(1) Providing a cybersecurity environment', href: '/ja/sections/strategy-2021/direction-2/measures-1/', textLang: 'en', current: false },
      { label: '(3) Address cybercrimes', href: '/ja/measures/strategy-2021/direction-2/measures-1/3/', textLang: 'en', current: true },
    ]);
  });
});

describe('explorer sub-groups', () => {
  it('split a direction into consecutive runs of the same group', () => {
    const runs = runsByGroup([{ k: 1, group: 'g1' }, { k: 2, group: 'g1' }, { k: 3, group: undefined }, { k: 4, group: 'g2' }]);
    expect(runs.map((r) => [r.group, r.measures.map((m) => m.k)])).toEqual([['g1', [1, 2]], [undefined, [3]], ['g2', [4]]]);
  });
});

describe('a part the source leaves without a heading', () => {
  const chapter = item('capacity-building-2021/1', 'sections', 'Basic Understanding', { number: '1', document: 'capacity-building-2021', titleSource: 'heading' });
  const paragraph = item('capacity-building-2021/1/2', 'sections', '1 Basic Understanding, (2)', {
    number: '(2)', parent: chapter.key, document: 'capacity-building-2021', titleSource: 'place', excerpt: 'Such support is important for Japan…',
  });
  const capacity = { ...doc, key: 'capacity-building-2021', entry: { data: { shortTitle: 'Capacity Building Support Policy' } } } as unknown as LocDocument;
  const site = { lang: 'en' as const, documentsByKey: new Map([[capacity.key, capacity]]), itemsByKey: new Map([chapter, paragraph].map((i) => [i.key, i])) };

  it('is named by number and place, never with its number twice', () => {
    expect(numberedTitle(paragraph)).toBe('1 Basic Understanding, (2)');
    expect(numberedTitle(chapter)).toBe('1 Basic Understanding');
  });

  it('is its number in the trail, with the start of its text as an excerpt', () => {
    expect(breadcrumbs(site, paragraph).at(-1)).toEqual({
      label: '(2)', excerpt: 'Such support is important for Japan…', href: '/en/sections/capacity-building-2021/1/2/', textLang: 'en', current: true,
    });
  });
});

describe('the parts below an entry', () => {
  it('nest by parent in reading order, every level down', () => {
    const a = item('d/1', 'sections', 'A');
    const b = item('d/1/1', 'sections', 'B', { parent: 'd/1' });
    const c = item('d/1/1/a', 'measures', 'C', { parent: 'd/1/1' });
    const d = item('d/1/2', 'sections', 'D', { parent: 'd/1' });
    const children = new Map([['d/1', [b, d]], ['d/1/1', [c]]]);
    const tree = descendantTree(children, a.key);
    expect(tree.map((n) => [n.item.key, n.children.map((m) => m.item.key)])).toEqual([['d/1/1', ['d/1/1/a']], ['d/1/2', []]]);
    expect(flatten(tree).map((i) => i.key)).toEqual(['d/1/1', 'd/1/1/a', 'd/1/2']);
    expect(descendantTree(children, 'd/1/2')).toEqual([]);
  });
});
