import { defaultLocale, type Locale } from '../schemas';
import type { LocTerm, SiteModel } from './siteModel';

/** What a name in the page language names. */
export type CrossLanguageKind = 'term' | 'topic' | 'document';

/** A name in a translated edition's language and the English words it stands for. */
export interface CrossLanguageName {
  /** The name as the edition shows it (a glossary term's Japanese name, a topic's or document's Japanese title). */
  name: string;
  /** The English term it stands for, searched in the English index. */
  english: string;
  /** What it names. */
  kind: CrossLanguageKind;
  /** The glossary term's, topic's or document's key. */
  key: string;
}

/** `/data/cross-language/<lang>.json`: read by the search page online and, as a classic script, offline. */
export interface CrossLanguageData {
  /** The edition's language (the names' language). */
  lang: Locale;
  /** The language of the `english` terms and of the index they are searched in. */
  target: Locale;
  /** Every name, in key order per kind. */
  names: CrossLanguageName[];
}

/**
 * The names of a translated edition that stand for English terms: Japanese names of glossary terms, the topics'
 * and documents' titles in that language, each with the English term (glossary term, topic title, document short
 * title) to search the English index with. Names that are the English text itself are left out.
 */
export function crossLanguageNames(site: SiteModel, english: SiteModel): CrossLanguageData {
  const names: CrossLanguageName[] = [];
  const add = (name: string | undefined, englishTerm: string | undefined, kind: CrossLanguageKind, key: string) => {
    if (!name || !englishTerm || name === englishTerm) return;
    if (names.some((n) => n.kind === kind && n.key === key && n.name === name)) return;
    names.push({ name, english: englishTerm, kind, key });
  };
  for (const term of site.glossary) add(termName(term, site.lang), english.glossaryByKey.get(term.key)?.entry.data.term, 'term', term.key);
  for (const topic of site.topics) {
    if (topic.titleLang === site.lang) add(topic.title, english.topicsByKey.get(topic.key)?.title, 'topic', topic.key);
  }
  for (const doc of site.documents) {
    if (doc.fallback) continue;
    const target = english.documentsByKey.get(doc.key)?.entry.data.shortTitle;
    for (const title of [doc.entry.data.title, doc.entry.data.shortTitle, doc.entry.data.originalTitle]) add(title, target, 'document', doc.key);
  }
  return { lang: site.lang, target: defaultLocale, names };
}

/**
 * A glossary term's name in the page language: the translation's term, or, for an English fallback on a Japanese
 * page, the Japanese name the vocabulary gives (`nameJa`); undefined when there is none.
 */
export function termName(term: LocTerm, lang: Locale): string | undefined {
  if (!term.fallback) return term.entry.data.term;
  return lang === 'ja' ? term.entry.data.nameJa : undefined;
}
