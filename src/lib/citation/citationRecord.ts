import type { Translate } from '../../i18n';
import type { DocumentData, Locale, SourceRange } from '../../schemas';
import type { Edition } from '../edition';
import type { CslDate, CslItem } from './cslItem';

/** The document facts a citation names (from its frontmatter, in the page language). */
export type CitedDocument = Pick<DocumentData, 'title' | 'originalTitle' | 'originalLanguage' | 'issuer' | 'date' | 'provisionalTranslation' | 'translationUrl' | 'originalUrl'>;

/** Everything one citation record is made from; the site model gathers it once per entry. */
export interface CitationInput {
  /** The entry key. */
  key: string;
  /** The document cited, or the document the entry is part of. */
  document: CitedDocument;
  /** For a section or measure: its heading with its number, and its place in the document. */
  part?: { title: string; path: string } | undefined;
  /** Language of the cited text. */
  textLang: Locale;
  /** The entry's permanent page (absolute, on the online edition). */
  url: string;
  /** The entry's lines in the seed text, and the absolute link to them on the source view. */
  source: SourceRange & { url: string };
  /** The edition being built. */
  edition: Edition;
  /** The site's name, as the note names the edition. */
  siteTitle: string;
}

/** `2021-09-28` as CSL's `{ date-parts: [[2021, 9, 28]] }`. */
export function cslDate(iso: string): CslDate {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`"${iso}" is no ISO date (YYYY-MM-DD)`);
  return { 'date-parts': [[year, month, day]] };
}

/**
 * One entry's citation record in the CSL-JSON data model: the issuer as institutional author and publisher,
 * the document as container of a section or measure, its place in the document as `section`, the edition as
 * `version`, and a note (Zotero's "Extra") saying what the reader should know: provisional translation,
 * edition, official publication, source lines. Written in the page language `t` speaks.
 */
export function citationRecord(input: CitationInput, t: Translate): CslItem {
  const { document: doc, part, edition, source } = input;
  const note = [
    doc.provisionalTranslation ? t('cite.noteProvisional') : undefined,
    t('cite.noteEdition', { site: input.siteTitle, version: edition.version, date: edition.date }),
    doc.translationUrl ? t('cite.noteOfficial', { url: doc.translationUrl }) : undefined,
    doc.originalUrl ? t('cite.noteOriginal', { url: doc.originalUrl }) : undefined,
    t('cite.noteSource', { file: source.file, start: source.startLine, end: source.endLine, url: source.url }),
  ].filter((line) => line !== undefined);
  const originalTitle = doc.originalTitle !== undefined && doc.originalTitle !== doc.title ? doc.originalTitle : undefined;
  return {
    id: input.key,
    type: part ? 'chapter' : 'report',
    title: part ? part.title : doc.title,
    ...(part ? { 'container-title': doc.title, section: part.path } : {}),
    author: [{ literal: doc.issuer }],
    publisher: doc.issuer,
    issued: cslDate(doc.date),
    language: input.textLang,
    ...(originalTitle ? { 'original-title': originalTitle } : {}),
    version: edition.version,
    URL: input.url,
    note: note.join('\n'),
    custom: {
      editionVersion: edition.version,
      editionDate: edition.date,
      provisionalTranslation: doc.provisionalTranslation,
      originalLanguage: doc.originalLanguage,
      ...(doc.translationUrl ? { officialUrl: doc.translationUrl } : {}),
      ...(doc.originalUrl ? { originalUrl: doc.originalUrl } : {}),
      source: { file: source.file, startLine: source.startLine, endLine: source.endLine, url: source.url },
    },
  };
}
