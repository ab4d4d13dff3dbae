/**
 * The search page's client: reads `?q=` and filters from the URL, searches this language's Pagefind
 * index as the reader types, shows filters as labelled selects, announces result counts, and, on a
 * page whose language has no match, offers the English index's results labelled as English.
 * Loaded only by the search page (SearchPage.astro); the form works as a plain GET form without it.
 * The root element tells scripts where it stands: `data-state="ready|failed"` once Pagefind has
 * loaded (or not), `data-busy="true|false"` around every search.
 */
import {
  createInstanceFor,
  loadEntry,
  loadPagefind,
  searchRanked,
  searchTuning,
  type FilterCounts,
  type FilterSelection,
  type PagefindInstance,
  type SearchHit,
} from './pagefind-api';
import { renderResult, type ResultLabels, type CrossVia } from './render-results';
import { loadNames, matchNames } from './cross-language';
import type { CrossLanguageData, CrossLanguageName } from '../../lib/crossLanguageNames';
import './search.css';

/** UI strings and value labels the page hands to the client (`<script type="application/json">`). */
export interface ClientStrings {
  loading: string;
  failed: string;
  resultsOne: string;
  resultsMany: string;
  noResults: string;
  filteredOne: string;
  filteredMany: string;
  filteredNone: string;
  otherResults: string;
  subResults: string;
  any: string;
  /** Tag of a result in the other language, shown in the same list ("英語"). */
  otherBadge: string;
  /** Filter values in display order, by filter name (values are labels in the page language). */
  order: Record<string, string[]>;
  /** Filter values of this language → the same filter's value in the other language's index. */
  toOther: Record<string, Record<string, string>>;
}

/** Results rendered per "show more". */
const pageSize = 10;
/** Pause after the last keystroke before searching. */
const typingDelayMs = 250;

/** Fills `{name}` placeholders. */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** A required element under the search root. */
function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

/** A hit to show: in the other language when `lang` is set, found through a translated name when `via` is. */
interface ShownHit {
  hit: SearchHit;
  lang?: string | undefined;
  via?: CrossVia | undefined;
}

/** A list of hits shown a page at a time. */
class ResultList {
  private hits: ShownHit[] = [];
  private shown = 0;
  private generation = 0;

  constructor(
    private readonly list: HTMLOListElement,
    private readonly more: HTMLButtonElement,
    private readonly labels: ResultLabels,
    private readonly lang?: string,
  ) {
    more.addEventListener('click', () => void this.showMore(true));
  }

  /** Replaces the hits and renders the first page of them. */
  async set(hits: ShownHit[]): Promise<void> {
    this.generation += 1;
    this.hits = hits;
    this.shown = 0;
    this.list.replaceChildren();
    await this.showMore(false);
  }

  /** Renders the next page; moves focus to its first link when the reader asked for it. */
  private async showMore(focus: boolean): Promise<void> {
    const generation = this.generation;
    const next = this.hits.slice(this.shown, this.shown + pageSize);
    const data = await Promise.all(next.map((shown) => shown.hit.data()));
    if (generation !== this.generation) return;
    const items = data.map((d, i) => renderResult(d, this.labels, next[i]!.lang ?? this.lang, next[i]!.via));
    this.list.append(...items);
    this.shown += next.length;
    this.more.hidden = this.shown >= this.hits.length;
    if (focus) items[0]?.querySelector('a')?.focus();
  }
}

/** The Pagefind instances of a search page. */
interface Searchers {
  /** This language's index; absent when the bundle has none (Pagefind would otherwise fall back to another). */
  own: PagefindInstance | undefined;
  /** The other language's index, created on first use (only when this language has no match). */
  other(): Promise<PagefindInstance | undefined>;
}

/** Opens this language's index now and prepares the other language's for later. */
async function openSearchers(bundle: string, lang: string, otherLang: string | undefined): Promise<Searchers> {
  const options = { ...searchTuning, basePath: bundle };
  const [module, entry] = await Promise.all([loadPagefind(bundle), loadEntry(bundle)]);
  const own = entry.languages[lang] ? createInstanceFor(module, lang, options) : undefined;
  let other: Promise<PagefindInstance> | undefined;
  return {
    own,
    other: async () => {
      if (otherLang === undefined || otherLang === lang || !entry.languages[otherLang]) return undefined;
      other ??= loadPagefind(bundle, otherLang).then((copy) => createInstanceFor(copy, otherLang, options));
      return other;
    },
  };
}

/** Wires the search page rooted at `root`. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const lang = root.dataset.lang ?? 'en';
  const bundle = root.dataset.bundle ?? '/pagefind/';
  const otherLang = root.dataset.otherLang;
  const otherSearch = root.dataset.otherSearch;
  const strings = JSON.parse(part<HTMLScriptElement>(root, '[data-search-strings]').textContent ?? '{}') as ClientStrings;
  const form = part<HTMLFormElement>(root, '[data-search-form]');
  const input = part<HTMLInputElement>(form, 'input[name="q"]');
  const filterBox = part<HTMLFieldSetElement>(form, '[data-search-filters]');
  const selects = Array.from(form.querySelectorAll<HTMLSelectElement>('select[data-filter]'));
  const reset = part<HTMLButtonElement>(form, '[data-search-reset]');
  const status = part<HTMLElement>(root, '[data-search-status]');
  const own = part<HTMLElement>(root, '[data-search-own]');
  const other = root.querySelector<HTMLElement>('[data-search-other]');
  const otherHint = root.querySelector<HTMLElement>('[data-search-other-hint]');
  const otherLink = otherHint?.querySelector<HTMLAnchorElement>('a') ?? null;
  const labels: ResultLabels = { subResults: strings.subResults, otherBadge: strings.otherBadge };
  const crossNamesUrl = root.dataset.crossNames;
  let crossNames: Promise<CrossLanguageData | undefined> | undefined;
  /** The translated names the query stands for (loaded on first use). */
  const crossMatches = async (query: string): Promise<CrossLanguageName[]> => {
    if (!crossNamesUrl || !query) return [];
    crossNames ??= loadNames(crossNamesUrl);
    const data = await crossNames;
    return data ? matchNames(data, query) : [];
  };

  const ownList = new ResultList(part(own, 'ol'), part(own, '[data-search-more]'), labels);
  const otherList = other ? new ResultList(part(other, 'ol'), part(other, '[data-search-more]'), labels, otherLang) : undefined;

  // State from the URL first, so a GET submission from any page's header lands here as a search.
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';

  /** Marks a search under way: `data-busy` for scripts and tests, `aria-busy` on the results. */
  const setBusy = (busy: boolean): void => {
    root.dataset.busy = String(busy);
    own.setAttribute('aria-busy', String(busy));
    other?.setAttribute('aria-busy', String(busy));
  };

  status.textContent = strings.loading;
  setBusy(true);
  let searchers: Searchers;
  try {
    searchers = await openSearchers(bundle, lang, otherLang);
    const counts = await (searchers.own ?? (await searchers.other()))?.filters();
    const offered = fillFilters(selects, counts ?? {}, strings, params);
    // Disabled and hidden until now, so a plain GET submission never carries empty filters;
    // an index without filter values (a language with few pages yet) shows none.
    filterBox.disabled = offered === 0;
    filterBox.hidden = offered === 0;
  } catch (error) {
    status.textContent = strings.failed;
    root.dataset.state = 'failed';
    setBusy(false);
    console.error('search: could not load Pagefind', error);
    return;
  }
  status.textContent = '';
  root.dataset.state = 'ready';
  setBusy(false);

  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const selection = (): FilterSelection => {
    const chosen: FilterSelection = {};
    for (const select of selects) if (select.value) chosen[select.dataset.filter!] = [select.value];
    return chosen;
  };

  /** The URL keeps the query and filters; the other edition's link carries the query's translation where there is one. */
  const syncUrl = (query: string, filters: FilterSelection, translated: string | undefined): void => {
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, values] of Object.entries(filters)) next.set(name, values[0]!);
    const search = next.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    const otherQuery = translated ?? query;
    if (otherLink && otherSearch) otherLink.href = otherQuery ? `${otherSearch}?${new URLSearchParams({ q: otherQuery })}` : otherSearch;
    if (otherHint) otherHint.hidden = !query;
  };

  /** One search for the current field and filters; a newer one makes it stop where it is. */
  const search = async (current: number): Promise<void> => {
    const query = input.value.trim();
    const filters = selection();
    const matches = await crossMatches(query);
    if (current !== generation) return;
    syncUrl(query, filters, matches[0]?.english);
    if (!query && Object.keys(filters).length === 0) {
      own.hidden = true;
      if (other) other.hidden = true;
      await Promise.all([ownList.set([]), otherList?.set([])]);
      status.textContent = '';
      return;
    }
    const term = query || null;
    const ownHits = searchers.own ? await searchRanked(searchers.own, term, { filters }) : [];
    if (current !== generation) return;
    // Without an index of its own the filters already hold the other index's values.
    const otherFilters = searchers.own ? translateFilters(filters, strings.toOther) : filters;
    // The English pages the translated names stand for, in the same list after this language's own results.
    const crossHits: ShownHit[] = [];
    if (matches.length > 0 && otherFilters) {
      const english = await searchers.other();
      const seen = new Set<string>();
      for (const match of english ? matches : []) {
        for (const hit of await searchRanked(english!, match.english, { filters: otherFilters })) {
          if (seen.has(hit.id)) continue;
          seen.add(hit.id);
          crossHits.push({ hit, lang: otherLang, via: { from: match.name, to: match.english, fromLang: lang, toLang: otherLang ?? 'en' } });
        }
      }
      if (current !== generation) return;
    }
    const hits: ShownHit[] = [...ownHits.map((hit) => ({ hit })), ...crossHits];
    await ownList.set(hits);
    own.hidden = hits.length === 0;

    let otherHits: SearchHit[] = [];
    if (otherList && hits.length === 0 && query && otherFilters) {
      const english = await searchers.other();
      otherHits = english ? await searchRanked(english, term, { filters: otherFilters }) : [];
      if (current !== generation) return;
    }
    await otherList?.set(otherHits.map((hit) => ({ hit })));
    if (current !== generation) return;
    if (other) other.hidden = otherHits.length === 0;

    const count = hits.length;
    const vars = { count, query };
    if (count > 0) {
      status.textContent = query
        ? fill(count === 1 ? strings.resultsOne : strings.resultsMany, vars)
        : fill(count === 1 ? strings.filteredOne : strings.filteredMany, vars);
    } else if (otherHits.length > 0) {
      status.textContent = fill(strings.otherResults, { count: otherHits.length, query });
    } else {
      status.textContent = fill(query ? strings.noResults : strings.filteredNone, vars);
    }
  };

  /** Runs a search, with the page marked busy until the newest one has finished. */
  const run = async (): Promise<void> => {
    clearTimeout(timer);
    const current = ++generation;
    setBusy(true);
    try {
      await search(current);
    } catch (error) {
      if (current === generation) status.textContent = strings.failed;
      console.error('search: query failed', error);
    } finally {
      if (current === generation) setBusy(false);
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), typingDelayMs);
  });
  for (const select of selects) select.addEventListener('change', () => void run());
  reset.addEventListener('click', () => {
    for (const select of selects) select.value = '';
    void run();
    input.focus();
  });

  if (input.value || selects.some((s) => s.value)) await run();
}

/**
 * The same filters for the other language's index (its values are labels in that language), or
 * undefined when a chosen value has no counterpart there, so no unfiltered results are passed off as filtered.
 */
function translateFilters(filters: FilterSelection, toOther: ClientStrings['toOther']): FilterSelection | undefined {
  const result: FilterSelection = {};
  for (const [name, values] of Object.entries(filters)) {
    const mapped = values.map((value) => toOther[name]?.[value]);
    if (mapped.some((value) => value === undefined)) return undefined;
    result[name] = mapped as string[];
  }
  return result;
}

/**
 * Fills each filter's select with the values the index has, labelled and counted, and selects the
 * URL's value; returns how many filters have values to offer.
 */
function fillFilters(selects: HTMLSelectElement[], counts: FilterCounts, strings: ClientStrings, params: URLSearchParams): number {
  let offered = 0;
  for (const select of selects) {
    const name = select.dataset.filter!;
    const values = counts[name] ?? {};
    const order = strings.order[name] ?? [];
    const known = order.filter((value) => value in values);
    const rest = Object.keys(values)
      .filter((value) => !order.includes(value))
      .sort((a, b) => a.localeCompare(b));
    const any = new Option(strings.any, '');
    const options = [...known, ...rest].map((value) => new Option(`${value} (${values[value]})`, value));
    select.replaceChildren(any, ...options);
    const wanted = params.get(name);
    select.value = wanted !== null && wanted in values ? wanted : '';
    // A filter with nothing to choose from is noise; keep it out of the tab order.
    select.closest<HTMLElement>('[data-search-filter]')!.hidden = options.length === 0;
    if (options.length > 0) offered += 1;
  }
  return offered;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void startSearch(root);
