/** The search page's filter selects: filled from the index's counts, read as a selection, mapped to the other language. */
import type { FilterCounts, FilterSelection } from './pagefind-api';
import type { ClientStrings } from './search-client';

/** The chosen filter values (one per select at most). */
export function selectedFilters(selects: readonly HTMLSelectElement[]): FilterSelection {
  const chosen: FilterSelection = {};
  for (const select of selects) if (select.value) chosen[select.dataset.filter!] = [select.value];
  return chosen;
}

/**
 * The same filters for the other language's index (its values are labels in that language), or
 * undefined when a chosen value has no counterpart there, so no unfiltered results are passed off as filtered.
 */
export function translateFilters(filters: FilterSelection, toOther: ClientStrings['toOther']): FilterSelection | undefined {
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
export function fillFilters(selects: HTMLSelectElement[], counts: FilterCounts, strings: ClientStrings, params: URLSearchParams): number {
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
