/**
 * One search page's searching: a query and filters in, this language's hits (plus the English pages
 * its translated names stand for) or, failing those, the other language's hits out, the URL and the
 * live status kept in step. A newer search makes an older one stop where it is.
 */
import type { CrossLanguageData, CrossLanguageName } from '../../lib/crossLanguageNames';
import { loadNames, matchNames } from './cross-language';
import { selectedFilters, translateFilters } from './filter-selects';
import { searchRanked, type FilterSelection, type SearchHit } from './pagefind-api';
import type { ShownHit } from './result-list';
import { setBusy, type SearchPageParts } from './search-page-parts';
import type { Searchers } from './searchers';

/** Fills `{name}` placeholders. */
function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** Searches of one page, numbered so that only the newest one renders. */
export class SearchSession {
  private generation = 0;
  private crossNames: Promise<CrossLanguageData | undefined> | undefined;

  constructor(
    private readonly page: SearchPageParts,
    private readonly searchers: Searchers,
  ) {}

  /** Runs a search for the current field and filters, with the page marked busy until the newest one has finished. */
  async run(): Promise<void> {
    const current = ++this.generation;
    setBusy(this.page, true);
    try {
      await this.search(current);
    } catch (error) {
      if (current === this.generation) this.page.status.textContent = this.page.strings.failed;
      console.error('search: query failed', error);
    } finally {
      if (current === this.generation) setBusy(this.page, false);
    }
  }

  /** One search; returns early whenever a newer one has started. */
  private async search(current: number): Promise<void> {
    const { page } = this;
    const stale = (): boolean => current !== this.generation;
    const query = page.input.value.trim();
    const filters = selectedFilters(page.selects);
    const matches = await this.crossMatches(query);
    if (stale()) return;
    this.syncUrl(query, filters, matches[0]?.english);
    if (!query && Object.keys(filters).length === 0) return this.clear();
    // Without an index of its own the filters already hold the other index's values.
    const otherFilters = this.searchers.own ? translateFilters(filters, page.strings.toOther) : filters;
    const ownHits = this.searchers.own ? await searchRanked(this.searchers.own, query || null, { filters }) : [];
    if (stale()) return;
    const crossHits = otherFilters ? await this.crossHits(matches, otherFilters) : [];
    if (stale()) return;
    const hits: ShownHit[] = [...ownHits.map((hit) => ({ hit })), ...crossHits];
    await page.ownList.set(hits);
    page.own.hidden = hits.length === 0;
    const otherHits = page.otherList && hits.length === 0 && query && otherFilters ? await this.otherHits(query, otherFilters) : [];
    if (stale()) return;
    await page.otherList?.set(otherHits.map((hit) => ({ hit })));
    if (stale()) return;
    if (page.other) page.other.hidden = otherHits.length === 0;
    page.status.textContent = this.statusText(query, hits.length, otherHits.length);
  }

  /** No query and no filter: nothing shown, nothing said. */
  private async clear(): Promise<void> {
    const { page } = this;
    page.own.hidden = true;
    if (page.other) page.other.hidden = true;
    await Promise.all([page.ownList.set([]), page.otherList?.set([])]);
    page.status.textContent = '';
  }

  /** The translated names the query stands for (the names file is loaded on first use). */
  private async crossMatches(query: string): Promise<CrossLanguageName[]> {
    const url = this.page.crossNamesUrl;
    if (!url || !query) return [];
    this.crossNames ??= loadNames(url);
    const data = await this.crossNames;
    return data ? matchNames(data, query) : [];
  }

  /** The English pages the translated names stand for, shown in the same list after this language's own results. */
  private async crossHits(matches: readonly CrossLanguageName[], filters: FilterSelection): Promise<ShownHit[]> {
    if (matches.length === 0) return [];
    const english = await this.searchers.other();
    if (!english) return [];
    const { lang, otherLang } = this.page;
    const seen = new Set<string>();
    const found: ShownHit[] = [];
    for (const match of matches) {
      for (const hit of await searchRanked(english, match.english, { filters })) {
        if (seen.has(hit.id)) continue;
        seen.add(hit.id);
        found.push({ hit, lang: otherLang, via: { from: match.name, to: match.english, fromLang: lang, toLang: otherLang ?? 'en' } });
      }
    }
    return found;
  }

  /** The other language's hits for the query (asked only when this language has none). */
  private async otherHits(query: string, filters: FilterSelection): Promise<SearchHit[]> {
    const english = await this.searchers.other();
    return english ? searchRanked(english, query, { filters }) : [];
  }

  /** What the live status line says about a finished search. */
  private statusText(query: string, count: number, otherCount: number): string {
    const { strings } = this.page;
    const vars = { count, query };
    if (count > 0) {
      if (query) return fill(count === 1 ? strings.resultsOne : strings.resultsMany, vars);
      return fill(count === 1 ? strings.filteredOne : strings.filteredMany, vars);
    }
    if (otherCount > 0) return fill(strings.otherResults, { count: otherCount, query });
    return fill(query ? strings.noResults : strings.filteredNone, vars);
  }

  /** The URL keeps the query and filters; the other edition's link carries the query's translation where there is one. */
  private syncUrl(query: string, filters: FilterSelection, translated: string | undefined): void {
    const { otherLink, otherSearch, otherHint } = this.page;
    const next = new URLSearchParams();
    if (query) next.set('q', query);
    for (const [name, values] of Object.entries(filters)) next.set(name, values[0]!);
    const search = next.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
    const otherQuery = translated ?? query;
    if (otherLink && otherSearch) otherLink.href = otherQuery ? `${otherSearch}?${new URLSearchParams({ q: otherQuery })}` : otherSearch;
    if (otherHint) otherHint.hidden = !query;
  }
}
