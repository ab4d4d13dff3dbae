import type { DocumentData, MeasureData, SectionData } from '../../schemas';
import { markdownToPlainText } from '../plainText';
import { edition as currentEdition, type Edition } from '../edition';
import { numberedTitle } from '../siteModel';
import { dataUrls, entryUrl } from '../urls';

/** A content entry as the data files need it: frontmatter plus the raw Markdown body. */
export interface EntryWithBody<D> {
  /** The validated frontmatter. */
  data: D;
  /** The raw Markdown body (the entry's own text). */
  body?: string | undefined;
}

/** Everything the data files are built from, in plain data (no Astro). */
export interface MeasureRecordsInput {
  /** Measure entries of every language; only the English ones are published as data. */
  measures: readonly EntryWithBody<MeasureData>[];
  /** Section frontmatter, for the titles of directions and groups. */
  sections: readonly Pick<SectionData, 'key' | 'lang' | 'title' | 'number' | 'titleSource'>[];
  /** Document frontmatter, for document order and titles. */
  documents: readonly Pick<DocumentData, 'key' | 'lang' | 'title' | 'order'>[];
  /** The site's origin (Astro's `site`), to make page URLs absolute; without it URLs are root-relative. */
  site?: URL | string | undefined;
  /** The edition the records belong to; the one being built (package.json) by default. */
  edition?: Edition | undefined;
}

/** One measure as published in `/data/measures.json`, the CSV and `/data/measures/<key>.json`. */
export interface MeasureRecord {
  /** Stable key, the same in every language. */
  key: string;
  /** Key of the document the measure belongs to. */
  document: string;
  /** Title of that document. */
  documentTitle: string | null;
  /** The numbering as printed in the source, e.g. "(3)". */
  number: string | null;
  /** Heading text without its number. */
  title: string;
  /** Key of the top-level part the measure serves. */
  direction: string;
  /** Title of that part. */
  directionTitle: string | null;
  /** Key of the group the measure is listed in. */
  group: string | null;
  /** Title of that group. */
  groupTitle: string | null;
  /** Key of the parent section or measure. */
  parent: string | null;
  /** Position in the document's reading order. */
  order: number;
  /** Who the measure concerns. */
  actors: string[];
  /** Topic keys. */
  topics: string[];
  /** Glossary term keys mentioned in the measure's own text. */
  terms: string[];
  /** Keys of related sections and measures, strongest first. */
  related: string[];
  /** Keys of entries or documents the measure cites. */
  cites: string[];
  /** Where the measure's text is in its seed (1-based, inclusive). */
  source: { file: string; startLine: number; endLine: number };
  /** The Markdown body as plain text, glossary marks reduced to their text. */
  text: string;
  /** The measure's page on the site. */
  url: string;
  /** This measure's own data file. */
  dataUrl: string;
  /** The edition this record is from: version and release date. */
  edition: Edition;
}

/**
 * The English measures as data records, in a stable order: by the documents' `order`, then each
 * measure's reading `order`, then key (so equal input always gives byte-identical files).
 */
export function buildMeasureRecords(input: MeasureRecordsInput): MeasureRecord[] {
  const docs = new Map(input.documents.filter((d) => d.lang === 'en').map((d) => [d.key, d]));
  const titles = new Map<string, string>();
  for (const s of input.sections) if (s.lang === 'en') titles.set(s.key, numberedTitle(s));
  for (const m of input.measures) if (m.data.lang === 'en') titles.set(m.data.key, numberedTitle(m.data));
  const absolute = (path: string) => (input.site === undefined ? path : new URL(path, input.site).href);

  const english = input.measures.filter((m) => m.data.lang === 'en');
  english.sort((a, b) => compareMeasures(a.data, b.data, docs));
  return english.map(({ data, body }) => ({
    key: data.key,
    document: data.document,
    documentTitle: docs.get(data.document)?.title ?? null,
    number: data.number ?? null,
    title: data.title,
    direction: data.direction,
    directionTitle: titles.get(data.direction) ?? null,
    group: data.group ?? null,
    groupTitle: data.group === undefined ? null : (titles.get(data.group) ?? null),
    parent: data.parent ?? null,
    order: data.order,
    actors: [...data.actors],
    topics: [...data.topics],
    terms: [...data.terms],
    related: data.related.map((r) => r.key),
    cites: [...data.cites],
    source: { file: data.source.file, startLine: data.source.startLine, endLine: data.source.endLine },
    text: markdownToPlainText(body ?? ''),
    url: absolute(entryUrl('en', 'measures', data.key)),
    dataUrl: absolute(dataUrls.measure(data.key)),
    edition: { ...(input.edition ?? currentEdition) },
  }));
}

/** Document order, then reading order, then key. */
function compareMeasures(
  a: MeasureData,
  b: MeasureData,
  docs: ReadonlyMap<string, Pick<DocumentData, 'order'>>,
): number {
  const da = docs.get(a.document)?.order ?? Number.MAX_SAFE_INTEGER;
  const db = docs.get(b.document)?.order ?? Number.MAX_SAFE_INTEGER;
  if (da !== db) return da - db;
  if (a.document !== b.document) return a.document < b.document ? -1 : 1;
  if (a.order !== b.order) return a.order - b.order;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
