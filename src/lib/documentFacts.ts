import type { Translate } from '../i18n';
import type { Locale } from '../schemas';
import { formatDate } from './formatDate';

/** A document's date as its facts show it: the text inside `<time datetime>`, then an optional remark. */
export interface DateLine {
  /** The ISO date, for `datetime`. */
  datetime: string;
  /** The text inside `<time>`. */
  time: string;
  /** The document's own wording of its date, in the page language's brackets, when it adds to the date. */
  remark?: string | undefined;
}

/** Text compared for sameness: Unicode-compatible forms (full-width brackets = half-width) and single spaces. */
const comparable = (text: string): string => text.normalize('NFKC').replace(/\s+/g, ' ').trim();

/**
 * The date of a document without saying it twice. The ISO date is formatted for the page language (Intl).
 * When the document's own wording (`dateLabel`) already contains that date ("As of September 28, 2021",
 * "2021年12月14日 サイバーセキュリティ戦略本部決定"), the wording alone is shown, all of it inside `<time>`.
 * Otherwise the formatted date comes first and the wording follows in brackets (`punct.parenthetical`:
 * full-width in Japanese). Wording in another language than the page's (an English document shown as the
 * fallback on a Japanese page) is left out: it would only restate the date in that language.
 */
export function dateLine(
  date: string,
  label: string | undefined,
  { lang, labelLang = lang, t }: { lang: Locale; labelLang?: Locale; t: Translate },
): DateLine {
  const formatted = formatDate(date, lang);
  if (label === undefined || labelLang !== lang || comparable(label) === '') return { datetime: date, time: formatted };
  if (comparable(label).includes(comparable(formatted))) return { datetime: date, time: label.trim() };
  return { datetime: date, time: formatted, remark: t('punct.parenthetical', { text: label.trim() }) };
}

/** The original title to show beside the displayed one, or undefined when there is none or it is the same title. */
export function distinctOriginalTitle(title: string, originalTitle: string | undefined): string | undefined {
  if (originalTitle === undefined || comparable(originalTitle) === '') return undefined;
  return comparable(originalTitle) === comparable(title) ? undefined : originalTitle;
}
