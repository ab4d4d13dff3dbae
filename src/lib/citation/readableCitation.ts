import type { Translate } from '../../i18n';
import type { Locale } from '../../schemas';
import { formatDate } from '../formatDate';
import type { CslItem } from './cslItem';

/** A piece of the readable citation: plain text, or a title set in `<cite>`. */
export interface CitationSegment {
  /** The text of the piece. */
  text: string;
  /** True for the title of the work cited (the document), which the page sets in `<cite>`. */
  cite?: boolean;
  /** The language of the piece when it is not the page's (an English title on a Japanese page). */
  lang?: Locale;
  /** For the document's date: the ISO date, for `<time datetime>`. */
  datetime?: string;
}

/**
 * Fills a template's `{name}` placeholders (`t(key)` without values returns the template), keeping the one
 * named `citeName` as its own segment, marking the language of those in `langs` and the ISO date of those in
 * `datetimes`.
 */
function fillSegments(
  template: string,
  vars: Record<string, string>,
  { citeName, langs = {}, datetimes = {} }: { citeName?: string; langs?: Record<string, Locale>; datetimes?: Record<string, string> } = {},
): CitationSegment[] {
  const segments: CitationSegment[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    const before = template.slice(last, match.index);
    if (before) segments.push({ text: before });
    const value = vars[name] ?? match[0];
    const lang = langs[name];
    const datetime = datetimes[name];
    segments.push({ text: value, ...(name === citeName ? { cite: true } : {}), ...(lang ? { lang } : {}), ...(datetime ? { datetime } : {}) });
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ text: template.slice(last) });
  return segments;
}

/**
 * The citation a reader copies, written from the entry's record in the page language's conventions
 * (English: author. “Title.” In *Document*, place. Date.; Japanese: 著者「題」『文書』位置、年月日。),
 * followed by the provisional-translation remark, the edition and URL, and the official source.
 */
export function readableCitation(item: CslItem, lang: Locale, t: Translate): CitationSegment[] {
  const [year, month, day] = item.issued['date-parts'][0];
  const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const author = item.author.map((name) => name.literal).join(', ');
  const issued = iso(year, month, day);
  const date = formatDate(issued, lang);
  const titleLang: Record<string, Locale> = item.language !== lang ? { title: item.language as Locale } : {};
  const segments = item['container-title'] !== undefined
    ? fillSegments(t('cite.readableEntry'), { author, title: item.title, container: item['container-title'], path: item.section ?? '', date }, { citeName: 'container', langs: titleLang, datetimes: { date: issued } })
    : fillSegments(t('cite.readableDocument'), { author, title: item.title, date }, { citeName: 'title', langs: titleLang, datetimes: { date: issued } });
  if (item.custom.provisionalTranslation) segments.push({ text: t('cite.readableProvisional') });
  segments.push(...fillSegments(t('cite.readableEdition'), { site: t('site.title'), version: item.custom.editionVersion, date: formatDate(item.custom.editionDate, lang), url: item.URL }));
  if (item.custom.officialUrl) segments.push({ text: t('cite.readableOfficial', { url: item.custom.officialUrl }) });
  return segments;
}

/** The readable citation as one line of plain text (what the copy button puts on the clipboard). */
export function citationText(segments: readonly CitationSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
