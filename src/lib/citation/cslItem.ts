/**
 * The subset of the CSL-JSON data model (the input format of citeproc, Zotero and pandoc) that the edition's
 * citation records use. Field names and shapes follow the CSL 1.0.2 schema (csl-data.json).
 */

/** A CSL name; institutions are written as one `literal`, never split into family and given names. */
export interface CslName {
  /** The whole name of an institution. */
  literal: string;
}

/** A CSL date: one `[year, month, day]`. */
export interface CslDate {
  /** The date as `[[year, month, day]]`. */
  'date-parts': [[number, number, number]];
}

/** Facts without a CSL variable, kept under CSL's `custom` (see the schema's description of it). */
export interface CslCustom {
  /** The edition's version, also in `version`. */
  editionVersion: string;
  /** The edition's release date (ISO 8601). */
  editionDate: string;
  /** True when the English text is a provisional translation. */
  provisionalTranslation: boolean;
  /** Language the document was originally written in. */
  originalLanguage: string;
  /** The official English publication, when known. */
  officialUrl?: string;
  /** The official Japanese original, when known. */
  originalUrl?: string;
  /** Where the entry's text is in the published seed text, and the link to those lines. */
  source: { file: string; startLine: number; endLine: number; url: string };
}

/** One citation record: a document (`report`) or one of its sections and measures (`chapter`). */
export interface CslItem {
  /** The entry key (shared by every language). */
  id: string;
  /** `report` for a whole document, `chapter` for a part of one. */
  type: 'report' | 'chapter';
  /** The entry's heading with its number ("(4) Deploy comprehensive cyber defense"), or the document's title. */
  title: string;
  /** The document a section or measure is part of. */
  'container-title'?: string;
  /** The issuing body, as an institutional author. */
  author: CslName[];
  /** The issuing body again, as publisher. */
  publisher: string;
  /** The document's date. */
  issued: CslDate;
  /** The entry's place in its document ("Direction (2) › Specific measures (1) › (4)"). */
  section?: string;
  /** Language of the cited text (BCP 47). */
  language: string;
  /** Title of the original-language document, when it differs. */
  'original-title'?: string;
  /** The edition's version. */
  version: string;
  /** The entry's permanent page on the online edition. */
  URL: string;
  /** Human-readable remarks: provisional translation, the edition, the official source (Zotero's "Extra"). */
  note: string;
  /** Facts CSL has no variable for. */
  custom: CslCustom;
}
