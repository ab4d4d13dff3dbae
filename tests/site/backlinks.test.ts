import { describe, expect, it } from 'vitest';
import { backlinks, RELATED_BACKLINKS_SHOWN, shownBacklinks } from '../../src/lib/backlinks';

describe('backlinks', () => {
  it('collects cites and related, once per referrer, in the given order, never self', () => {
    const map = backlinks([
      { key: 'x', cites: ['t'], related: ['t', 'u'] },
      { key: 'y', cites: [], related: ['t', 'y'] },
      { key: 't', cites: ['t'], related: ['x'] },
    ]);
    expect(map.get('t')).toEqual([
      { key: 'x', via: ['cites', 'related'] },
      { key: 'y', via: ['related'] },
    ]);
    expect(map.get('u')).toEqual([{ key: 'x', via: ['related'] }]);
    expect(map.get('x')).toEqual([{ key: 't', via: ['related'] }]);
    expect(map.has('y')).toBe(false);
  });
});

describe('shownBacklinks', () => {
  type Link = { key: string; via: ('cites' | 'related')[] };
  // Reading order: document a holds a0…a19, then document b holds b0…b19.
  const position = (key: string) => ({ document: key[0]!, index: (key[0] === 'a' ? 0 : 20) + Number(key.slice(1)) });
  const related = (key: string): Link => ({ key, via: ['related'] });

  it('shows every citation, in the given order, however many there are', () => {
    const cites: Link[] = Array.from({ length: 15 }, (_, i) => ({ key: `b${i}`, via: i % 2 ? ['cites', 'related'] : ['cites'] }));
    const shown = shownBacklinks([...cites, related('a1')], position('a5'), (link) => position(link.key));
    expect(shown.cites).toEqual(cites);
    expect(shown.related.map((link) => link.key)).toEqual(['a1']);
    expect(shown.moreRelated).toBe(0);
  });

  it('caps entries that only list it as related at ten: same document by distance, then reading order, and counts the rest', () => {
    const keys = ['b0', 'b7', 'a0', 'a19', 'a4', 'a6', 'a3', 'a9', 'b2', 'a12', 'a10', 'b1', 'a1', 'a2'];
    const shown = shownBacklinks(keys.map(related), position('a5'), (link) => position(link.key));
    expect(RELATED_BACKLINKS_SHOWN).toBe(10);
    expect(shown.cites).toEqual([]);
    // Distance 1 (a4 before a6), 2 (a3), 3 (a2), 4 (a1, a9), 5 (a0, a10), 7 (a12), 14 (a19); then b0, b1 in reading order.
    expect(shown.related.map((link) => link.key)).toEqual(['a4', 'a6', 'a3', 'a2', 'a1', 'a9', 'a0', 'a10', 'a12', 'a19']);
    expect(shown.moreRelated).toBe(4);
    const other = shownBacklinks(keys.map(related), position('b5'), (link) => position(link.key), 3);
    expect(other.related.map((link) => link.key)).toEqual(['b7', 'b2', 'b1']);
    expect(other.moreRelated).toBe(11);
  });

  it('shows everything when there are no more than ten', () => {
    const shown = shownBacklinks(['a1', 'b3'].map(related), position('b0'), (link) => position(link.key));
    expect(shown.related.map((link) => link.key)).toEqual(['b3', 'a1']);
    expect(shown.moreRelated).toBe(0);
  });
});
