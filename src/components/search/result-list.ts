/** The results regions of the search page: hits rendered a page at a time, with "show more". */
import type { SearchHit } from './pagefind-api';
import { renderResult, type CrossVia, type ResultLabels } from './render-results';

/** Results rendered per "show more". */
const pageSize = 10;

/** A hit to show: in the other language when `lang` is set, found through a translated name when `via` is. */
export interface ShownHit {
  hit: SearchHit;
  lang?: string | undefined;
  via?: CrossVia | undefined;
}

/** A list of hits shown a page at a time. */
export class ResultList {
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
