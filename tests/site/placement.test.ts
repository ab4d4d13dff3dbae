import { describe, expect, it } from 'vitest';
import { ancestors, buildTree, checkPlacement, prevNext, readingOrder, type Placed } from '../../src/lib/placement';

const items: Placed[] = [
  { key: 'doc/2', document: 'doc', order: 3 },
  { key: 'doc/1', document: 'doc', order: 0 },
  { key: 'doc/1/1', document: 'doc', parent: 'doc/1', order: 1 },
  { key: 'doc/1/1/a', document: 'doc', parent: 'doc/1/1', order: 2 },
  { key: 'other/1', document: 'other', order: 0 },
];
const byKey = new Map(items.map((item) => [item.key, item]));

describe('reading order', () => {
  it('keeps one document, sorted by order', () => {
    expect(readingOrder(items, 'doc').map((i) => i.key)).toEqual(['doc/1', 'doc/1/1', 'doc/1/1/a', 'doc/2']);
  });

  it('nests by parent, each level in order', () => {
    const tree = buildTree(readingOrder(items, 'doc'));
    expect(tree.map((n) => n.item.key)).toEqual(['doc/1', 'doc/2']);
    expect(tree[0]!.children[0]!.children[0]!.item.key).toBe('doc/1/1/a');
  });
});

describe('breadcrumb ancestors', () => {
  it('lists the chain outermost first, without the item', () => {
    expect(ancestors('doc/1/1/a', byKey).map((i) => i.key)).toEqual(['doc/1', 'doc/1/1']);
    expect(ancestors('doc/1', byKey)).toEqual([]);
  });

  it('names the loop when parents cycle', () => {
    const loop = new Map<string, Placed>([
      ['a', { key: 'a', document: 'd', parent: 'b', order: 0 }],
      ['b', { key: 'b', document: 'd', parent: 'a', order: 1 }],
    ]);
    expect(() => ancestors('a', loop)).toThrow(/parents of "a" form a loop/);
  });
});

describe('previous and next', () => {
  const ordered = readingOrder(items, 'doc');
  it('gives both neighbours in the middle', () => {
    const { prev, next } = prevNext(ordered, 'doc/1/1');
    expect(prev?.key).toBe('doc/1');
    expect(next?.key).toBe('doc/1/1/a');
  });
  it('has no previous at the start and no next at the end', () => {
    expect(prevNext(ordered, 'doc/1').prev).toBeUndefined();
    expect(prevNext(ordered, 'doc/2').next).toBeUndefined();
    expect(prevNext(ordered, 'missing')).toEqual({});
  });
});

describe('placement check', () => {
  it('accepts consistent content', () => {
    expect(() => checkPlacement(items)).not.toThrow();
  });
  it('names duplicate orders, missing parents and cross-document parents with the fix', () => {
    const bad: Placed[] = [
      { key: 'd/1', document: 'd', order: 0 },
      { key: 'd/2', document: 'd', order: 0 },
      { key: 'd/3', document: 'd', parent: 'd/9', order: 1 },
      { key: 'e/1', document: 'e', parent: 'd/1', order: 0 },
    ];
    expect(() => checkPlacement(bad)).toThrowErrorMatchingInlineSnapshot(`
      [Error: Content placement is inconsistent (re-run \`npm run ingest\`, or fix the frontmatter named below):
      - "d/2" and "d/1" both have order 0 in document "d": orders must be unique within a document.
      - "d/3" has parent "d/9", which is no section or measure: fix its \`parent\` or add the missing entry.
      - "e/1" (document "e") has parent "d/1" from document "d": a parent must be in the same document.]
    `);
  });
});
