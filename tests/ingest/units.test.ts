import { describe, expect, it } from 'vitest';
import { cleanInline, cleanLines, endsClause, splitBullet } from '../../scripts/ingest/clean-text';
import { IngestError } from '../../scripts/ingest/errors';
import { escapeHtml, findTerms, termMatchers } from '../../scripts/ingest/glossary';
import { EM_CLOSE, EM_OPEN } from '../../scripts/ingest/model';
import { parseNumberedPolicy } from '../../scripts/ingest/parse-numbered-policy';
import { decodeSeed } from '../../scripts/ingest/read-seed';
import { relatedPassages, type RelatedInput } from '../../scripts/ingest/related';
import { chooseRelated } from '../../scripts/ingest/choose-related';
import { resolveTitles } from '../../scripts/ingest/titles';

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

  it('names numbered paragraphs by number and place, never by their words', () => {
    const seed = decodeSeed(bytes(['Cover', '1 Basic Understanding', '(1) Such support is important.', '(a) A sub-point of it.', '(2) Heading of its own'].join('\n')), 'x.txt');
    const doc = {
      key: 'doc', file: 'x.txt', title: 'T', shortTitle: 'T', issuer: 'I', date: '2000-01-01', dateLabel: 'D',
      originalLanguage: 'ja', provisionalTranslation: false, order: 0, strays: [], cites: [], genre: 'numbered-policy' as const, measureChapters: [], titles: {},
    };
    const parsed = parseNumberedPolicy(seed, doc, { file: 'm.yaml', lineOf: () => undefined, index: 0 });
    const titles = resolveTitles(parsed.entries, seed);
    expect(Object.fromEntries(titles)).toEqual({
      'doc/1': { title: 'Basic Understanding', titleSource: 'heading' },
      'doc/1/1': { title: '1 Basic Understanding, (1)', titleSource: 'place' },
      'doc/1/1/a': { title: '1 Basic Understanding, (1), (a)', titleSource: 'place' },
      'doc/1/2': { title: 'Heading of its own', titleSource: 'heading' },
    });
    // The paragraph's words stay its text, not its heading.
    expect(parsed.entries.find((e) => e.key === 'doc/1/1')!.blocks).toHaveLength(1);
  });

  it('shows a manifest title as editorial unless the seed prints it', () => {
    const seed = decodeSeed(bytes(['Cover', '1 Chapter', '(1) First paragraph.', '(2) Second paragraph.', 'Printed Name'].join('\n')), 'x.txt');
    const doc = {
      key: 'doc', file: 'x.txt', title: 'T', shortTitle: 'T', issuer: 'I', date: '2000-01-01', dateLabel: 'D',
      originalLanguage: 'ja', provisionalTranslation: false, order: 0, strays: [], cites: [], genre: 'numbered-policy' as const, measureChapters: [],
      titles: { '1/1': 'Invented Name', '1/2': 'Printed   Name' },
    };
    const parsed = parseNumberedPolicy(seed, doc, { file: 'm.yaml', lineOf: () => undefined, index: 0 });
    const titles = resolveTitles(parsed.entries, seed);
    expect(titles.get('doc/1/1')).toEqual({ title: 'Invented Name', titleSource: 'editorial' });
    expect(titles.get('doc/1/2')).toEqual({ title: 'Printed   Name', titleSource: 'heading' });
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

});

describe('related passages (related.ts, choose-related.ts)', () => {
  const entry = (key: string, text: string, extra: Partial<RelatedInput> = {}): RelatedInput => ({
    key, document: key.split('/')[0]!, text, terms: [], topics: [], broad: false, ...extra,
  });
  const corpus = [
    entry('p/1', 'Address cybercrimes and strengthen police capabilities against criminals', { terms: ['cc'], topics: ['crime'] }),
    entry('p/1/a', 'Police capabilities against criminals in detail'),
    entry('p/2', 'Cloud services for government agencies and the ISMAP scheme', { topics: ['cloud'] }),
    entry('p/3', 'Everything: cybercrimes, police, cloud, government agencies', { broad: true }),
    entry('q/1', 'Support for measures against cybercrimes: training police and criminal investigators', { terms: ['cc'], topics: ['crime'] }),
    entry('q/2', 'Cloud monitoring of government agencies', { topics: ['cloud'] }),
    entry('q/3', 'Unrelated text about tea ceremonies'),
  ];

  it('ranks by text likeness; never itself, an ancestor, a descendant or a broad container; only above the threshold', () => {
    const related = relatedPassages(corpus, new Map([['cc', 'convention on cybercrime']]), { threshold: 0.05 });
    expect(related.get('p/1')!.map((r) => r.key)).toEqual(['q/1']);
    expect(related.get('p/2')!.map((r) => r.key)).toEqual(['q/2']);
    expect(related.get('q/3')).toEqual([]);
    for (const list of related.values()) expect(list.map((r) => r.key)).not.toContain('p/3');
    // The broad container still gets a list of its own.
    expect(related.get('p/3')!.length).toBeGreaterThan(0);
  });

  it('says why: shared terms, the weightiest shared words, shared topics; the score is the same both ways', () => {
    const related = relatedPassages(corpus, new Map(), { threshold: 0.05 });
    const there = related.get('p/1')!.find((r) => r.key === 'q/1')!;
    const back = related.get('q/1')!.find((r) => r.key === 'p/1')!;
    expect(there.terms).toEqual(['cc']);
    expect(there.topics).toEqual(['crime']);
    expect(there.words).toContain('cybercrimes');
    expect(there.score).toBe(back.score);
  });

  it('finds every pair that shares a rare word, whichever side has more words', () => {
    const long = entry('a/1', `${'filler '.repeat(0)}${Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')} zebra`);
    const short = entry('b/1', 'zebra');
    const related = relatedPassages([long, short, entry('c/1', 'word1 word2')], new Map(), { threshold: 0, queryTokens: 2 });
    expect(related.get('a/1')!.map((r) => r.key)).toContain('b/1');
    expect(related.get('b/1')!.map((r) => r.key)).toContain('a/1');
  });

  const rel = (key: string, score: number) => ({ key, score, terms: [], words: [], topics: [] });
  const documentOf = new Map(['p/1', 'p/2', 'p/3', 'p/4', 'q/1', 'q/2'].map((k) => [k, k.split('/')[0]!]));

  it('keeps places for other documents and lists a cross-document relation on both sides', () => {
    const computed = new Map([
      ['p/1', [rel('p/2', 0.9), rel('p/3', 0.8), rel('p/4', 0.7), rel('q/1', 0.2)]],
      ['q/1', [rel('q/2', 0.9)]],
    ]);
    const chosen = chooseRelated(computed, documentOf, [], { limit: 2, across: 1 });
    expect(chosen.get('p/1')!.map((r) => r.key)).toEqual(['p/2', 'q/1']);
    // q/1 did not choose p/1 (its computed list lacks it): nothing to add from its own evidence.
    expect(chosen.get('q/1')!.map((r) => r.key)).toEqual(['q/2']);
    // q/1 prefers p/3, but p/1 chose q/1: q/1 lists p/1 too, from its own evidence, beyond its limit.
    computed.set('q/1', [rel('p/3', 0.5), rel('p/1', 0.2)]);
    expect(chooseRelated(computed, documentOf, [], { limit: 1, across: 1 }).get('q/1')!.map((r) => r.key)).toEqual(['p/3', 'p/1']);
  });

  it('puts editorial relations first on both sides and lets an editor veto a computed one', () => {
    const computed = new Map([['p/1', [rel('q/1', 0.5), rel('q/2', 0.4)]], ['q/1', [rel('p/1', 0.5)]], ['q/2', []]]);
    const chosen = chooseRelated(computed, documentOf, [
      { from: 'q/2', to: 'p/1', kind: 'serves', note: 'an editor says so' },
      { from: 'p/1', to: 'q/1', kind: 'none', note: 'not related' },
    ]);
    expect(chosen.get('p/1')!.map((r) => [r.key, r.editorial?.direction])).toEqual([['q/2', 'to']]);
    expect(chosen.get('q/2')!.map((r) => [r.key, r.editorial?.kind, r.editorial?.direction])).toEqual([['p/1', 'serves', 'from']]);
    expect(chosen.get('q/1')).toEqual([]);
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
