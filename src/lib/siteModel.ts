import type { CollectionEntry } from 'astro:content';
import type { Locale, SectionData, MeasureData, TitleSource } from '../schemas';
import type { Localized } from './pickLocalized';
import type { Placed, TreeNode } from './placement';
import type { RelationModel } from './relations';
import type { CslItem } from './citation/cslItem';
import type { LanguageCoverage } from './languageCoverage';
import type { Crumb } from './entryView';

/** A document in the page language (or its fallback). */
export type LocDocument = Localized<CollectionEntry<'documents'>>;
/** A glossary term in the page language (or its fallback). */
export type LocTerm = Localized<CollectionEntry<'glossary'>>;
/**
 * A topic in the page language (or its fallback), with the name to show: the translation's title, else the
 * Japanese title the vocabulary gives (`titleJa`) on Japanese pages, else the English title.
 */
export type LocTopic = Localized<CollectionEntry<'topics'>> & {
  /** The topic's name as the page shows it. */
  title: string;
  /** The language of that name. */
  titleLang: Locale;
};

/** A section or measure as every page uses it: placement, display fields, and the entry to render. */
export interface PlacedItem extends Placed {
  /** Which collection it is from, which is also its URL folder. */
  collection: 'sections' | 'measures';
  /** Depth below the document. */
  depth: number;
  /** The numbering as printed ("(1)", "2."), if any. */
  number?: string | undefined;
  /** The heading without its number; for a part the source leaves without one, its name by number and place. */
  title: string;
  /** Where `title` comes from: the source's heading, an editorial name, or number and place. */
  titleSource: TitleSource;
  /**
   * For a part without a heading (`titleSource` `place`): the start of its text, which lists and breadcrumbs
   * show styled as an excerpt (never as a title).
   */
  excerpt?: string | undefined;
  /** The section kind, or `measure`. */
  kind: SectionData['kind'] | 'measure';
  /**
   * What the page calls that kind: the document's own name for it (its `kindLabels` in the page language), else
   * the interface's (`sectionKind.*`, `entry.measure`).
   */
  kindLabel: string;
  /** The frontmatter of the entry shown. */
  data: SectionData | MeasureData;
  /** The entry shown, for `render()`. */
  entry: CollectionEntry<'sections'> | CollectionEntry<'measures'>;
  /** The language of the text shown. */
  textLang: Locale;
  /** True when the text is the English fallback on a page of another language. */
  fallback: boolean;
}

/** Everything the pages of one language are built from, computed once per language. */
export interface SiteModel {
  /** The page language. */
  lang: Locale;
  /** Documents by `order`. */
  documents: LocDocument[];
  /** Documents by key. */
  documentsByKey: Map<string, LocDocument>;
  /** All sections and measures: documents in order, each in reading order. */
  items: PlacedItem[];
  /** Sections and measures by key. */
  itemsByKey: Map<string, PlacedItem>;
  /** Each section's or measure's index in `items` (the site's reading order). */
  readingIndex: Map<string, number>;
  /** Each document's items in reading order. */
  byDocument: Map<string, PlacedItem[]>;
  /** Each document's items nested by parent. */
  trees: Map<string, TreeNode<PlacedItem>[]>;
  /** Each item's direct children in reading order. */
  children: Map<string, PlacedItem[]>;
  /** Each item's ancestors, outermost first (the item itself not included). */
  ancestors: Map<string, PlacedItem[]>;
  /** Each item's breadcrumb trail: its document, its ancestors, itself. */
  crumbs: Map<string, Crumb[]>;
  /** Glossary terms sorted by term. */
  glossary: LocTerm[];
  /** Glossary terms by key. */
  glossaryByKey: Map<string, LocTerm>;
  /** Topics sorted by title in the page language. */
  topics: LocTopic[];
  /** Topics by key. */
  topicsByKey: Map<string, LocTopic>;
  /** Each topic's sections and measures in reading order (its `entries` and every item naming it). */
  topicItems: Map<string, PlacedItem[]>;
  /** Citations, cited-by, the frame and mapped documents and the concordance pairs, computed once. */
  relations: RelationModel;
  /** What of the content is in the page language (computed from the entries shown). */
  coverage: LanguageCoverage;
  /** The citation record of every document, section and measure, by key, in the page language. */
  citations: Map<string, CslItem>;
}

/**
 * A heading as printed: number and title ("(1) Raising executive awareness"); a part named by its number and
 * place already carries its number ("1 Basic Understanding, (2)").
 */
export function numberedTitle(item: { number?: string | undefined; title: string; titleSource?: TitleSource | undefined }): string {
  return item.number && item.titleSource !== 'place' ? `${item.number} ${item.title}` : item.title;
}

/** How many characters of its text name a part without a heading in lists and breadcrumbs. */
export const EXCERPT_LENGTH = 90;
