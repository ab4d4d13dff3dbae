import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../src/lib/plainText';
import { buildMeasureRecords } from '../../src/lib/map/measureRecords';
import { csvField, measuresToCsv, toCsv, utf8Bom } from '../../src/lib/map/measuresToCsv';
import { measureJson, measuresJson } from '../../src/lib/map/measuresJson';
import { parseCsv } from './parseCsv';
import { measure, measures, section, sections } from './synthetic';

describe('markdownToPlainText', () => {
  it('reduces glossary marks to their text and keeps paragraphs apart', () => {
    const md =
      'Initiatives include the Centre (<a class="term" href="/en/glossary/#ajccbc"><abbr title="ASEAN-Japan Cybersecurity Capacity Building Centre">AJCCBC</abbr></a>).\n\nA *second* paragraph.';
    expect(markdownToPlainText(md)).toBe('Initiatives include the Centre (AJCCBC).\n\nA second paragraph.');
  });

  it('writes lists as bullets, nested ones indented, and resolves escapes', () => {
    const md = '- Supply chains: Industry\\-led consortium\n- Increasing defense capabilities\n  - Fundamentally strengthen \\<cyber\\> defense & more\n';
    expect(markdownToPlainText(md)).toBe(
      '• Supply chains: Industry-led consortium\n• Increasing defense capabilities\n  • Fundamentally strengthen <cyber> defense & more',
    );
  });

  it('joins soft line breaks inside a paragraph with a space', () => {
    expect(markdownToPlainText('take practical actions, and\nfurther understanding')).toBe('take practical actions, and further understanding');
  });

  it('returns an empty string for an empty body', () => {
    expect(markdownToPlainText('')).toBe('');
  });
});

describe('csv', () => {
  it('quotes only fields that need it, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12)).toBe('12');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], ['c', 'd']])).toBe('a,b\r\nc,d\r\n');
  });

  it('round-trips through a parser', () => {
    const rows = [['key', 'text'], ['x', 'line one\nline "two", with comma'], ['y', '日本語']];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
  });
});

describe('measure records', () => {
  const bodies: Record<string, string> = {
    'strategy-2021/direction-1/measures/1': '→Visualize and incentivize initiatives (<a class="term" href="/en/glossary/#nisc"><abbr title="x">NISC</abbr></a>).',
  };
  const input = {
    measures: [
      ...measures.map((data) => ({ data, body: bodies[data.key] ?? '' })),
      { data: { ...measure({ key: 'strategy-2021/direction-1/measures/1', title: '経営層の意識改革', direction: 'strategy-2021/direction-1', order: 3 }), lang: 'ja' as const }, body: '日本語' },
    ],
    sections,
    documents: [
      { key: 'capacity-building-2021', lang: 'en' as const, title: 'Basic Policy', order: 1 },
      { key: 'strategy-2021', lang: 'en' as const, title: 'Strategy', order: 0 },
    ],
    site: 'https://example.org',
  };
  const records = buildMeasureRecords(input);

  it('publishes every English measure once, by document order then reading order', () => {
    expect(records.map((r) => r.key)).toEqual(
      [...measures]
        .sort((a, b) => (a.document === b.document ? a.order - b.order : a.document === 'strategy-2021' ? -1 : 1))
        .map((m) => m.key),
    );
    expect(records.every((r) => r.title !== '経営層の意識改革')).toBe(true);
  });

  it('fills titles, plain text, source and absolute URLs', () => {
    const r = records[0]!;
    expect(r).toMatchObject({
      key: 'strategy-2021/direction-1/measures/1',
      document: 'strategy-2021',
      documentTitle: 'Strategy',
      number: '(1)',
      directionTitle: 'Advance cybersecurity in parallel with digitalization',
      group: 'strategy-2021/direction-1/measures',
      groupTitle: 'Specific measures',
      text: '→Visualize and incentivize initiatives (NISC).',
      source: { file: 'seed.txt', startLine: 1, endLine: 2 },
      url: 'https://example.org/en/measures/strategy-2021/direction-1/measures/1/',
      dataUrl: 'https://example.org/data/measures/strategy-2021/direction-1/measures/1.json',
    });
    const noGroup = records.find((x) => x.key === 'capacity-building-2021/2/2');
    expect(noGroup?.group).toBeNull();
    expect(noGroup?.groupTitle).toBeNull();
  });

  it('gives byte-identical output whatever the input order', () => {
    const reversed = buildMeasureRecords({ ...input, measures: [...input.measures].reverse(), sections: [...sections].reverse() });
    expect(measuresJson(reversed)).toBe(measuresJson(records));
    expect(measuresToCsv(reversed)).toBe(measuresToCsv(records));
  });

  it('writes the JSON with a header and the same objects per measure', () => {
    const all = JSON.parse(measuresJson(records));
    expect(all).toMatchObject({ version: 1, language: 'en', count: records.length });
    expect(all.documents.map((d: { key: string }) => d.key)).toEqual(['strategy-2021', 'capacity-building-2021']);
    expect(JSON.parse(measureJson(records[3]!))).toEqual(all.measures[3]);
  });

  it('writes the CSV with a BOM, a header and one row per measure, lists joined with ";"', () => {
    const csv = measuresToCsv(records);
    expect(csv.startsWith(utf8Bom)).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]?.slice(0, 4)).toEqual(['key', 'document', 'number', 'title']);
    expect(rows).toHaveLength(records.length + 1);
    const header = rows[0]!;
    const row = rows.find((r) => r[0] === 'capacity-building-2021/2/1/a')!;
    expect(row[header.indexOf('topics')]).toBe('asean;capacity-building');
    expect(row[header.indexOf('related')]).toBe('strategy-2021/direction-3/measures/3/c');
  });

  it('uses root-relative URLs without a site', () => {
    const [first] = buildMeasureRecords({ ...input, site: undefined });
    expect(first?.url).toBe('/en/measures/strategy-2021/direction-1/measures/1/');
  });

  it('takes titles from sections for directions and groups', () => {
    const extra = section('strategy-2021/extra', 'chapter', 'Extra part', 99);
    const m = measure({ key: 'strategy-2021/extra/1', title: 'X', direction: 'strategy-2021/extra', order: 100 });
    const [r] = buildMeasureRecords({ measures: [{ data: m }], sections: [extra], documents: [] });
    expect(r?.directionTitle).toBe('Extra part');
    expect(r?.documentTitle).toBeNull();
    expect(r?.text).toBe('');
  });
});
