/** How an entry refers to another. */
export type LinkKind = 'cites' | 'related';

/** The outgoing references of an entry. */
export interface Referring {
  /** The referring entry's key. */
  key: string;
  /** Keys it cites explicitly. */
  cites: readonly string[];
  /** Keys it lists as related. */
  related: readonly string[];
}

/** One incoming reference: who refers, and how. */
export interface Backlink {
  /** Key of the referring entry. */
  key: string;
  /** The ways it refers (cites first). */
  via: LinkKind[];
}

/**
 * For every referenced key, the entries whose `cites` or `related` include it, in the order the entries are
 * given (pass them in reading order); an entry never lists itself, and appears once however it refers.
 */
export function backlinks(entries: readonly Referring[]): Map<string, Backlink[]> {
  // Per target, its referrers by key (insertion order is the order of `entries`), so a popular target
  // costs one lookup per reference instead of a scan of its list.
  const bySource = new Map<string, Map<string, Backlink>>();
  const add = (target: string, source: string, kind: LinkKind) => {
    if (target === source) return;
    let links = bySource.get(target);
    if (!links) bySource.set(target, (links = new Map()));
    const existing = links.get(source);
    if (existing) {
      if (!existing.via.includes(kind)) existing.via.push(kind);
    } else {
      links.set(source, { key: source, via: [kind] });
    }
  };
  for (const entry of entries) {
    for (const target of entry.cites) add(target, entry.key, 'cites');
    for (const target of entry.related) add(target, entry.key, 'related');
  }
  return new Map([...bySource].map(([target, links]) => [target, [...links.values()]]));
}

/** How many entries that only list an entry as related its page shows (the rest are counted). */
export const RELATED_BACKLINKS_SHOWN = 10;

/** Where an entry stands: its document and its index in the site's reading order. */
export interface ReadingPosition {
  /** The document's key. */
  document: string;
  /** Index in the site's reading order (documents in order, each in reading order). */
  index: number;
}

/** The backlinks a page shows: every citation, and the nearest entries that list it as related. */
export interface ShownBacklinks<T extends { via: readonly LinkKind[] }> {
  /** Entries that cite it (whether or not they also list it as related), in the order given. */
  cites: T[];
  /** At most `limit` entries that only list it as related, nearest first. */
  related: T[];
  /** How many more entries list it as related than `related` shows. */
  moreRelated: number;
}

/**
 * Splits an entry's backlinks into explicit citations, all shown, and entries that only list it as related,
 * of which the `limit` nearest are shown: first those of the same document, by distance in reading order
 * (the earlier first on a tie), then those of other documents in reading order. Automatic "related" lists
 * can name one entry hundreds of times; citations are few and deliberate.
 */
export function shownBacklinks<T extends { via: readonly LinkKind[] }>(
  links: readonly T[],
  target: ReadingPosition,
  positionOf: (link: T) => ReadingPosition,
  limit = RELATED_BACKLINKS_SHOWN,
): ShownBacklinks<T> {
  const cites = links.filter((link) => link.via.includes('cites'));
  const related = links.filter((link) => !link.via.includes('cites'));
  const rank = (link: T): [number, number, number] => {
    const at = positionOf(link);
    return at.document === target.document ? [0, Math.abs(at.index - target.index), at.index] : [1, at.index, at.index];
  };
  const nearest = related
    .map((link) => ({ link, rank: rank(link) }))
    .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2])
    .slice(0, Math.max(0, limit))
    .map(({ link }) => link);
  return { cites, related: nearest, moreRelated: related.length - nearest.length };
}
