/**
 * The search filters and how their values are ordered and carried across languages.
 * Pages emit filter values as labels in their own language (src/lib/pagefindFields.ts), so the
 * search page orders them the way the site does (reading order, schema order) and maps each label
 * to the English label of the same thing, for searching the English index from another language.
 */
import { actors, type Locale } from '../../schemas';
import type { Translate } from '../../i18n';
import type { SiteModel } from '../../lib/siteModel';
import { numberedTitle } from '../../lib/siteModel';

/** The filters the search page offers, in the order it shows them. */
export const searchFilters = ['document', 'kind', 'direction', 'topic', 'actor'] as const;
/** One of the search filters. */
export type SearchFilter = (typeof searchFilters)[number];

/** A filter value as pages emit it, keyed by what it stands for. */
type Labelled = [key: string, label: string];

/** Each filter's values in one language, in display order, keyed by the thing they name. */
function labelledValues(site: SiteModel, t: Translate): Record<SearchFilter, Labelled[]> {
  return {
    document: site.documents.map((doc) => [doc.key, doc.entry.data.shortTitle]),
    // The labels the pages emit (pagefindFields.ts, ReadingEdition, TopicPage, GlossaryPage).
    kind: [
      ['measure', t('entry.measure')],
      ['section', t('entry.section')],
      ['document', t('doc.readingEdition')],
      ['topic', t('nav.topics')],
      ['glossary', t('glossary.title')],
    ],
    direction: site.items.filter((item) => item.parent === undefined).map((item) => [item.key, numberedTitle(item)]),
    topic: site.topics.map((topic) => [topic.key, topic.title]),
    actor: actors.map((actor) => [actor, t(`actor.${actor}`)]),
  };
}

/** What the client needs to show and carry filter values. */
export interface FilterOptions {
  /** Each filter's labels in display order (values the index lacks are skipped, unknown ones sorted after). */
  order: Record<SearchFilter, string[]>;
  /** Each filter's label in this language → the English label of the same thing (absent on English pages). */
  toOther: Partial<Record<SearchFilter, Record<string, string>>>;
}

/** Orders filter values for `site`'s language and, given the other language's site, maps them to it. */
export function filterOptions(
  site: SiteModel,
  t: Translate,
  other?: { site: SiteModel; t: Translate; lang: Locale },
): FilterOptions {
  const own = labelledValues(site, t);
  const order = Object.fromEntries(searchFilters.map((name) => [name, own[name].map(([, label]) => label)])) as Record<SearchFilter, string[]>;
  const toOther: FilterOptions['toOther'] = {};
  if (other) {
    const theirs = labelledValues(other.site, other.t);
    for (const name of searchFilters) {
      const byKey = new Map(theirs[name]);
      toOther[name] = Object.fromEntries(own[name].flatMap(([key, label]) => (byKey.has(key) ? [[label, byKey.get(key)!]] : [])));
    }
  }
  return { order, toOther };
}
