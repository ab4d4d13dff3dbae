import type { Locale } from '../schemas';
import { termName } from './crossLanguageNames';
import type { LocDocument, LocTerm, LocTopic, PlacedItem } from './siteModel';

/** A count out of a total. */
export interface Share {
  /** How many are in the page language. */
  count: number;
  /** How many there are. */
  total: number;
  /** count / total, as a whole percent rounded down (so 99.6 % is never shown as "all"); 100 when total is 0. */
  percent: number;
}

/** One document's share of entries in the page language. */
export interface DocumentCoverage {
  /** Sections and measures with a translation in the page language. */
  entries: Share;
  /** Of those, the ones whose translation has body text (not only a heading). */
  withText: number;
  /** True when the document's own entry (title, issuer, cover) is in the page language. */
  titleTranslated: boolean;
}

/**
 * What of the content a page language shows in that language, computed from the entries the site model picked:
 * the statements the chooser, the home page and the document pages make about languages are built from this.
 */
export interface LanguageCoverage {
  /** The page language. */
  lang: Locale;
  /** Sections and measures of all documents shown in the page language. */
  entries: Share;
  /** Of those, the ones with body text. */
  withText: number;
  /** Documents whose title and cover are in the page language. */
  documentTitles: Share;
  /** Glossary terms with a name in the page language (their translation, or the Japanese name on Japanese pages). */
  glossaryNames: Share;
  /** Topics named in the page language. */
  topicNames: Share;
  /** Per document key. */
  byDocument: Map<string, DocumentCoverage>;
}

/** A share, with its percent rounded down. */
export function share(count: number, total: number): Share {
  return { count, total, percent: total === 0 ? 100 : Math.floor((count / total) * 100) };
}

const hasText = (item: PlacedItem): boolean => (item.entry.body ?? '').trim() !== '';

/** The coverage of one page language, from the localized entries of its site model. */
export function languageCoverage(
  lang: Locale,
  { documents, items, glossary, topics }: { documents: readonly LocDocument[]; items: readonly PlacedItem[]; glossary: readonly LocTerm[]; topics: readonly LocTopic[] },
): LanguageCoverage {
  const own = items.filter((item) => !item.fallback);
  const byDocument = new Map<string, DocumentCoverage>();
  for (const doc of documents) {
    const mine = items.filter((item) => item.document === doc.key);
    const translated = mine.filter((item) => !item.fallback);
    byDocument.set(doc.key, { entries: share(translated.length, mine.length), withText: translated.filter(hasText).length, titleTranslated: !doc.fallback });
  }
  const named = glossary.filter((term) => termName(term, lang) !== undefined);
  return {
    lang,
    entries: share(own.length, items.length),
    withText: own.filter(hasText).length,
    documentTitles: share(documents.filter((doc) => !doc.fallback).length, documents.length),
    glossaryNames: share(named.length, glossary.length),
    topicNames: share(topics.filter((topic) => topic.titleLang === lang).length, topics.length),
    byDocument,
  };
}
