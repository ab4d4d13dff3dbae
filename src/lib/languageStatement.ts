import type { Translate } from '../i18n';
import type { Locale } from '../schemas';
import { formatCount } from './formatDate';
import type { LanguageCoverage } from './languageCoverage';

/**
 * The sentences that say what a translated edition shows in its language and what stays English, in the
 * language of `t`, with every number taken from the coverage (never written into a UI string).
 */
export function languageStatement(coverage: LanguageCoverage, t: Translate, textLang: Locale): string[] {
  const n = (value: number) => formatCount(value, textLang);
  const summary = t('languages.summary', {
    titles: n(coverage.documentTitles.count),
    titlesTotal: n(coverage.documentTitles.total),
    terms: n(coverage.glossaryNames.count),
    termsTotal: n(coverage.glossaryNames.total),
    topics: n(coverage.topicNames.count),
    topicsTotal: n(coverage.topicNames.total),
    entries: n(coverage.entries.count),
    entriesTotal: n(coverage.entries.total),
    percent: n(coverage.entries.percent),
    withText: n(coverage.withText),
  });
  const rest = coverage.entries.count < coverage.entries.total ? t('languages.body') : t('languages.complete');
  return [summary, rest];
}

/** The notice of a document page whose entries are not all translated, or undefined when they all are. */
export function documentStatement(coverage: LanguageCoverage, docKey: string, t: Translate, lang: Locale): string | undefined {
  const doc = coverage.byDocument.get(docKey);
  if (!doc || doc.entries.count === doc.entries.total) return undefined;
  if (doc.entries.count === 0) return t('fallback.documentNone');
  return t('fallback.document', { count: formatCount(doc.entries.count, lang), total: formatCount(doc.entries.total, lang), percent: formatCount(doc.entries.percent, lang) });
}

/** Titles quoted and joined as running text ("“A” and “B”", "「A」、「B」"). */
export function quotedList(titles: readonly string[], t: Translate, lang: Locale): string {
  const format = new Intl.ListFormat(lang === 'ja' ? 'ja-JP' : 'en-US', { type: 'conjunction' });
  return format.format(titles.map((title) => t('punct.quoted', { text: title })));
}
