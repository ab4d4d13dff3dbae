import { describe, expect, it } from 'vitest';
import { breadcrumbs } from '../../src/lib/entryView';
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
