/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`, Pagefind 1.6) the search page uses.
 * The module is written by the indexer after the site is built, so it is loaded at run time, not bundled.
 */

/** Filter selections: filter name → values a result must have (all of them). */
export type FilterSelection = Record<string, string[]>;

/** Counts of pages per filter value: filter name → value → count. */
export type FilterCounts = Record<string, Record<string, number>>;

/** Options of one search. */
export interface SearchOptions {
  filters?: FilterSelection;
}

/** A heading-anchored part of a long page that matched. */
export interface SubResult {
  title: string;
  url: string;
  /** Text around the matches, with `<mark>` around matched words. */
  excerpt: string;
  /** The heading the part starts at; absent for the text before the first heading. */
  anchor?: { element: string; id: string; text: string };
  /** Word positions of the matches inside this part, weighted (headings weigh more). */
  weighted_locations?: { weight: number; balanced_score: number; location: number }[];
}

/** The data of one result, loaded on demand. */
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}

/** One hit of a search; its data is fetched separately. */
export interface SearchHit {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}

/** What a search returns. */
export interface SearchResponse {
  results: SearchHit[];
  unfilteredResultCount: number;
}

/** Ranking weights (see pagefind.app, "Customize ranking"). */
export interface RankingOptions {
  termFrequency?: number;
  pageLength?: number;
  termSaturation?: number;
  termSimilarity?: number;
}

/** Options of an instance. */
export interface InstanceOptions {
  basePath?: string;
  /** Search on the main thread instead of in a web worker (pagefind-worker.js is then never fetched). */
  noWorker?: boolean;
  excerptLength?: number;
  ranking?: RankingOptions;
}

/** An independent Pagefind instance; it searches the index of `<html lang>` at the time it was created. */
export interface PagefindInstance {
  options(options: InstanceOptions): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse | null>;
  filters(): Promise<FilterCounts>;
  destroy(): Promise<void>;
}

/** The module `pagefind.js` exports. */
export interface PagefindModule {
  createInstance(options?: InstanceOptions): PagefindInstance;
}

/**
 * Puts the hits that contain the query exactly (as a phrase, unstemmed) first, keeping Pagefind's order
 * within each group. Pagefind stems and prefix-matches the last word, so "police" also finds every
 * "policy" and short pages about policy would outrank the one measure about the police.
 */
export function boostExact(hits: readonly SearchHit[], exact: readonly SearchHit[]): SearchHit[] {
  const ids = new Set(exact.map((hit) => hit.id));
  return [...hits.filter((hit) => ids.has(hit.id)), ...hits.filter((hit) => !ids.has(hit.id))];
}

/** Searches `term` and ranks exact matches first (see {@link boostExact}); a null term lists the filtered pages. */
export async function searchRanked(instance: PagefindInstance, term: string | null, options: SearchOptions): Promise<SearchHit[]> {
  const hits = (await instance.search(term, options))?.results ?? [];
  if (term === null || term.includes('"') || hits.length < 2) return hits;
  const exact = (await instance.search(`"${term}"`, options))?.results ?? [];
  return boostExact(hits, exact);
}

/**
 * Options every instance of the search page uses; the relevance tests search with the same ones.
 * `excerptLength` is in words.
 */
export const searchTuning: Omit<InstanceOptions, 'basePath' | 'noWorker'> = {
  excerptLength: 24,
};

/** `pagefind-entry.json`: which language indexes the bundle holds. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
}

/**
 * Loads `pagefind.js` from the bundle folder at run time. Each `copy` is a separate module instance:
 * instances of different languages load different WebAssembly modules (English has a stemmer,
 * Japanese none), which must not share one module's (or one worker's) global state.
 */
export async function loadPagefind(bundlePath: string, copy?: string): Promise<PagefindModule> {
  const url = new URL(`${bundlePath}pagefind.js${copy ? `?${encodeURIComponent(copy)}` : ''}`, document.baseURI).href;
  return (await import(/* @vite-ignore */ url)) as PagefindModule;
}

/** Reads the bundle's entry file, to know which languages have an index. */
export async function loadEntry(bundlePath: string): Promise<PagefindEntry> {
  const response = await fetch(`${bundlePath}pagefind-entry.json`);
  if (!response.ok) throw new Error(`${bundlePath}pagefind-entry.json answered ${response.status}`);
  return (await response.json()) as PagefindEntry;
}

/**
 * Creates an instance over one language's index. Pagefind picks the index from `<html lang>` when the
 * instance is created and has no option for it, so the attribute is set for that synchronous call and
 * put back at once (no rendering happens in between).
 */
export function createInstanceFor(module: PagefindModule, lang: string, options: InstanceOptions): PagefindInstance {
  const root = document.documentElement;
  const original = root.getAttribute('lang');
  root.setAttribute('lang', lang);
  try {
    return module.createInstance(options);
  } finally {
    if (original === null) root.removeAttribute('lang');
    else root.setAttribute('lang', original);
  }
}
