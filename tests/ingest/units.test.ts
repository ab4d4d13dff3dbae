import { describe, expect, it } from 'vitest';
import { cleanInline, cleanLines, endsClause, splitBullet } from '../../scripts/ingest/clean-text';
import { IngestError } from '../../scripts/ingest/errors';
import { escapeHtml, findTerms, termMatchers } from '../../scripts/ingest/glossary';
import { EM_CLOSE, EM_OPEN } from '../../scripts/ingest/model';
import { excerptTitle, parseNumberedPolicy } from '../../scripts/ingest/parse-numbered-policy';
import { decodeSeed } from '../../scripts/ingest/read-seed';
import { relatedAcrossDocuments, relatedEntries } from '../../scripts/ingest/topics';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('clean-text', () => {
  it('turns artifacts into text and keeps every word', () => {
    expect(cleanInline(' \\rightarrow Go')).toBe(' → Go');
    expect(cleanInline('a\\squareb')).toBe('a\\squareb'); // not a command boundary: left alone
    expect(cleanInline('x \\square y')).toBe('x y');
    expect(cleanInline('<u>a</u> <u>b</u>')).toBe(`${EM_OPEN}a b${EM_CLOSE}`);
    expect(cleanInline('<five big="" ideas="">x</five>')).toBe('<Five big ideas>x');
    expect(cleanInline('\\unknown stays')).toBe('\\unknown stays');
  });

  it('drops page numbers, blank lines and declared strays only', () => {
    const lines = cleanLines(['9', ' ', '~', 'A ~ b', '2 Title'], ['~']);
    expect(lines.map((l) => l.text)).toEqual([null, null, null, 'A ~ b', '2 Title']);
  });

  it('bullets and clause ends', () => {
    expect(splitBullet('- (1) x')).toEqual({ bullet: true, rest: '(1) x' });
    expect(splitBullet('•x')).toEqual({ bullet: true, rest: 'x' });
    expect(splitBullet('-x')).toEqual({ bullet: false, rest: '-x' });
    expect(endsClause('ends with Export')).toBe(false);
    expect(endsClause('ends with a quote”')).toBe(true);
  });
});

describe('read-seed', () => {
  it('strips a BOM and CRLF line ends', () => {
    expect(decodeSeed(bytes('\uFEFFa\r\nb\r\n'), 'x.txt').lines).toEqual(['a', 'b']);
  });
  it('names the line of invalid UTF-8', () => {
    const bad = new Uint8Array([0x61, 0x0a, 0xc3, 0x28]);
    expect(() => decodeSeed(bad, 'x.txt')).toThrow(IngestError);
    try {
      decodeSeed(bad, 'x.txt');
    } catch (error) {
      expect((error as IngestError).format()).toMatch(/^ingest: x\.txt:2: /);
    }
  });
});

describe('numbered-policy parser', () => {
  it('reads (i) as a letter only when the lettered sequence has reached it', () => {
    const letters = 'abcdefghi'.split('').map((l) => `(${l}) Part ${l}`);
    const seed = decodeSeed(bytes(['Cover', '1 Chapter', '(1) Section', ...letters, '(i) Roman after the letters?', '(2) Next', '(i) Roman item.'].join('\n')), 'x.txt');
    const doc = {
      key: 'doc', file: 'x.txt', title: 'T', shortTitle: 'T', issuer: 'I', date: '2000-01-01', dateLabel: 'D',
      originalLanguage: 'ja', provisionalTranslation: false, order: 0, strays: [], cites: [], genre: 'numbered-policy' as const, measureChapters: [], titles: {},
    };
    const parsed = parseNumberedPolicy(seed, doc, { file: 'm.yaml', lineOf: () => undefined, index: 0 });
    const keys = parsed.entries.map((e) => e.key);
    expect(keys).toContain('doc/1/1/i');
    expect(keys.filter((k) => k.startsWith('doc/1/1/'))).toHaveLength(9);
    expect(parsed.entries.find((e) => e.key === 'doc/1/2')!.blocks).toHaveLength(1);
  });

  it('derives titles for numbered paragraphs', () => {
    expect(excerptTitle('Such support is important.')).toBe('Such support is important');
    expect(excerptTitle('With regard to the harbour and the sea in general, the charter states many things at length here.')).toBe(
      'With regard to the harbour and the sea in general…',
    );
  });
});

describe('glossary and topics', () => {
  it('matches whole words, longest spelling first', () => {
    const matchers = termMatchers([
      { key: 'csirt', term: 'CSIRT', aliases: ['CSIRTs'], expansion: 'e', kind: 'abbreviation', description: 'd' },
      { key: 'it', term: 'IT', aliases: [], expansion: 'e', kind: 'abbreviation', description: 'd' },
    ]);
    expect(findTerms('CSIRTs and IT, not ITS or CSIRTx', matchers).map((h) => h.text)).toEqual(['CSIRTs', 'IT']);
    expect(escapeHtml('R&D "x" <y>')).toBe('R&amp;D &quot;x&quot; &lt;y&gt;');
  });

  it('ranks related entries by shared topics; never self, ancestors or descendants', () => {
    const entries = ['a', 'a/b', 'c', 'd', 'e'].map((key) => ({ key, document: 'doc' }));
    const topics = new Map([['a', ['x', 'y']], ['a/b', ['x', 'y']], ['c', ['x']], ['d', ['x', 'y']], ['e', []]]);
    expect(relatedEntries(entries, topics).get('a')).toEqual(['d', 'c']);
    expect(relatedEntries(entries, topics).get('e')).toEqual([]);
  });

  it('breaks ties by nearness: same document, then distance in reading order, then key', () => {
    // Reading order: p/1 … p/5, then q/1 … q/3; every entry has the same topic.
    const keys = ['p/1', 'p/2', 'p/3', 'p/4', 'p/5', 'q/1', 'q/2', 'q/3'];
    const entries = keys.map((key) => ({ key, document: key.split('/')[0]! }));
    const topics = new Map(keys.map((key) => [key, ['x']]));
    const related = relatedEntries(entries, topics, 4);
    // Equidistant p/2 and p/4: key decides; the nearer other-document entry q/1 comes after all of p.
    expect(related.get('p/3')).toEqual(['p/2', 'p/4', 'p/1', 'p/5']);
    expect(related.get('p/5')).toEqual(['p/4', 'p/3', 'p/2', 'p/1']);
    expect(related.get('q/1')).toEqual(['q/2', 'q/3', 'p/5', 'p/4']);
    expect(relatedEntries(entries, topics, 8).get('p/1')).toEqual(['p/2', 'p/3', 'p/4', 'p/5', 'q/1', 'q/2', 'q/3']);
    // More shared topics still outrank nearness.
    topics.set('q/3', ['x', 'y']);
    topics.set('p/1', ['x', 'y']);
    expect(related.get('p/1')).toEqual(['p/2', 'p/3', 'p/4', 'p/5']);
    expect(relatedEntries(entries, topics, 3).get('p/1')).toEqual(['q/3', 'p/2', 'p/3']);
  });

  it('keeps places for the best entries of other documents, still ranked by shared topics', () => {
    const keys = ['p/1', 'p/2', 'p/3', 'p/4', 'p/5', 'q/1', 'q/2', 'q/3'];
    const entries = keys.map((key) => ({ key, document: key.split('/')[0]! }));
    const topics = new Map(keys.map((key) => [key, ['x']]));
    topics.set('p/2', ['x', 'y']);
    topics.set('p/1', ['x', 'y']);
    const related = relatedAcrossDocuments(entries, topics, 4, 2);
    // Nearness alone gives p/1 only p entries; two places go to the nearest q entries, the weakest p ones out.
    expect(relatedEntries(entries, topics, 4).get('p/1')).toEqual(['p/2', 'p/3', 'p/4', 'p/5']);
    expect(related.get('p/1')).toEqual(['p/2', 'p/3', 'q/1', 'q/2']);
    // An entry that already reaches across keeps its list; one with fewer candidates than places keeps them all.
    expect(related.get('q/1')).toEqual(['q/2', 'q/3', 'p/5', 'p/4']);
    expect(relatedAcrossDocuments(entries, topics, 8, 2).get('p/3')).toEqual(['p/2', 'p/4', 'p/1', 'p/5', 'q/1', 'q/2', 'q/3']);
  });

  it('matches the pairwise definition of related entries on random corpora', () => {
    let state = 12345;
    const random = (n: number): number => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state % n;
    };
    for (let round = 0; round < 60; round++) {
      // Trees of keys in reading order (pre-order), over a few documents, with random topic sets.
      // Few topics make buckets of many entries (found by walking outward), many make small ones (by heap).
      const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f'].slice(0, 2 + (round % 5));
      const entries: { key: string; document: string }[] = [];
      const topics = new Map<string, string[]>();
      for (let d = 0; d < 1 + random(5); d++) {
        const grow = (prefix: string, depth: number): void => {
          for (let i = 1; i <= 1 + random(depth === 0 ? 5 : 3); i++) {
            const key = `${prefix}/${i}`;
            entries.push({ key, document: `doc${d}` });
            topics.set(key, vocabulary.filter(() => random(3) === 0));
            if (depth < 2 && random(2) === 0) grow(key, depth + 1);
          }
        };
        grow(`doc${d}`, 0);
      }
      const limit = 1 + random(8);
      const position = new Map(entries.map((e, i) => [e.key, i]));
      const actual = relatedEntries(entries, topics, limit);
      const actualAcross = relatedEntries(entries, topics, limit, true);
      for (const [p, entry] of entries.entries()) {
        const own = new Set(topics.get(entry.key));
        const ranked = entries
          .filter((o) => o.key !== entry.key && !o.key.startsWith(`${entry.key}/`) && !entry.key.startsWith(`${o.key}/`))
          .map((o) => ({ o, shared: topics.get(o.key)!.filter((t) => own.has(t)).length }))
          .filter((s) => s.shared > 0)
          .sort(
            (x, y) =>
              y.shared - x.shared ||
              Number(y.o.document === entry.document) - Number(x.o.document === entry.document) ||
              Math.abs(position.get(x.o.key)! - p) - Math.abs(position.get(y.o.key)! - p) ||
              (x.o.key < y.o.key ? -1 : 1),
          );
        const expected = ranked.slice(0, limit).map((s) => s.o.key);
        expect(actual.get(entry.key), `${round} ${entry.key}`).toEqual(expected);
        const expectedAcross = ranked.filter((s) => s.o.document !== entry.document).slice(0, limit).map((s) => s.o.key);
        expect(actualAcross.get(entry.key), `${round} ${entry.key} (other documents only)`).toEqual(expectedAcross);
      }
    }
  });
});

describe('html in seed text stays text', () => {
  it('the html-escaping fixture parses back to text, with no HTML node', async () => {
    const { readFileSync } = await import('node:fs');
    const { unified } = await import('unified');
    const { default: remarkParse } = await import('remark-parse');
    const { toString } = await import('mdast-util-to-string');
    const { visit } = await import('unist-util-visit');
    const path = new URL('./fixtures/html-escaping/expected/sections/en/fixture/1.md', import.meta.url);
    const body = readFileSync(path, 'utf8').split(/^---$/m)[2]!;
    const tree = unified().use(remarkParse).parse(body);
    const kinds = new Set<string>();
    const html: string[] = [];
    visit(tree, (node) => {
      kinds.add(node.type);
      if (node.type === 'html') html.push((node as { value: string }).value);
    });
    // The only HTML is the empty comment that keeps `http://example.com` from becoming a GFM autolink.
    expect([...kinds].filter((kind) => kind !== 'html').sort()).toEqual(['paragraph', 'root', 'text']);
    expect(html).toEqual(['<!---->']);
    expect(toString(tree)).toContain('<script>alert(1)</script>');
    expect(toString(tree)).toContain('<img src=x onerror=alert(2)>');
  });
});
