/** The search page's elements and settings, read once from the markup SearchPage.astro renders. */
import type { ClientStrings } from './search-client';
import { ResultList } from './result-list';
import type { ResultLabels } from './render-results';

/** Everything the client needs from the page. */
export interface SearchPageParts {
  root: HTMLElement;
  lang: string;
  /** The Pagefind bundle folder (`/pagefind/`). */
  bundle: string;
  /** The language whose results are offered when this one has none (absent on the English page). */
  otherLang: string | undefined;
  /** The other language's search page. */
  otherSearch: string | undefined;
  /** This language's translated names file (`/data/cross-language/<lang>.json`). */
  crossNamesUrl: string | undefined;
  strings: ClientStrings;
  form: HTMLFormElement;
  input: HTMLInputElement;
  filterBox: HTMLFieldSetElement;
  selects: HTMLSelectElement[];
  reset: HTMLButtonElement;
  status: HTMLElement;
  own: HTMLElement;
  other: HTMLElement | null;
  otherHint: HTMLElement | null;
  otherLink: HTMLAnchorElement | null;
  ownList: ResultList;
  otherList: ResultList | undefined;
}

/** A required element under `root`. */
function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: missing ${selector}`);
  return found;
}

/** Reads the search page rooted at `root`; throws naming a missing element. */
export function readSearchPage(root: HTMLElement): SearchPageParts {
  const strings = JSON.parse(part<HTMLScriptElement>(root, '[data-search-strings]').textContent ?? '{}') as ClientStrings;
  const form = part<HTMLFormElement>(root, '[data-search-form]');
  const own = part<HTMLElement>(root, '[data-search-own]');
  const other = root.querySelector<HTMLElement>('[data-search-other]');
  const otherHint = root.querySelector<HTMLElement>('[data-search-other-hint]');
  const otherLang = root.dataset.otherLang;
  const labels: ResultLabels = { subResults: strings.subResults, otherBadge: strings.otherBadge };
  return {
    root,
    lang: root.dataset.lang ?? 'en',
    bundle: root.dataset.bundle ?? '/pagefind/',
    otherLang,
    otherSearch: root.dataset.otherSearch,
    crossNamesUrl: root.dataset.crossNames,
    strings,
    form,
    input: part<HTMLInputElement>(form, 'input[name="q"]'),
    filterBox: part<HTMLFieldSetElement>(form, '[data-search-filters]'),
    selects: Array.from(form.querySelectorAll<HTMLSelectElement>('select[data-filter]')),
    reset: part<HTMLButtonElement>(form, '[data-search-reset]'),
    status: part<HTMLElement>(root, '[data-search-status]'),
    own,
    other,
    otherHint,
    otherLink: otherHint?.querySelector<HTMLAnchorElement>('a') ?? null,
    ownList: new ResultList(part(own, 'ol'), part(own, '[data-search-more]'), labels),
    otherList: other ? new ResultList(part(other, 'ol'), part(other, '[data-search-more]'), labels, otherLang) : undefined,
  };
}

/** Marks a search under way: `data-busy` for scripts and tests, `aria-busy` on the results. */
export function setBusy(page: Pick<SearchPageParts, 'root' | 'own' | 'other'>, busy: boolean): void {
  page.root.dataset.busy = String(busy);
  page.own.setAttribute('aria-busy', String(busy));
  page.other?.setAttribute('aria-busy', String(busy));
}
