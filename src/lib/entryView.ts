import type { Locale } from '../schemas';
import { ancestors, prevNext } from './placement';
import { shownBacklinks, type Backlink } from './backlinks';
import type { LocDocument, LocTerm, LocTopic, PlacedItem, SiteModel } from './siteModel';
import { documentUrl, entryUrl } from './urls';
import { numberedTitle } from './siteModel';

/** One step of a breadcrumb trail. */
export interface Crumb {
  /** Text of the step (number and title). */
  label: string;
  /** Where it leads. */
  href: string;
  /** Language of the label's text (differs from the page on fallback entries). */
  textLang: Locale;
  /** True for the page itself (`aria-current="page"`). */
  current: boolean;
}

/** The document, then every ancestor, then the item itself. */
export function breadcrumbs(site: Pick<SiteModel, 'lang' | 'documentsByKey' | 'itemsByKey'>, item: PlacedItem): Crumb[] {
  const { lang } = site;
  const doc = site.documentsByKey.get(item.document);
  const trail: Crumb[] = [];
  if (doc) trail.push({ label: doc.entry.data.shortTitle, href: documentUrl(lang, doc.key), textLang: doc.textLang, current: false });
  for (const step of ancestors(item.key, site.itemsByKey)) {
    trail.push({ label: numberedTitle(step), href: entryUrl(lang, step.collection, step.key), textLang: step.textLang, current: false });
  }
  trail.push({ label: numberedTitle(item), href: entryUrl(lang, item.collection, item.key), textLang: item.textLang, current: true });
  return trail;
}

/** Everything a section or measure page shows besides its own text. */
export interface EntryView {
  /** The entry. */
  item: PlacedItem;
  /** Its document. */
  document: LocDocument;
  /** The trail from its document to itself. */
  crumbs: Crumb[];
  /** The entries before and after it in its document's reading order. */
  prev?: PlacedItem | undefined;
  /** See `prev`. */
  next?: PlacedItem | undefined;
  /** Its direct parts. */
  children: PlacedItem[];
  /** The topics it touches. */
  topics: LocTopic[];
  /** The glossary terms its text mentions. */
  terms: LocTerm[];
  /** Its `related` entries, strongest first. */
  related: PlacedItem[];
  /**
   * The entries that refer to it, with how: every entry that cites it (in reading order), then at most
   * ten that only list it as related, nearest first (see `shownBacklinks`).
   */
  backlinks: { item: PlacedItem; via: Backlink['via'] }[];
  /** How many more entries list it as related than `backlinks` shows. */
  moreBacklinks: number;
  /** For measures: the direction it serves. */
  direction?: PlacedItem | undefined;
}

/** Shapes the page of one section or measure; throws with the key when it does not exist. */
export function entryView(site: SiteModel, key: string): EntryView {
  const item = site.itemsByKey.get(key);
  if (!item) throw new Error(`No section or measure "${key}" in the ${site.lang} site model.`);
  const document = site.documentsByKey.get(item.document)!;
  const { prev, next } = prevNext(site.byDocument.get(item.document) ?? [], key);
  const pick = <T>(keys: readonly string[], map: ReadonlyMap<string, T>) =>
    keys.flatMap((k) => {
      const found = map.get(k);
      return found ? [found] : [];
    });
  return {
    item,
    document,
    crumbs: breadcrumbs(site, item),
    prev,
    next,
    children: site.children.get(key) ?? [],
    topics: pick(item.data.topics, site.topicsByKey),
    terms: pick(item.data.terms, site.glossaryByKey),
    related: pick(item.data.related, site.itemsByKey),
    ...referredBy(site, item),
    direction: item.data.type === 'measure' ? site.itemsByKey.get(item.data.direction) : undefined,
  };
}

/** The backlinks an entry page shows, and how many entries listing it as related it leaves out. */
function referredBy(site: SiteModel, item: PlacedItem): Pick<EntryView, 'backlinks' | 'moreBacklinks'> {
  const links = (site.backlinks.get(item.key) ?? []).flatMap((link) => {
    const from = site.itemsByKey.get(link.key);
    return from ? [{ item: from, via: link.via }] : [];
  });
  const at = (entry: PlacedItem) => ({ document: entry.document, index: site.readingIndex.get(entry.key) ?? 0 });
  const { cites, related, moreRelated } = shownBacklinks(links, at(item), (link) => at(link.item));
  return { backlinks: [...cites, ...related], moreBacklinks: moreRelated };
}

/** True when any of the entries a page shows is an English fallback (the page then is not in its language). */
export function anyFallback(entries: readonly { fallback: boolean }[]): boolean {
  return entries.some((entry) => entry.fallback);
}

/**
 * How much of a page is the English fallback: `false` when none of its parts is, `true` when all of them are
 * (the page has no text of its own language and stays out of that language's search index), and `'partial'`
 * when some are (the page is indexed; its English parts carry `lang="en"` and are left out of the index).
 */
export function pageFallback(parts: readonly { fallback: boolean }[]): boolean | 'partial' {
  const english = parts.filter((part) => part.fallback).length;
  if (english === 0) return false;
  return english === parts.length ? true : 'partial';
}
