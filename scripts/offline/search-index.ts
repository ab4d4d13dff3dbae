import MiniSearch from 'minisearch';
import { locales, type Locale } from '../../src/schemas';
import { nameDocSuffix, type SearchDocument, type SearchDocumentsData } from '../../src/lib/searchDocuments';
import { dataUrls } from '../../src/lib/urls';
import { fileForPath } from '../built-site/url-file';
import { byCodeUnit } from '../built-site/walk';
import type { OfflineTokenizer } from './tokenizer';

/** Indexed fields: what a query is matched against. */
export const searchFields = ['title', 'text', 'extra'] as const;
/** Stored fields: what a result shows and links to. */
export const storedFields = ['title', 'crumb', 'text', 'url', 'kind', 'alt'] as const;

/** One searchable entry as the offline index holds it: the site's search document, its URL made a file of the copy. */
export interface SearchDoc extends Omit<SearchDocument, 'url'> {
  /** Path of the result page below `<lang>/` (`measures/x/index.html`), with `#anchor` where the entry is a part of a page. */
  url: string;
  /** 1 when the same path exists in every other language's folder too (a fallback page), else 0. */
  alt: 0 | 1;
}

/** What the index builder needs to know about the offline copy's pages. */
export interface PageLookup {
  /** Site paths (`en/measures/x/index.html`) of every file the copy holds. */
  files: ReadonlySet<string>;
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

/** The site file of an edition's search documents (`data/search/<lang>.json`), which `astro build` writes. */
export function searchDocumentsFile(lang: Locale): string {
  return dataUrls.searchDocuments(lang).slice(1);
}

/** Parses the search documents of edition `lang`; throws naming the file when they are not what the site writes. */
export function parseSearchDocuments(file: string, json: string, lang: Locale): SearchDocumentsData {
  let data: Partial<SearchDocumentsData>;
  try {
    data = JSON.parse(json) as Partial<SearchDocumentsData>;
  } catch (error) {
    throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)}); rebuild the site with \`astro build\`.`);
  }
  if (data.lang !== lang || !Array.isArray(data.documents)) {
    throw new Error(`${file}: not the ${lang} search documents (expected "lang": "${lang}" and a "documents" list); rebuild the site with \`astro build\`.`);
  }
  return data as SearchDocumentsData;
}

/**
 * The copy's file and fragment for a site URL (`/en/glossary/#x` → `en/glossary/index.html`, `x`) when the copy
 * holds the page and, if the URL names an anchor, the anchor on it.
 */
function targetOf(url: string, pages: PageLookup): { file: string; anchor: string | undefined } | undefined {
  const [path = '', anchor] = url.replace(/^\//, '').split('#', 2);
  const { file } = fileForPath(path, pages.files);
  if (file === undefined || (anchor !== undefined && !pages.idsOf(file)?.has(anchor))) return undefined;
  return { file, anchor };
}

/** The same site URL in another language's folder (`/en/x/` → `/ja/x/`). */
function inLanguage(url: string, from: Locale, to: Locale): string {
  return `/${to}/${url.slice(from.length + 2)}`;
}

/**
 * The offline index's docs of one edition, in id order: the site's search documents whose page (and anchor)
 * the copy holds; the others are reported, not indexed.
 */
export function searchDocs(data: SearchDocumentsData, pages: PageLookup, warn: (m: string) => void): SearchDoc[] {
  const { lang } = data;
  const others = locales.filter((l) => l !== lang);
  const docs: SearchDoc[] = [];
  for (const document of data.documents) {
    const target = targetOf(document.url, pages);
    if (!target) {
      warn(`search: ${lang}/${document.id} has no page in the site (looked for ${document.url}); not indexed`);
      continue;
    }
    // A name document stands for an English entry through its name in this language: it has no page of its own elsewhere.
    const alt = !document.id.endsWith(nameDocSuffix) && others.every((o) => targetOf(inLanguage(document.url, lang, o), pages) !== undefined);
    const url = target.file.slice(lang.length + 1) + (target.anchor === undefined ? '' : `#${target.anchor}`);
    docs.push({ ...document, url, alt: alt ? 1 : 0 });
  }
  return docs.sort((a, b) => byCodeUnit(a.id, b.id));
}

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
