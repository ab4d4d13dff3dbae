import type { Locale, MeasureData, SectionData, TitleSource } from '../../schemas';
import { documentUrl, entryUrl } from '../urls';
import { numberedTitle } from '../siteModel';
import type { MapLabel, StrategyMapInput } from './planStrategyMap';

/** A section or measure of the site model (see `src/lib/siteModel.ts`), reduced to what the picture reads. */
export interface MapSourceItem {
  /** Shared key. */
  key: string;
  /** Sections or measures. */
  collection: 'sections' | 'measures';
  /** Number as printed. */
  number?: string | undefined;
  /** Heading without number, in `textLang`. */
  title: string;
  /** Where `title` comes from (a part named by number and place already carries its number). */
  titleSource?: TitleSource | undefined;
  /** Language of `title`. */
  textLang: Locale;
  /** Frontmatter of the entry shown. */
  data: SectionData | MeasureData;
}

/** A document of the site model, reduced to its title. */
export interface MapSourceDocument {
  /** Document key. */
  key: string;
  /** Title in `textLang`. */
  title: string;
  /** Language of `title`. */
  textLang: Locale;
}

/**
 * The picture's input for a page in `lang`: structure and relations from the English entries (the
 * source language, complete for every key), labels from the page language's entries where a
 * translation exists (the site model already falls back to English, with `textLang` saying so).
 */
export function buildMapInput(options: {
  lang: Locale;
  english: readonly MapSourceItem[];
  local: readonly MapSourceItem[];
  documents: readonly MapSourceDocument[];
  /** The frame document (the manifest's `concordance.frame`): its directions are the columns. */
  strategy: string;
  /** The document mapped onto it: its approaches are linked to the frame entries they serve. */
  support: string;
  /** The concordance pairs of the site model. */
  pairs: StrategyMapInput['pairs'];
}): StrategyMapInput {
  const { lang, strategy, support } = options;
  const local = new Map(options.local.map((item) => [item.key, item]));
  const label = (item: MapSourceItem): MapLabel => {
    const shown = local.get(item.key) ?? item;
    return {
      text: numberedTitle(shown),
      lang: shown.textLang,
      href: entryUrl(lang, item.collection, item.key),
    };
  };
  const docLabel = (key: string): MapLabel => {
    const doc = options.documents.find((d) => d.key === key);
    return { text: doc?.title ?? key, lang: doc?.textLang ?? 'en', href: doc ? documentUrl(lang, key) : null };
  };
  const inMap = (item: MapSourceItem) => item.data.document === strategy || item.data.document === support;
  return {
    strategy,
    support,
    strategyLabel: docLabel(strategy),
    supportLabel: docLabel(support),
    measures: options.english
      .filter((item) => item.collection === 'measures' && inMap(item) && item.data.type === 'measure')
      .map((item) => ({ data: item.data as MeasureData, label: label(item) })),
    pairs: options.pairs,
    sections: options.english
      .filter((item) => item.collection === 'sections' && inMap(item) && item.data.type === 'section')
      .map((item) => ({ data: item.data as SectionData, label: label(item) })),
  };
}
