import type { Locale } from '../schemas';
import { ancestors, prevNext, type TreeNode } from './placement';
import type { Related } from '../schemas';
import type { LocDocument, LocTerm, LocTopic, PlacedItem, SiteModel } from './siteModel';
import { documentUrl, entryUrl } from './urls';
import { numberedTitle } from './siteModel';

/** One step of a breadcrumb trail. */
export interface Crumb {
  /** Text of the step (number and title; a part without a heading, its number). */
  label: string;
  /** For a part without a heading: the start of its text, shown as an excerpt after its number. */
  excerpt?: string | undefined;
  /** Where it leads. */
  href: string;
  /** Language of the label's text (differs from the page on fallback entries). */
  textLang: Locale;
  /** True for the page itself (`aria-current="page"`). */
  current: boolean;
}

/** The document, then every ancestor (`trail`, outermost first: the model's, when it has them), then the item itself. */
export function breadcrumbs(
  site: Pick<SiteModel, 'lang' | 'documentsByKey' | 'itemsByKey'>,
  item: PlacedItem,
  trail: readonly PlacedItem[] = ancestors(item.key, site.itemsByKey),
): Crumb[] {
  const { lang } = site;
  const doc = site.documentsByKey.get(item.document);
  const crumbs: Crumb[] = [];
  if (doc) crumbs.push({ label: doc.entry.data.shortTitle, href: documentUrl(lang, doc.key), textLang: doc.textLang, current: false });
  for (const step of [...trail, item]) {
    // Within the trail a part without a heading is its number: the steps before it already name its place.
    const byPlace = step.titleSource === 'place' && step.number !== undefined;
    crumbs.push({
      label: byPlace ? step.number! : numberedTitle(step),
      excerpt: byPlace ? step.excerpt : undefined,
      href: entryUrl(lang, step.collection, step.key),
      textLang: step.textLang,
      current: step === item,
    });
  }
  return crumbs;
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
  /** All its parts, nested, in reading order: what the page shows after its own text. */
  parts: TreeNode<PlacedItem>[];
  /** The topics it touches. */
  topics: LocTopic[];
  /** The glossary terms its text mentions. */
  terms: LocTerm[];
  /** Its related entries, strongest first, each with the evidence the reader is shown. */
  related: RelatedView[];
  /** What it cites explicitly: entries of the edition, or whole documents. */
  cites: CitedView[];
  /** The entries that cite it explicitly, in reading order (never entries that only list it as related). */
  citedBy: PlacedItem[];
  /** For measures: the direction it serves. */
  direction?: PlacedItem | undefined;
}

/** A related entry with the reasons it is shown. */
export interface RelatedView {
  /** The related entry. */
  item: PlacedItem;
  /** Glossary terms both mention, in the page language. */
  terms: LocTerm[];
  /** Weighty words both use (English, as the source writes them). */
  words: string[];
  /** Topics both have, in the page language. */
  topics: LocTopic[];
  /** The editor's statement, when the relation is editorial. */
  editorial?: Related['editorial'];
}

/** A cited entry or document. */
export type CitedView = { kind: 'item'; item: PlacedItem } | { kind: 'document'; document: LocDocument };

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
    crumbs: site.crumbs.get(key) ?? [],
    prev,
    next,
    children: site.children.get(key) ?? [],
    parts: descendantTree(site.children, key),
    topics: pick(item.data.topics, site.topicsByKey),
    terms: pick(item.data.terms, site.glossaryByKey),
    related: item.data.related.flatMap((r) => {
      const other = site.itemsByKey.get(r.key);
      return other
        ? [{ item: other, terms: pick(r.terms, site.glossaryByKey), words: r.words, topics: pick(r.topics, site.topicsByKey), editorial: r.editorial }]
        : [];
    }),
    cites: citedViews(site, site.relations.cites.get(key) ?? []),
    citedBy: pick(site.relations.citedBy.get(key) ?? [], site.itemsByKey),
    direction: item.data.type === 'measure' ? site.itemsByKey.get(item.data.direction) : undefined,
  };
}

/** Cited keys as entries or documents of the site (unknown keys are dropped: the model checked them). */
export function citedViews(site: Pick<SiteModel, 'itemsByKey' | 'documentsByKey'>, keys: readonly string[]): CitedView[] {
  return keys.flatMap((k): CitedView[] => {
    const item = site.itemsByKey.get(k);
    if (item) return [{ kind: 'item', item }];
    const document = site.documentsByKey.get(k);
    return document ? [{ kind: 'document', document }] : [];
  });
}

/** The parts below `key`, nested by parent, each level in reading order. */
export function descendantTree(children: ReadonlyMap<string, readonly PlacedItem[]>, key: string): TreeNode<PlacedItem>[] {
  return (children.get(key) ?? []).map((item) => ({ item, children: descendantTree(children, item.key) }));
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
