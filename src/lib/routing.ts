import { getCollection, type CollectionEntry } from 'astro:content';
import { locales, type Locale } from '../schemas';
import { pickLocalized } from './pickLocalized';
import { ancestors, buildTree, checkPlacement, readingOrder } from './placement';
import { breadcrumbs } from './entryView';
import { buildRelations } from './relations';
import { EXCERPT_LENGTH, type LocDocument, type LocTopic, type PlacedItem, type SiteModel } from './siteModel';
import { excerpt } from './excerpt';
import { buildCitations } from './citation/buildCitations';
import { languageCoverage } from './languageCoverage';
import type { TopicData } from '../schemas';
import { useTranslations, type Translate } from '../i18n';

/** A topic's name on a page: its own text's title, or the Japanese title the vocabulary gives on a Japanese page. */
function topicName(data: TopicData, textLang: Locale, lang: Locale): { title: string; titleLang: Locale } {
  if (textLang !== lang && lang === 'ja' && data.titleJa) return { title: data.titleJa, titleLang: 'ja' };
  return { title: data.title, titleLang: textLang };
}

/**
 * The one place that reads the content collections. Every page asks for the model of its language here,
 * and every `getStaticPaths` builds its paths from it, so fallback, order and references are decided once.
 */
const cache = new Map<Locale, Promise<SiteModel>>();

/** The site model of one language (built on first use, then shared by every page). */
export function getSite(lang: Locale): Promise<SiteModel> {
  let model = cache.get(lang);
  if (!model) {
    model = buildSite(lang);
    cache.set(lang, model);
  }
  return model;
}

/** Builds the model of one language from the content collections; throws, naming the entries, on broken content. */
async function buildSite(lang: Locale): Promise<SiteModel> {
  const [documents, sections, measures, glossary, topics] = await Promise.all([
    getCollection('documents'),
    getCollection('sections'),
    getCollection('measures'),
    getCollection('glossary'),
    getCollection('topics'),
  ]);
  if (documents.length === 0) {
    throw new Error(`No documents found in ${process.env.CONTENT_DIR ?? 'content'}/documents: run \`npm run ingest\`, or build a fixture with CONTENT_DIR=tests/fixtures/content-sample.`);
  }

  const docs = pickLocalized(documents, lang).sort((a, b) => a.entry.data.order - b.entry.data.order);
  const documentsByKey = new Map(docs.map((doc) => [doc.key, doc]));
  const docRank = new Map(docs.map((doc, index) => [doc.key, index]));

  const placed = placeItems(sections, measures, lang, kindNamer(documentsByKey, lang));
  checkPlacement(placed);
  const strays = placed.filter((item) => !documentsByKey.has(item.document));
  if (strays.length > 0) {
    throw new Error(`These entries name a document that does not exist: ${strays.map((s) => `"${s.key}" → "${s.document}"`).join(', ')}. Fix their \`document\` field or add the document.`);
  }
  const items = placed.sort((a, b) => docRank.get(a.document)! - docRank.get(b.document)! || a.order - b.order);
  const itemsByKey = new Map(items.map((item) => [item.key, item]));
  const byDocument = new Map(docs.map((doc) => [doc.key, readingOrder(items, doc.key)]));
  const trees = new Map([...byDocument].map(([key, list]) => [key, buildTree(list)]));
  const children = childrenOf(items);

  checkNotEmpty(items, children);
  const ancestorsByKey = new Map(items.map((item) => [item.key, ancestors(item.key, itemsByKey)]));
  const crumbSite = { lang, documentsByKey, itemsByKey };

  const terms = pickLocalized(glossary, lang).sort((a, b) => a.entry.data.term.localeCompare(b.entry.data.term, 'en'));
  const themes = pickLocalized(topics, lang)
    .map((topic): LocTopic => ({ ...topic, ...topicName(topic.entry.data, topic.textLang, lang) }))
    .sort((a, b) => a.title.localeCompare(b.title, lang));
  checkReferences(items, new Set(documentsByKey.keys()), new Set(terms.map((t) => t.key)), new Set(themes.map((t) => t.key)));

  return {
    lang,
    documents: docs,
    documentsByKey,
    items,
    itemsByKey,
    readingIndex: new Map(items.map((item, index) => [item.key, index])),
    byDocument,
    trees,
    children,
    ancestors: ancestorsByKey,
    crumbs: new Map(items.map((item) => [item.key, breadcrumbs(crumbSite, item, ancestorsByKey.get(item.key))])),
    glossary: terms,
    glossaryByKey: new Map(terms.map((term) => [term.key, term])),
    topics: themes,
    topicsByKey: new Map(themes.map((topic) => [topic.key, topic])),
    topicItems: gatherTopicItems(themes, items),
    relations: buildRelations(
      items.map((item) => ({ key: item.key, document: item.document, collection: item.collection, cites: item.data.cites, related: item.data.related })),
      docs.map((doc) => ({ key: doc.key, mapsOnto: doc.entry.data.mapsOnto })),
    ),
    coverage: languageCoverage(lang, { documents: docs, items, glossary: terms, topics: themes }),
    citations: buildCitations(lang, docs, items, ancestorsByKey),
  };
}

/** Names an item's kind on the pages of one language: see `PlacedItem.kindLabel`. */
type KindNamer = (document: string, kind: PlacedItem['kind']) => string;

/**
 * The kind namer of a language: a document's own name for the kind when its entry in the page language gives one
 * (`kindLabels`), else the interface's name. An English document shown on a Japanese page lends no English label.
 */
function kindNamer(documentsByKey: ReadonlyMap<string, LocDocument>, lang: Locale): KindNamer {
  const t: Translate = useTranslations(lang);
  return (document, kind) => {
    if (kind === 'measure') return t('entry.measure');
    const doc = documentsByKey.get(document);
    const own = doc && doc.textLang === lang ? doc.entry.data.kindLabels?.[kind] : undefined;
    return own ?? t(`sectionKind.${kind}`);
  };
}

/** The sections and measures of a language (translation, else the English fallback), not yet in reading order. */
function placeItems(sections: CollectionEntry<'sections'>[], measures: CollectionEntry<'measures'>[], lang: Locale, kindLabel: KindNamer): PlacedItem[] {
  return [
    ...pickLocalized(sections, lang).map(({ key, entry, textLang, fallback }): PlacedItem => ({
      key, collection: 'sections', document: entry.data.document, parent: entry.data.parent, order: entry.data.order,
      depth: entry.data.depth, number: entry.data.number, ...naming(entry), kind: entry.data.kind,
      kindLabel: kindLabel(entry.data.document, entry.data.kind), data: entry.data, entry, textLang, fallback,
    })),
    ...pickLocalized(measures, lang).map(({ key, entry, textLang, fallback }): PlacedItem => ({
      key, collection: 'measures', document: entry.data.document, parent: entry.data.parent, order: entry.data.order,
      depth: entry.data.depth, number: entry.data.number, ...naming(entry), kind: 'measure',
      kindLabel: kindLabel(entry.data.document, 'measure'), data: entry.data, entry, textLang, fallback,
    })),
  ];
}

/** Each item's direct children, in the order of `items` (reading order). */
function childrenOf(items: readonly PlacedItem[]): Map<string, PlacedItem[]> {
  const children = new Map<string, PlacedItem[]>();
  for (const item of items) {
    if (item.parent === undefined) continue;
    const list = children.get(item.parent) ?? [];
    list.push(item);
    children.set(item.parent, list);
  }
  return children;
}

/** An entry's title, where it comes from, and for a part without a heading the excerpt lists show. */
function naming(entry: CollectionEntry<'sections'> | CollectionEntry<'measures'>): Pick<PlacedItem, 'title' | 'titleSource' | 'excerpt'> {
  const { title, titleSource } = entry.data;
  return { title, titleSource, excerpt: titleSource === 'place' ? excerpt(entry.body ?? '', EXCERPT_LENGTH) : undefined };
}

/**
 * Fails the build on a heading with no text and no parts: it would be a page with nothing to read, so it is a
 * defect of the content (or of ingest) to fix, not a page to publish.
 */
function checkNotEmpty(items: readonly PlacedItem[], children: ReadonlyMap<string, readonly PlacedItem[]>): void {
  const empty = items.filter((item) => (item.entry.body ?? '').trim() === '' && !children.get(item.key)?.length);
  if (empty.length > 0) {
    throw new Error(`These headings have no text and no parts (fix the seed or the manifest, then re-run \`npm run ingest\`):\n- ${empty.map((item) => `${item.collection}/${item.entry.data.lang}/${item.key}.md`).join('\n- ')}`);
  }
}

/** A topic's items: those it lists and those that list it, in reading order. */
function gatherTopicItems(topics: LocTopic[], items: PlacedItem[]): Map<string, PlacedItem[]> {
  const result = new Map<string, PlacedItem[]>();
  for (const topic of topics) {
    const listed = new Set(topic.entry.data.entries);
    result.set(topic.key, items.filter((item) => listed.has(item.key) || item.data.topics.includes(topic.key)));
  }
  return result;
}

/** Fails the build on references to entries that do not exist, naming each and where to fix it. */
function checkReferences(items: PlacedItem[], documents: Set<string>, terms: Set<string>, topics: Set<string>): void {
  const keys = new Set(items.map((item) => item.key));
  const problems: string[] = [];
  for (const item of items) {
    const file = `${item.collection}/${item.entry.data.lang}/${item.key}.md`;
    for (const { key } of item.data.related) if (!keys.has(key)) problems.push(`${file}: related "${key}" is no section or measure`);
    for (const key of item.data.cites) if (!keys.has(key) && !documents.has(key)) problems.push(`${file}: cites "${key}" is no entry or document`);
    for (const key of item.data.terms) if (!terms.has(key)) problems.push(`${file}: term "${key}" is not in the glossary`);
    for (const key of item.data.topics) if (!topics.has(key)) problems.push(`${file}: topic "${key}" does not exist`);
    if (item.data.type === 'measure') {
      if (!keys.has(item.data.direction)) problems.push(`${file}: direction "${item.data.direction}" is no section or measure`);
      if (item.data.group !== undefined && !keys.has(item.data.group)) problems.push(`${file}: group "${item.data.group}" is no section or measure`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Broken references in the content (re-run \`npm run ingest\`, or fix the frontmatter):\n- ${problems.join('\n- ')}`);
  }
}

/** `getStaticPaths` of pages that exist once per language. */
export function languagePaths() {
  return locales.map((lang) => ({ params: { lang } }));
}

/** `getStaticPaths` entries for every language: each language's site model says which keys have a page. */
async function pathsPerLanguage<Params extends Record<string, string>>(
  pagesOf: (site: SiteModel) => { params: Params; key: string }[],
) {
  const paths = [];
  for (const lang of locales) {
    const site = await getSite(lang);
    for (const { params, key } of pagesOf(site)) paths.push({ params: { lang, ...params }, props: { key } });
  }
  return paths;
}

/** `getStaticPaths` of the reading editions: one per document and language. */
export function documentPaths() {
  return pathsPerLanguage((site) => site.documents.map((doc) => ({ params: { doc: doc.key }, key: doc.key })));
}

/** `getStaticPaths` of section or measure pages: one per entry and language. */
export function itemPaths(collection: PlacedItem['collection']) {
  return pathsPerLanguage((site) =>
    site.items.filter((item) => item.collection === collection).map((item) => ({ params: { key: item.key }, key: item.key })),
  );
}

/** `getStaticPaths` of topic pages. */
export function topicPaths() {
  return pathsPerLanguage((site) => site.topics.map((topic) => ({ params: { topic: topic.key }, key: topic.key })));
}
