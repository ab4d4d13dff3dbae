/** The citation modules on their own: location paths, records, readable citations, JSON-LD, edition, formats. */
import { describe, expect, it } from 'vitest';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { parse as parseRis } from 'astrocite-ris';
import { useTranslations } from '../../src/i18n';
import { locationPath } from '../../src/lib/citation/locationPath';
import { citationRecord, cslDate, type CitationInput } from '../../src/lib/citation/citationRecord';
import { citationText, readableCitation } from '../../src/lib/citation/readableCitation';
import { jsonLd, serializeJsonLd } from '../../src/lib/citation/jsonLd';
import { bibtexKey, toBibtex, toRis } from '../../src/lib/citation/citationFormats';
import { readEdition } from '../../src/lib/edition';
import { extractionMarks, splitLines } from '../../src/lib/sourceText';

const en = useTranslations('en');
const ja = useTranslations('ja');

const input = (overrides: Partial<CitationInput> = {}): CitationInput => ({
  key: 'doc/direction-2/measures-1/4',
  document: {
    title: 'A Policy (Provisional Translation)', originalTitle: '方針', originalLanguage: 'ja', issuer: 'Some Headquarters',
    date: '2021-12-14', provisionalTranslation: true, translationUrl: 'https://www.example.go.jp/policy-en.pdf', originalUrl: 'https://www.example.go.jp/policy.pdf',
  },
  part: { title: '(4) Deploy <defence> & more', path: 'Direction (2) › Specific measures (1) › (4)' },
  textLang: 'en',
  url: 'https://edition.example/en/measures/doc/direction-2/measures-1/4/',
  source: { file: 'doc.txt', startLine: 37, endLine: 44, url: 'https://edition.example/en/sources/doc/#L37-L44' },
  edition: { version: '1.2.0', date: '2027-01-15' },
  siteTitle: 'The Edition',
  ...overrides,
});

describe('locationPath', () => {
  const steps = [
    { kind: 'direction', kindLabel: 'Direction', number: '(2)', title: 'Realizing a Digital Society' },
    { kind: 'measures-group', kindLabel: 'Key actions', number: '(1)', title: 'Providing an environment' },
    { kind: 'measure', kindLabel: 'Measure', number: '(4)', title: 'Deploy comprehensive cyber defense' },
  ] as const;
  it('names directions and groups by their kind label and number, other steps by number', () => {
    expect(locationPath(steps, en)).toBe('Direction (2) › Key actions (1) › (4)');
  });
  it('joins the steps as Japanese pages do', () => {
    const japanese = steps.map((step, i) => ({ ...step, kindLabel: ['方向性', '施策群', '施策'][i]! }));
    expect(locationPath(japanese, ja)).toBe('方向性(2) › 施策群(1) › (4)');
  });
  it('falls back to the title of unnumbered steps, and to the kind label of an unnumbered group', () => {
    expect(locationPath([{ kind: 'chapter', kindLabel: 'Chapter', title: 'Cross-Cutting Approaches' }, { kind: 'measures-group', kindLabel: 'Key actions', title: 'x' }], en)).toBe('Cross-Cutting Approaches › Key actions');
  });
});

describe('citationRecord', () => {
  it('carries the document, place, edition, provisional translation and official URLs', () => {
    const record = citationRecord(input(), en);
    expect(record).toMatchObject({
      id: 'doc/direction-2/measures-1/4', type: 'chapter', title: '(4) Deploy <defence> & more', 'container-title': 'A Policy (Provisional Translation)',
      section: 'Direction (2) › Specific measures (1) › (4)', author: [{ literal: 'Some Headquarters' }], publisher: 'Some Headquarters',
      issued: { 'date-parts': [[2021, 12, 14]] }, version: '1.2.0', 'original-title': '方針', language: 'en',
      custom: { editionVersion: '1.2.0', editionDate: '2027-01-15', provisionalTranslation: true, officialUrl: 'https://www.example.go.jp/policy-en.pdf', originalUrl: 'https://www.example.go.jp/policy.pdf' },
    });
    expect(record.note.split('\n')).toEqual([
      'Provisional translation.',
      'The Edition, version 1.2.0 (2027-01-15).',
      'Official publication: https://www.example.go.jp/policy-en.pdf',
      'Japanese original: https://www.example.go.jp/policy.pdf',
      'Source text: doc.txt, lines 37–44: https://edition.example/en/sources/doc/#L37-L44',
    ]);
  });
  it('makes a whole document a report without container or place, and says nothing it does not know', () => {
    const record = citationRecord(input({ key: 'doc', part: undefined, document: { title: 'T', originalTitle: 'T', originalLanguage: 'ja', issuer: 'I', date: '2021-09-28', provisionalTranslation: false } }), en);
    expect(record.type).toBe('report');
    expect(record).not.toHaveProperty('container-title');
    expect(record).not.toHaveProperty('section');
    expect(record).not.toHaveProperty('original-title');
    expect(record.custom).not.toHaveProperty('officialUrl');
    expect(record.note).not.toContain('Provisional');
  });
  it('rejects a date that is not ISO', () => expect(() => cslDate('28 Sep 2021')).toThrow(/ISO date/));
});

describe('readableCitation', () => {
  it('follows English conventions', () => {
    const record = citationRecord(input(), en);
    expect(citationText(readableCitation(record, 'en', en))).toBe(
      "Some Headquarters. “(4) Deploy <defence> & more.” In A Policy (Provisional Translation), Direction (2) › Specific measures (1) › (4). December 14, 2021. Provisional translation. Japan's Cybersecurity Policy: Public Edition, version 1.2.0 (January 15, 2027). https://edition.example/en/measures/doc/direction-2/measures-1/4/ Official source: https://www.example.go.jp/policy-en.pdf",
    );
    expect(readableCitation(record, 'en', en).filter((s) => s.cite).map((s) => s.text)).toEqual(['A Policy (Provisional Translation)']);
  });
  it('follows Japanese conventions (「」『』、。年月日) and marks an English title', () => {
    const record = citationRecord(input(), ja);
    const segments = readableCitation(record, 'ja', ja);
    // The place is the record's (written in the page language when the site builds it); the site's name is the page's.
    expect(citationText(segments)).toBe(
      'Some Headquarters「(4) Deploy <defence> & more」『A Policy (Provisional Translation)』Direction (2) › Specific measures (1) › (4)、2021年12月14日。仮訳。日本のサイバーセキュリティ政策 公開版（バージョン1.2.0、2027年1月15日）。https://edition.example/en/measures/doc/direction-2/measures-1/4/（公式資料：https://www.example.go.jp/policy-en.pdf）',
    );
    expect(segments.find((s) => s.text.startsWith('(4)'))?.lang).toBe('en');
  });
});

describe('JSON-LD', () => {
  it('describes a part of a document, and cannot close its script element', () => {
    const doc = citationRecord(input({ key: 'doc', part: undefined }), en);
    const node = jsonLd(citationRecord(input(), en), doc);
    expect(node).toMatchObject({
      '@type': 'CreativeWork', identifier: 'doc/direction-2/measures-1/4', inLanguage: 'en', datePublished: '2021-12-14', version: '1.2.0',
      publisher: { '@type': 'Organization', name: 'Some Headquarters' }, creativeWorkStatus: 'Provisional translation',
      isPartOf: { '@type': 'Report', identifier: 'doc', isBasedOn: 'https://www.example.go.jp/policy-en.pdf', translationOfWork: { name: '方針', inLanguage: 'ja', url: 'https://www.example.go.jp/policy.pdf' } },
    });
    const json = serializeJsonLd({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});

describe('formats', () => {
  it('BibTeX keys keep only letters and digits', () => expect(bibtexKey('capacity-building-2021/2/1/a')).toBe('capacity_building_2021_2_1_a'));
  it('BibTeX escapes what LaTeX would read as markup, and parses back', () => {
    const record = citationRecord(input({ part: { title: '50% of {braces} & $money_x #1', path: 'A › B' } }), en);
    const { entries, errors } = parseBibtex(toBibtex(record));
    expect(errors).toEqual([]);
    expect(entries[0]?.fields.title).toBe('50% of {braces} & $money_x #1');
  });
  it('RIS keeps long values on one line and the full date', () => {
    const longTitle = 'word '.repeat(40).trim();
    const text = toRis(citationRecord(input({ part: { title: longTitle, path: 'A' } }), en));
    expect(text.split('\r\n').filter((line) => line.startsWith('TI  - '))).toEqual([`TI  - ${longTitle}`]);
    expect(parseRis(text)[0]).toMatchObject({ title: longTitle, issued: { 'date-parts': [['2021', '12', '14']] } });
  });
});

describe('edition', () => {
  it('reads version and date from package.json fields', () => expect(readEdition({ version: '0.3.1', editionDate: '2027-02-01' })).toEqual({ version: '0.3.1', date: '2027-02-01' }));
  it('names the field to fix', () => {
    expect(() => readEdition({ version: '0.3.1' })).toThrow(/package\.json: "editionDate"/);
    expect(() => readEdition({ version: 'one', editionDate: '2027-02-01' })).toThrow(/"version": package\.json "version" must be a semantic version/);
  });
});

describe('source text', () => {
  it('numbers lines as ingest does and counts what the extraction left', () => {
    const lines = splitLines('\uFEFFa \\rightarrow b\r\n<u>x</u>\n\n\uE001\n');
    expect(lines).toEqual(['a \\rightarrow b', '<u>x</u>', '', '\uE001']);
    expect(extractionMarks(lines)).toEqual({ latexCommands: 1, underlineTags: 2, decorationGlyphs: 1, blankLines: 1 });
  });
});
