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
  const result = new Map<string, Backlink[]>();
  const add = (target: string, source: string, kind: LinkKind) => {
    if (target === source) return;
    const list = result.get(target) ?? [];
    const existing = list.find((link) => link.key === source);
    if (existing) {
      if (!existing.via.includes(kind)) existing.via.push(kind);
    } else {
      list.push({ key: source, via: [kind] });
    }
    result.set(target, list);
  };
  for (const entry of entries) {
    for (const target of entry.cites) add(target, entry.key, 'cites');
    for (const target of entry.related) add(target, entry.key, 'related');
  }
  return result;
}
