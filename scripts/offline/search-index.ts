import MiniSearch from 'minisearch';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { defaultLocale, locales, type Locale } from '../../src/schemas';
import type { ContentEntry } from './read-content';
import { byCodeUnit } from './site-files';
import type { OfflineTokenizer } from './tokenizer';

/** Indexed fields: what a query is matched against. */
export const searchFields = ['title', 'text', 'extra'] as const;
/** Stored fields: what a result shows and links to. */
export const storedFields = ['title', 'crumb', 'text', 'url', 'kind', 'alt'] as const;

/** One searchable entry as the offline index holds it. */
export interface SearchDoc {
  /** `<collection>/<key>`: the same in both languages, so a translation can hide its English original. */
  id: string;
  /** Heading as shown in results (with the source's numbering). */
  title: string;
  /** Plain text of the entry's own body. */
  text: string;
  /** Other names that should find the entry (expansion, Japanese name, aliases, original title). */
  extra: string;
  /** Where the entry stands: document › parent sections, or the page it is listed on. */
  crumb: string;
  /** Path of the result page below `<lang>/`, with `#anchor` where the entry is a part of a page. */
  url: string;
  /** The collection, so the page can say what a result is. */
  kind: ContentEntry['collection'];
  /** 1 when the same path exists in every other language's folder too (a fallback page), else 0. */
  alt: 0 | 1;
}

/** What the index builder needs to know about the offline copy's pages. */
export interface PageLookup {
  /** True when the copy holds the file (site path, e.g. `en/measures/x/index.html`). */
  hasFile(file: string): boolean;
  /** Fragment targets of a page of the copy. */
  idsOf(file: string): ReadonlySet<string> | undefined;
}

/** The serialised index of one language, as `search-index.<lang>.js` assigns it. */
export interface SerializedIndex {
  lang: Locale;
  fields: readonly string[];
  storeFields: readonly string[];
  index: unknown;
}

/** A section or a measure: an entry placed in a document's hierarchy. */
type PlacedEntry = Extract<ContentEntry, { collection: 'sections' | 'measures' }>;

/** One frozen parser for every body (building a processor per call configures GFM again each time). */
const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Plain text of a Markdown body: the text of its blocks, one space apart; raw HTML tags dropped, their text kept. */
export function markdownToText(markdown: string): string {
  const tree = markdownParser.parse(markdown) as Root;
  const blocks: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      blocks.push(toString(node, { includeHtml: false }));
      return 'skip';
    }
    return undefined;
  });
  return blocks.join(' ').replace(/\s+/g, ' ').trim();
}

/** The anchor of a section or measure in its document's reading edition (`a/b/c` → `a-b-c`). */
export function readingAnchor(key: string): string {
  return key.replace(/\//g, '-');
}

/** Candidate result pages for an entry, best first (path below `<lang>/`, optional `#anchor`). */
function candidateUrls(entry: ContentEntry): string[] {
  const key = entry.data.key;
  switch (entry.collection) {
    case 'documents':
      return [`documents/${key}/index.html`];
    case 'sections':
      return [`sections/${key}/index.html`, `documents/${entry.data.document}/index.html#${readingAnchor(key)}`];
    case 'measures':
      return [`measures/${key}/index.html`, `documents/${entry.data.document}/index.html#${readingAnchor(key)}`];
    case 'glossary':
      return [`glossary/index.html#${key}`, `glossary/${key}/index.html`];
    case 'topics':
      return [`topics/${key}/index.html`, `topics/index.html#${key}`];
  }
}

/** True when the copy has the page and, if the URL names an anchor, the anchor on it. */
function exists(pages: PageLookup, lang: string, url: string): boolean {
  const [path = '', anchor] = url.split('#', 2);
  const file = `${lang}/${path}`;
  if (!pages.hasFile(file)) return false;
  return anchor === undefined || (pages.idsOf(file)?.has(anchor) ?? false);
}

/** Heading of an entry with its printed number, as results show it. */
function headingOf(entry: ContentEntry): string {
  switch (entry.collection) {
    case 'documents':
    case 'topics':
      return entry.data.title;
    case 'glossary':
      return entry.data.term;
    case 'sections':
    case 'measures':
      return entry.data.number ? `${entry.data.number} ${entry.data.title}` : entry.data.title;
  }
}

/** The search docs of one language, in id order; entries with no page in the copy are reported, not indexed. */
export function searchDocs(entries: readonly ContentEntry[], lang: Locale, pages: PageLookup, warn: (m: string) => void): SearchDoc[] {
  const own = entries.filter((e) => e.data.lang === lang);
  // Names of parents and documents: this language's where translated, else the English original's.
  const byKey = new Map<string, ContentEntry>();
  for (const e of entries) if (e.data.lang === defaultLocale) byKey.set(`${e.collection}/${e.data.key}`, e);
  for (const e of own) byKey.set(`${e.collection}/${e.data.key}`, e);
  /** Sections and measures share one key space: a parent may be either. */
  const placed = (key: string): PlacedEntry | undefined => {
    const found = byKey.get(`sections/${key}`) ?? byKey.get(`measures/${key}`);
    return found?.collection === 'sections' || found?.collection === 'measures' ? found : undefined;
  };
  const others = locales.filter((l) => l !== lang);
  const docs: SearchDoc[] = [];
  for (const entry of own) {
    const id = `${entry.collection}/${entry.data.key}`;
    const url = candidateUrls(entry).find((u) => exists(pages, lang, u));
    if (url === undefined) {
      warn(`search: ${lang}/${id} has no page in the site (looked for ${candidateUrls(entry).map((u) => `${lang}/${u}`).join(', ')}); not indexed`);
      continue;
    }
    let crumb = '';
    let extra = '';
    switch (entry.collection) {
      case 'documents':
        crumb = `${entry.data.issuer}, ${entry.data.dateLabel}`;
        extra = [entry.data.shortTitle, entry.data.originalTitle ?? ''].join(' ');
        break;
      case 'glossary':
        // The page's kind label already says "glossary": the expansion and Japanese name tell more
        // (and show what a Japanese query matched in an English entry).
        crumb = entry.data.nameJa ? `${entry.data.expansion} · ${entry.data.nameJa}` : entry.data.expansion;
        extra = [entry.data.expansion, entry.data.nameJa ?? '', ...entry.data.aliases].join(' ');
        break;
      case 'topics':
        crumb = '';
        break;
      case 'sections':
      case 'measures': {
        const trail: string[] = [];
        const seen = new Set<string>();
        for (let p = entry.data.parent; p && !seen.has(p); p = placed(p)?.data.parent) {
          seen.add(p);
          const parent = placed(p);
          if (parent) trail.unshift(headingOf(parent));
        }
        const doc = byKey.get(`documents/${entry.data.document}`);
        crumb = [doc?.collection === 'documents' ? doc.data.shortTitle : entry.data.document, ...trail].join(' › ');
        break;
      }
    }
    docs.push({
      id,
      title: headingOf(entry),
      text: markdownToText(entry.body),
      extra: extra.trim(),
      crumb,
      url,
      kind: entry.collection,
      alt: others.every((o) => exists(pages, o, url)) ? 1 : 0,
    });
  }
  docs.push(...japaneseNameDocs(entries, lang, own, pages));
  return docs.sort((a, b) => byCodeUnit(a.id, b.id));
}

/**
 * On the Japanese edition, the glossary terms and topics that have no Japanese entry but a Japanese name in the
 * vocabulary (`nameJa`, `titleJa`): indexed by that name only (their English text stays in the English index and
 * is still found there), under the English entry's id plus {@link nameDocSuffix}.
 */
function japaneseNameDocs(entries: readonly ContentEntry[], lang: Locale, own: readonly ContentEntry[], pages: PageLookup): SearchDoc[] {
  if (lang !== 'ja') return [];
  const translated = new Set(own.map((e) => `${e.collection}/${e.data.key}`));
  const docs: SearchDoc[] = [];
  for (const entry of entries) {
    if (entry.data.lang !== defaultLocale || translated.has(`${entry.collection}/${entry.data.key}`)) continue;
    const name = entry.collection === 'glossary' ? entry.data.nameJa : entry.collection === 'topics' ? entry.data.titleJa : undefined;
    if (!name) continue;
    const url = candidateUrls(entry).find((u) => exists(pages, lang, u));
    if (url === undefined) continue;
    const title = entry.collection === 'glossary' ? `${entry.data.term}（${name}）` : name;
    docs.push({ id: `${entry.collection}/${entry.data.key}${nameDocSuffix}`, title, text: '', extra: name, crumb: '', url, kind: entry.collection, alt: 0 });
  }
  return docs;
}

/**
 * Suffix of the id of a Japanese-name entry. The client lists an English hit reached through a translated name
 * only once (as the name entry) but keeps English hits for other words (the term's English description).
 */
export const nameDocSuffix = '/name';

/** Builds a MiniSearch index over docs with the shared tokeniser, and returns its serialisable form. */
export function buildIndex(lang: Locale, docs: readonly SearchDoc[], tokenizer: OfflineTokenizer): SerializedIndex {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...searchFields],
    storeFields: [...storedFields],
    tokenize: (text) => tokenizer.tokenize(text),
    processTerm: (term) => term,
  });
  mini.addAll(docs);
  return { lang, fields: searchFields, storeFields: storedFields, index: mini.toJSON() };
}

/** The classic script that hands an index to the page: `search-index.<lang>.js`. */
export function indexScript(serialized: SerializedIndex): string {
  const lang = JSON.stringify(serialized.lang);
  return `/* Offline search index (${serialized.lang}); generated by scripts/offline, loaded as a classic script. */\n(window.__OFFLINE_SEARCH__ = window.__OFFLINE_SEARCH__ || {})[${lang}] = ${JSON.stringify(serialized)};\n`;
}
