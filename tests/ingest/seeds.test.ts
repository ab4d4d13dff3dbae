import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildContent, type BuildResult } from '../../scripts/ingest/build';
import { collectionSchemas, type CollectionName } from '../../src/schemas/index';
import { contentDir, readIngestTree, readTree, seedsDir } from './helpers';

type Row = [key: string, kind: string, parent: string | null, number: string | null];

/** The strategy's sections and measures in reading order: [key, kind or "measure", parent, number]. */
const STRATEGY: Row[] = [
  ['introduction', 'other', null, null],
  ['direction-1', 'direction', null, '(1)'],
  ['direction-1/issues', 'issues', 'direction-1', null],
  ['direction-1/measures', 'measures-group', 'direction-1', null],
  ['direction-1/measures/1', 'measure', 'direction-1/measures', '(1)'],
  ['direction-1/measures/2', 'measure', 'direction-1/measures', '(2)'],
  ['direction-1/measures/3', 'measure', 'direction-1/measures', '(3)'],
  ['direction-1/measures/4', 'measure', 'direction-1/measures', '(4)'],
  ['direction-2', 'direction', null, '(2)'],
  ['direction-2/issues', 'issues', 'direction-2', null],
  ['direction-2/measures-1', 'measures-group', 'direction-2', '(1)'],
  ['direction-2/measures-1/1', 'measure', 'direction-2/measures-1', '(1)'],
  ['direction-2/measures-1/2', 'measure', 'direction-2/measures-1', '(2)'],
  ['direction-2/measures-1/3', 'measure', 'direction-2/measures-1', '(3)'],
  ['direction-2/measures-1/4', 'measure', 'direction-2/measures-1', '(4)'],
  ['direction-2/measures-1/5', 'measure', 'direction-2/measures-1', '(5)'],
  ['direction-2/measures-2', 'measure', 'direction-2', '(2)'],
  ['direction-2/measures-3', 'measures-group', 'direction-2', '(3)'],
  ['direction-2/measures-3/1', 'measure', 'direction-2/measures-3', '(1)'],
  ['direction-2/measures-3/2', 'measure', 'direction-2/measures-3', '(2)'],
  ['direction-2/measures-3/3', 'measure', 'direction-2/measures-3', '(3)'],
  ['direction-2/measures-4', 'measure', 'direction-2', '(4)'],
  ['direction-3', 'direction', null, '(3)'],
  ['direction-3/issues', 'issues', 'direction-3', null],
  ['direction-3/measures', 'measures-group', 'direction-3', null],
  ['direction-3/measures/1', 'measure', 'direction-3/measures', '(1)'],
  ['direction-3/measures/2', 'measure', 'direction-3/measures', '(2)'],
  ['direction-3/measures/3', 'measure', 'direction-3/measures', '(3)'],
  ['cross-cutting', 'chapter', null, null],
  ['cross-cutting/1', 'approach', 'cross-cutting', '1.'],
  ['cross-cutting/1/1', 'measure', 'cross-cutting/1', '(1)'],
  ['cross-cutting/1/2', 'measure', 'cross-cutting/1', '(2)'],
  ['cross-cutting/1/3', 'measure', 'cross-cutting/1', '(3)'],
  ['cross-cutting/2', 'approach', 'cross-cutting', '2.'],
  ['cross-cutting/2/1', 'measure', 'cross-cutting/2', '(1)'],
  ['cross-cutting/2/2', 'measure', 'cross-cutting/2', '(2)'],
  ['cross-cutting/2/3', 'measure', 'cross-cutting/2', '(3)'],
  ['cross-cutting/3', 'measure', 'cross-cutting', '3.'],
  ['implementation-framework', 'framework', null, null],
  ['outline', 'outline', null, null],
  ['cybersecurity-for-all', 'other', null, null],
];

/** The capacity-building policy's sections and measures in reading order. */
const POLICY: Row[] = [
  ['1', 'chapter', null, '1'],
  ['1/1', 'subsection', '1', '(1)'],
  ['1/2', 'subsection', '1', '(2)'],
  ['1/3', 'subsection', '1', '(3)'],
  ['2', 'chapter', null, '2'],
  ['2/1', 'measure', '2', '(1)'],
  ['2/1/a', 'measure', '2/1', '(a)'],
  ['2/1/b', 'measure', '2/1', '(b)'],
  ['2/2', 'measure', '2', '(2)'],
  ['2/3', 'measure', '2', '(3)'],
  ['2/4', 'measure', '2', '(4)'],
  ['closing-statement', 'other', null, null],
];

const SEEDS = {
  'strategy-2021': 'cybersecurity-strategy-2021-overview.txt',
  'capacity-building-2021': 'capacity-building-basic-policy-2021.txt',
} as const;

interface Entry {
  collection: CollectionName;
  data: Record<string, any>;
  body: string;
}

let result: BuildResult;
let entries: Entry[];

beforeAll(async () => {
  result = await buildContent(seedsDir);
  entries = [...result.files].map(([path, text]) => {
    const parsed = matter(text);
    return { collection: path.split('/')[0] as CollectionName, data: parsed.data, body: parsed.content };
  });
});

const placed = (doc: string): Entry[] =>
  entries
    .filter((e) => (e.collection === 'sections' || e.collection === 'measures') && e.data.document === doc)
    .sort((a, b) => a.data.order - b.data.order);

describe('real seeds end to end', () => {
  it('counts', () => {
    expect(result.counts).toEqual({ documents: 2, sections: 23, measures: 30, glossary: expect.any(Number), topics: expect.any(Number) });
    expect(result.counts.glossary).toBeGreaterThanOrEqual(45);
    expect(result.counts.topics).toBeGreaterThanOrEqual(12);
  });

  for (const [doc, rows] of [['strategy-2021', STRATEGY], ['capacity-building-2021', POLICY]] as const) {
    it(`${doc}: the tree of sections and measures, in reading order`, () => {
      const actual: Row[] = placed(doc).map(({ data }) => [
        data.key.slice(doc.length + 1),
        data.type === 'measure' ? 'measure' : data.kind,
        data.parent ? data.parent.slice(doc.length + 1) : null,
        data.number ?? null,
      ]);
      expect(actual).toEqual(rows);
      expect(placed(doc).map((e) => e.data.order)).toEqual(rows.map((_, i) => i));
    });
  }

  it('measure frontmatter: direction, group, actors', () => {
    const measure = (key: string) => entries.find((e) => e.data.key === key)!.data;
    expect(measure('strategy-2021/direction-1/measures/1')).toMatchObject({ direction: 'strategy-2021/direction-1', group: 'strategy-2021/direction-1/measures' });
    expect(measure('strategy-2021/direction-2/measures-2')).toMatchObject({ direction: 'strategy-2021/direction-2', title: 'Ensuring cybersecurity integral with digital transformation (led by the Digital Agency)' });
    expect(measure('strategy-2021/direction-2/measures-2').group).toBeUndefined();
    expect(measure('strategy-2021/cross-cutting/1/2')).toMatchObject({ direction: 'strategy-2021/cross-cutting', group: 'strategy-2021/cross-cutting/1', title: 'Advance practical R&D' });
    expect(measure('capacity-building-2021/2/1/a')).toMatchObject({ direction: 'capacity-building-2021/2', group: 'capacity-building-2021/2/1', title: 'ASEAN region' });
    expect(measure('strategy-2021/direction-1/measures/2').actors).toEqual(expect.arrayContaining(['smes', 'local-governments']));
    expect(measure('strategy-2021/direction-3/measures/2').actors).toContain('defense');
    expect(measure('capacity-building-2021/2/2').actors).toContain('law-enforcement');
    expect(measure('strategy-2021/direction-2/measures-1/3').actors).toContain('law-enforcement');
    expect(measure('strategy-2021/direction-2/measures-3/3').actors).toEqual(['universities-research']);
    // Keyword table fixes: ministries and agencies named by name, "private-sector", "public-private", "industries".
    expect(measure('capacity-building-2021/2/1/b').actors).toContain('government');
    expect(measure('strategy-2021/direction-2/measures-1/5').actors).toContain('government');
    for (const key of ['strategy-2021/cross-cutting/1/2', 'strategy-2021/direction-2/measures-1/2', 'strategy-2021/direction-2/measures-1/4']) {
      expect(measure(key).actors, key).toContain('businesses');
    }
    // "international competitiveness" and "international submarine cables" involve no international partner;
    // a "government-industry-academia ecosystem" involves the government.
    expect(measure('strategy-2021/cross-cutting/1/1').actors).toEqual(['government', 'businesses', 'universities-research']);
    expect(measure('strategy-2021/direction-2/measures-1/5').actors).not.toContain('international-partners');
  });

  it('the closing block is a section of its own, not the tail of the last measure', () => {
    const entry = (key: string) => entries.find((e) => e.data.key === key)!;
    const closing = entry('capacity-building-2021/closing-statement');
    const last = entry('capacity-building-2021/2/4');
    expect(closing.collection).toBe('sections');
    expect(closing.data).toMatchObject({
      title: 'Closing statement',
      kind: 'other',
      depth: 1,
      source: { file: SEEDS['capacity-building-2021'], startLine: 83, endLine: 85 },
    });
    expect(closing.data.parent).toBeUndefined();
    expect(closing.data.number).toBeUndefined();
    expect(markdownText(closing.body).trim()).toBe(
      'Under this basic policy, the Cabinet Secretariat will lead nationwide efforts based on close collaboration between relevant ministries and the public and private sectors, using various policy means, and actively support developing countries in building capacity in the cybersecurity field. (End)',
    );
    expect(last.data.source).toMatchObject({ startLine: 77, endLine: 81 });
    expect(last.body).not.toContain('Under this basic policy');
    expect(last.body).not.toContain('(End)');
    // Topics, glossary mentions and related entries are computed as for any section.
    expect(closing.data.topics).toEqual(['public-private-collaboration', 'capacity-building']);
    expect(closing.data.terms).toEqual(['cabinet-secretariat']);
    expect(last.data.terms).not.toContain('cabinet-secretariat');
    expect(closing.body.match(/href="\/en\/glossary\/#cabinet-secretariat"/g)).toHaveLength(1);
    const secretariat = entries.find((e) => e.collection === 'glossary' && e.data.key === 'cabinet-secretariat')!.data;
    expect(secretariat.mentions).toEqual([{ entry: 'capacity-building-2021/closing-statement', line: 83 }]);
    const topic = (key: string) => entries.find((e) => e.collection === 'topics' && e.data.key === key)!.data.entries;
    expect(topic('capacity-building')).toContain('capacity-building-2021/closing-statement');
    // The passages whose text is most alike (nationwide effort, public and private sectors, capacity
    // building), the strategy's among them; no broad container.
    expect(closing.data.related.map((r: { key: string }) => r.key)).toEqual([
      'capacity-building-2021/1/3',
      'capacity-building-2021/1/1',
      'strategy-2021/direction-3/measures/3',
      'strategy-2021/cross-cutting/2',
      'capacity-building-2021/2/1/a',
      'capacity-building-2021/2/1',
    ]);
    expect(closing.data.related[0]).toMatchObject({ topics: ['public-private-collaboration', 'capacity-building'] });
  });

  it('keeps true source ranges when the manifest reorders out-of-order slides', () => {
    const source = (key: string) => entries.find((e) => e.data.key === key)!.data.source;
    expect(source('strategy-2021/cross-cutting/1/1')).toMatchObject({ startLine: 183, endLine: 185 });
    expect(source('strategy-2021/cross-cutting/1/2')).toMatchObject({ startLine: 177, endLine: 182 });
    expect(source('strategy-2021/direction-3')).toMatchObject({ startLine: 133, endLine: 133 });
  });

  it('splits a title merged with its body', () => {
    const one = entries.find((e) => e.data.key === 'strategy-2021/cross-cutting/1/1')!;
    expect(one.data.title).toBe('Strengthen international competitiveness');
    expect(one.body.trim().split('\n')[0]).toBe('Build a government-industry-academia ecosystem');
    const three = entries.find((e) => e.data.key === 'strategy-2021/cross-cutting/3')!;
    expect(three.data.title).toBe('Collaboration based on full participation and awareness raising');
    expect(three.body).toContain('Improve and review action plans');
  });

  it('citations between the documents', () => {
    const data = (key: string) => entries.find((e) => e.data.key === key)!.data;
    expect(data('strategy-2021').cites).toEqual(['capacity-building-2021']);
    expect(data('capacity-building-2021').cites).toEqual(['strategy-2021']);
    expect(data('strategy-2021/direction-3/measures/3').cites).toEqual(['capacity-building-2021']);
    // The policy names the part it cites ("with regard to capacity building support"): the citation and the
    // mark of the term naming the strategy lead to that part of the reading edition.
    expect(data('capacity-building-2021/1/1').cites).toEqual(['strategy-2021/direction-3/measures/3']);
    const body = (key: string) => entries.find((e) => e.data.key === key)!.body;
    expect(body('capacity-building-2021/1/1')).toContain('<a class="term cite" href="/en/documents/strategy-2021/#strategy-2021-direction-3-measures-3">');
    expect(body('strategy-2021/direction-3/measures/3')).toContain('<a class="term cite" href="/en/documents/capacity-building-2021/">');
    // Each glossary term naming a document of the edition says which.
    expect(data('cybersecurity-strategy-2021').document).toBe('strategy-2021');
    expect(data('basic-policy-capacity-building').document).toBe('capacity-building-2021');
    expect(data('capacity-building-2021').mapsOnto).toBe('strategy-2021');
    expect(data('strategy-2021').mapsOnto).toBeUndefined();
  });

  it('glossary: every term is mentioned, with entry and line; the first mention is marked', () => {
    const terms = entries.filter((e) => e.collection === 'glossary');
    const keys = new Set(entries.map((e) => e.data.key));
    for (const term of terms) {
      expect(term.data.mentions.length, term.data.key).toBeGreaterThan(0);
      for (const mention of term.data.mentions) expect(keys.has(mention.entry), mention.entry).toBe(true);
    }
    const nisc = terms.find((t) => t.data.key === 'nisc')!.data;
    expect(nisc.mentions).toEqual(expect.arrayContaining([{ entry: 'strategy-2021', line: 6 }, { entry: 'strategy-2021/implementation-framework', line: 222 }]));
    const framework = entries.find((e) => e.data.key === 'strategy-2021/implementation-framework')!;
    expect(framework.data.terms).toContain('nisc');
    expect(framework.body).toContain('<a class="term" href="/en/glossary/#nisc"><abbr title="National center of Incident readiness and Strategy for Cybersecurity">NISC</abbr></a>');
    expect(framework.body.match(/href="\/en\/glossary\/#nisc"/g)).toHaveLength(1);
    // A term broken over two seed lines by the PDF is found on the line where it starts.
    const foip = terms.find((t) => t.data.key === 'free-and-open-indo-pacific')!.data;
    expect(foip.mentions).toEqual([{ entry: 'capacity-building-2021/1/2', line: 25 }]);
  });

  it('glossary expansions are the ones the texts give, where they expand a term as "Name (TERM)"', () => {
    const text = Object.values(SEEDS).map((f) => readFileSync(join(seedsDir, f), 'utf8').replace(/\s+/g, ' ')).join(' ');
    const checked: string[] = [];
    for (const term of entries.filter((e) => e.collection === 'glossary')) {
      const { term: name, expansion } = term.data;
      for (const match of text.matchAll(new RegExp(`\\(${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)`, 'g'))) {
        const before = text.slice(Math.max(0, match.index - 200), match.index).trimEnd();
        if (/^[A-Z]/.test(name) && name === name.toUpperCase() || name === 'DX') {
          expect(before.endsWith(expansion), `${name}: "${expansion}" vs "…${before.slice(-80)}"`).toBe(true);
          checked.push(name);
        }
      }
    }
    expect(checked).toEqual(expect.arrayContaining(['NISC', 'AJCCBC', 'IPA', 'JICA', 'METI', 'UNODC', 'UNAFEI', 'OEWG', 'GGE', 'ARF', 'DFFT', 'SDF', 'DX']));
  });

  it('topics and related entries', () => {
    const topics = entries.filter((e) => e.collection === 'topics');
    const order = new Map(
      ['strategy-2021', 'capacity-building-2021'].flatMap((doc, d) => placed(doc).map((e) => [e.data.key, d * 1000 + e.data.order] as const)),
    );
    for (const topic of topics) {
      const positions = topic.data.entries.map((k: string) => order.get(k));
      expect(positions, topic.data.key).toEqual([...positions].sort((a, b) => a - b));
    }
    const ci = topics.find((t) => t.data.key === 'critical-infrastructure')!.data.entries;
    expect(ci).toEqual(expect.arrayContaining(['strategy-2021/direction-2/measures-3/2', 'capacity-building-2021/2/1']));
    for (const entry of [...placed('strategy-2021'), ...placed('capacity-building-2021')]) {
      const { key } = entry.data;
      const related = entry.data.related.map((r: { key: string }) => r.key);
      // 6, plus up to 3 cross-document relations the other side chose, plus the editorial ones.
      expect(related.length).toBeLessThanOrEqual(10);
      for (const other of related) {
        expect(other).not.toBe(key);
        expect(other.startsWith(`${key}/`) || key.startsWith(`${other}/`)).toBe(false);
      }
    }
    const rel = entries.find((e) => e.data.key === 'capacity-building-2021/2/2')!.data.related;
    expect(rel.some((r: { key: string }) => r.key.startsWith('strategy-2021/'))).toBe(true);
  });

  it('every file has valid frontmatter for its collection', () => {
    for (const [path, text] of result.files) {
      const collection = path.split('/')[0] as CollectionName;
      const parsed = matter(text);
      const check = collectionSchemas[collection].safeParse(parsed.data);
      expect(check.success, `${path}: ${check.error?.message}`).toBe(true);
      expect(parsed.data.lang).toBe('en');
      expect(parsed.data.generated).toBe(true);
    }
  });

  it('committed content/ equals what the seeds produce', () => {
    const committed = readTree(contentDir);
    for (const [path, text] of result.files) expect(committed.get(path)?.toString('utf8'), path).toBe(text);
  });

  it('no extraction artifact survives anywhere in content/', () => {
    for (const [path, bytes] of readIngestTree(contentDir)) {
      const text = bytes.toString('utf8');
      for (const artifact of ['\\rightarrow', '\\square', '<u>', '</u>', '<three', '</three>', 'ſ', '\u0001', '\u0002']) {
        expect(text.includes(artifact), `${artifact} in ${path}`).toBe(false);
      }
      expect(/[\uE000-\uF8FF]/.test(text), `private-use glyph in ${path}`).toBe(false);
      // The only raw HTML is the glossary mark (class "term cite" when it leads to a cited document).
      const tags = text.replace(/<a class="term(?: cite)?" href="[^"]+"><abbr title="[^"]*">[^<]*<\/abbr><\/a>/g, '').match(/(?<!\\)<\/?[A-Za-z][^>]*>/g);
      expect(tags, path).toBeNull();
    }
  });

  for (const [doc, file] of Object.entries(SEEDS)) {
    it(`${doc}: every sentence and every word of the seed is in the collections`, () => {
      const docEntries = [entries.find((e) => e.collection === 'documents' && e.data.key === doc)!, ...placed(doc)];
      const haystack = normalise(
        docEntries.map((e) => [e.data.number ?? '', e.data.type === 'document' ? '' : e.data.title, markdownText(e.body)].join(' ')).join(' '),
      );
      const words = new Set(haystack.split(' '));
      // A numbered heading line is split into number, title and body, so it is checked word by word; every
      // other line (unnumbered headings, a closing block's first line) sentence by sentence too.
      const headingLines = new Set(placed(doc).filter((e) => e.data.number !== undefined).map((e) => e.data.source.startLine as number));
      const strays = new Set(['~', 'Mediu', 'ſ', 'Y', 'ity', 'ent to ensure "a free, fair and secure cyberspace"']);
      const lines = readFileSync(join(seedsDir, file), 'utf8').split('\n');
      const missingSentences: string[] = [];
      const missingWords: string[] = [];
      lines.forEach((raw, i) => {
        if (raw.includes('\t')) {
          // Flattened table: cells are reordered, so words (minus declared strays) are checked.
          for (const cell of raw.split('\t').map((c) => removeArtifacts(c).trim())) {
            if (!cell || strays.has(cell)) continue;
            for (const word of cell.split(/\s+/)) if (!words.has(word)) missingWords.push(`${i + 1}: ${word}`);
          }
          return;
        }
        const text = normalise(removeArtifacts(raw)).replace(/^(?:[-*•] )/, '');
        if (!text || /^\d{1,3}$/.test(text)) return;
        for (const word of text.split(' ')) if (!words.has(word)) missingWords.push(`${i + 1}: ${word}`);
        if (headingLines.has(i + 1)) return;
        for (const sentence of text.split(/(?<=[.!?])\s+/)) {
          if (!haystack.includes(sentence)) missingSentences.push(`${i + 1}: ${sentence}`);
        }
      });
      expect(missingWords).toEqual([]);
      expect(missingSentences).toEqual([]);
    });
  }

  it('keeps the source typos and unbalanced quotation marks', () => {
    const all = entries.map((e) => e.body).join('\n');
    for (const typo of ['an realm', 'etc..', 'have been conducted by many ministries', 'ensure "a free, fair and secure cyberspace\n']) {
      expect(all.includes(typo), typo).toBe(true);
    }
  });
});

/** The visible text of a Markdown body: parsed (escapes resolved), raw HTML tags dropped, blocks joined by spaces. */
function markdownText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  const parts: string[] = [];
  const walk = (node: Nodes): void => {
    if (node.type === 'html') return;
    if (node.type === 'break') parts.push(' ');
    if ('value' in node && typeof node.value === 'string') parts.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child);
    if (node.type === 'paragraph' || node.type === 'listItem') parts.push(' ');
  };
  walk(tree);
  return parts.join('');
}

/** An independent, minimal artifact removal for the fidelity check (not the ingest's own code). */
function removeArtifacts(text: string): string {
  return text
    .replaceAll('\\rightarrow', '→')
    .replaceAll('\\square', '')
    .replace(/<\/?u>/g, '')
    .replace('<three directions="">', '<Three directions>')
    .replace('</three>', '');
}

function normalise(text: string): string {
  return text.replace(/\s*→\s*/g, ' → ').replace(/\s+/g, ' ').trim();
}
