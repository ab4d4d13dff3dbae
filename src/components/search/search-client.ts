/**
 * The search page's client: reads `?q=` and filters from the URL, searches this language's Pagefind
 * index as the reader types, shows filters as labelled selects, announces result counts, and, on a
 * page whose language has no match, offers the English index's results labelled as English.
 * Loaded only by the search page (SearchPage.astro); the form works as a plain GET form without it.
 * The root element tells scripts where it stands: `data-state="ready|failed"` once Pagefind has
 * loaded (or not), `data-busy="true|false"` around every search.
 */
import { fillFilters } from './filter-selects';
import { readSearchPage, setBusy, type SearchPageParts } from './search-page-parts';
import { SearchSession } from './search-session';
import { openSearchers, type Searchers } from './searchers';
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
  /** What only the offline edition's search (scripts/offline/client/offline-search.js) shows; it reads this same JSON. */
  offline: {
    more: string;
    unavailable: string;
    /** Tag of each kind of result, by collection. */
    kinds: Record<'documents' | 'sections' | 'measures' | 'glossary' | 'topics', string>;
  };
  /** Filter values in display order, by filter name (values are labels in the page language). */
  order: Record<string, string[]>;
  /** Filter values of this language → the same filter's value in the other language's index. */
  toOther: Record<string, Record<string, string>>;
}

/** Pause after the last keystroke before searching. */
const typingDelayMs = 250;

/** Fills the filter selects from the index's counts and shows the filters that have values. */
async function loadFilters(page: SearchPageParts, searchers: Searchers, params: URLSearchParams): Promise<void> {
  const counts = await (searchers.own ?? (await searchers.other()))?.filters();
  const offered = fillFilters(page.selects, counts ?? {}, page.strings, params);
  // Disabled and hidden until now, so a plain GET submission never carries empty filters;
  // an index without filter values (a language with few pages yet) shows none.
  page.filterBox.disabled = offered === 0;
  page.filterBox.hidden = offered === 0;
}

/** Searches on submit, after a pause in typing, on a filter change and on reset. */
function wireEvents(page: SearchPageParts, session: SearchSession): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = (): void => {
    clearTimeout(timer);
    void session.run();
  };
  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  page.input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, typingDelayMs);
  });
  for (const select of page.selects) select.addEventListener('change', run);
  page.reset.addEventListener('click', () => {
    for (const select of page.selects) select.value = '';
    run();
    page.input.focus();
  });
}

/** Wires the search page rooted at `root`: opens the index, fills the filters, runs the URL's search. */
export async function startSearch(root: HTMLElement): Promise<void> {
  const page = readSearchPage(root);
  // State from the URL first, so a GET submission from any page's header lands here as a search.
  const params = new URLSearchParams(location.search);
  page.input.value = params.get('q') ?? '';
  page.status.textContent = page.strings.loading;
  setBusy(page, true);
  let searchers: Searchers;
  try {
    searchers = await openSearchers(page.bundle, page.lang, page.otherLang);
    // Filling the filters costs no extra bytes: Pagefind loads every filter chunk for any search
    // anyway (a search returns the filter counts of its results).
    await loadFilters(page, searchers, params);
  } catch (error) {
    page.status.textContent = page.strings.failed;
    root.dataset.state = 'failed';
    setBusy(page, false);
    console.error('search: could not load Pagefind', error);
    return;
  }
  page.status.textContent = '';
  root.dataset.state = 'ready';
  setBusy(page, false);
  const session = new SearchSession(page, searchers);
  wireEvents(page, session);
  if (page.input.value || page.selects.some((s) => s.value)) await session.run();
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void startSearch(root);
