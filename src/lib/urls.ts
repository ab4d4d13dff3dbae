import { locales, type Locale } from '../schemas';

/** The collections that have one page per entry. */
export type PagedCollection = 'sections' | 'measures';

/**
 * The fragment id of a section or measure in its document's reading edition: the key with `/` replaced by `-`
 * (ARCHITECTURE.md, "URLs"), e.g. `strategy-2021-direction-2-measures-1-3`.
 */
export function anchorId(key: string): string {
  return key.replaceAll('/', '-');
}

/** `/<lang>/` — the home page of a language. */
export function homeUrl(lang: Locale): string {
  return `/${lang}/`;
}

/** `/<lang>/documents/<docKey>/` — a document's reading edition. */
export function documentUrl(lang: Locale, docKey: string): string {
  return `/${lang}/documents/${docKey}/`;
}

/** `/<lang>/sections/<key>/` or `/<lang>/measures/<key>/` — the page of one section or measure. */
export function entryUrl(lang: Locale, collection: PagedCollection, key: string): string {
  return `/${lang}/${collection}/${key}/`;
}

/** The place of a section or measure inside its document's reading edition. */
export function readingUrl(lang: Locale, docKey: string, key: string): string {
  return `${documentUrl(lang, docKey)}#${anchorId(key)}`;
}

/** `/<lang>/glossary/` or, with a term key, that term's anchor on it. */
export function glossaryUrl(lang: Locale, termKey?: string): string {
  return termKey ? `/${lang}/glossary/#${termKey}` : `/${lang}/glossary/`;
}

/** `/<lang>/topics/` or one topic's page. */
export function topicUrl(lang: Locale, topicKey?: string): string {
  return topicKey ? `/${lang}/topics/${topicKey}/` : `/${lang}/topics/`;
}

/** Pages of the site that are not built from one entry, by name. */
export const fixedPages = {
  measures: 'measures/',
  glossary: 'glossary/',
  topics: 'topics/',
  search: 'search/',
  map: 'map/',
  concordance: 'concordance/',
  download: 'download/',
} as const;

/** The URL of one of the fixed pages in a language. */
export function pageUrl(lang: Locale, page: keyof typeof fixedPages): string {
  return `/${lang}/${fixedPages[page]}`;
}

/** The data endpoints built by the data work (linked, not built, here). */
export const dataUrls = {
  measuresJson: '/data/measures.json',
  measuresCsv: '/data/measures.csv',
  measure: (key: string) => `/data/measures/${key}.json`,
  concordance: '/data/concordance.json',
  /** One edition's search documents (src/lib/searchDocuments.ts), read by the offline search index. */
  searchDocuments: (lang: Locale) => `/data/search/${lang}.json`,
} as const;

/** The offline edition's archive file name (scripts/offline writes it under `dist/downloads/`). */
export const offlineZipName = 'jp-cyber-policy-offline.zip';

/** The offline edition's archive, filled in after the build by the offline work. */
export const offlineZipUrl = `/downloads/${offlineZipName}`;

/** A pathname in a language folder: the language, then the rest of the path. */
const languageFolder = new RegExp(`^/(${locales.join('|')})(/.*)?$`);

/**
 * The same route in another language: swaps the leading `/<lang>/` of a pathname.
 * Paths outside a language folder (`/`, `/404.html`) lead to that language's home.
 */
export function switchLocale(pathname: string, to: Locale): string {
  const match = languageFolder.exec(pathname);
  if (!match) return homeUrl(to);
  return `/${to}${match[2] ?? '/'}`;
}

/** An absolute URL on the site's origin (for canonical links and "cite this"). */
export function absoluteUrl(path: string, site: URL | string | undefined): string {
  if (!site) return path;
  return new URL(path, site).href;
}

/** `/<lang>/sources/<docKey>/` — a document's seed text, line by line; with lines, the `#L<a>-L<b>` range. */
export function sourceUrl(lang: Locale, docKey: string, lines?: { startLine: number; endLine: number }): string {
  const page = `/${lang}/sources/${docKey}/`;
  return lines ? `${page}#${lineRangeId(lines.startLine, lines.endLine)}` : page;
}

/** The anchor of a line (`L37`) or of a range of lines (`L37-L44`), as GitHub writes them. */
export function lineRangeId(startLine: number, endLine = startLine): string {
  return startLine === endLine ? `L${startLine}` : `L${startLine}-L${endLine}`;
}

/** `/sources/<file>` — the raw seed text, byte for byte. */
export function rawSourceUrl(file: string): string {
  return `/sources/${file}`;
}

/** `/data/cite/<key>.<extension>` — one entry's citation in a download format. */
export function citationDataUrl(key: string, extension: string): string {
  return `/data/cite/${key}.${extension}`;
}
