/**
 * A drop-in replacement for `relatedEntries` (scripts/ingest/topics.ts), for its owner to adopt:
 * same inputs, same output (ties by key in code-unit order), but without comparing every entry
 * with every other. The current version scores all n² pairs (filtering topic arrays and testing
 * ancestry for each), which is 70% of ingest at 7,000 entries and grows quadratically.
 *
 * Entries are grouped by their set of topics (a bitmask). For each distinct set, the groups sharing
 * topics with it are bucketed by the number shared (popcount of the AND), and their key-sorted lists
 * merged lazily (a heap per level) into one ranked candidate list, shared by every entry with that
 * topic set. An entry takes the first `limit` candidates that are not itself, an ancestor or a
 * descendant. Cost: O(G² + n·(limit + skipped)·log G) for G distinct topic sets, instead of n².
 *
 * `node --import tsx scripts/bench/prototypes/related-entries.ts <content-seeds-dir>` checks it against
 * the current implementation on a corpus and prints both timings.
 */

/** As in scripts/ingest/topics.ts. */
export interface Placed {
  key: string;
  text: string;
}

const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function popcount(words: Uint32Array): number {
  let count = 0;
  for (let w of words) {
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    count += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return count;
}

/** Same contract as `relatedEntries` in scripts/ingest/topics.ts. */
export function relatedEntriesFast(entries: readonly Placed[], topics: ReadonlyMap<string, readonly string[]>, limit = 6): Map<string, string[]> {
  const bit = new Map<string, number>();
  for (const entry of entries) for (const t of topics.get(entry.key) ?? []) if (!bit.has(t)) bit.set(t, bit.size);
  const words = Math.max(1, Math.ceil(bit.size / 32));
  const maskOf = (key: string): Uint32Array => {
    const mask = new Uint32Array(words);
    for (const t of new Set(topics.get(key) ?? [])) {
      const b = bit.get(t)!;
      mask[b >>> 5]! |= 1 << (b & 31);
    }
    return mask;
  };
  // Groups of entries with the same topic set, keys sorted.
  const groups = new Map<string, { mask: Uint32Array; keys: string[] }>();
  const groupOf = new Map<string, string>();
  for (const entry of entries) {
    const mask = maskOf(entry.key);
    const id = mask.join(',');
    groupOf.set(entry.key, id);
    const group = groups.get(id);
    if (group) group.keys.push(entry.key);
    else groups.set(id, { mask, keys: [entry.key] });
  }
  for (const group of groups.values()) group.keys.sort(compareKeys);
  const list = [...groups.values()];
  // For each distinct topic set, its candidates in final order (shared topics desc, key asc), merged
  // lazily from the groups that share topics with it: entries with the same topic set share the list.
  const candidates = new Map<string, { keys: string[]; more: () => boolean }>();
  const candidatesOf = (id: string): { keys: string[]; more: () => boolean } => {
    let found = candidates.get(id);
    if (found) return found;
    const own = groups.get(id)!.mask;
    const byShared = new Map<number, string[][]>();
    const and = new Uint32Array(words);
    for (const other of list) {
      for (let i = 0; i < words; i++) and[i] = own[i]! & other.mask[i]!;
      const shared = popcount(and);
      if (shared === 0) continue;
      const level = byShared.get(shared);
      if (level) level.push(other.keys);
      else byShared.set(shared, [other.keys]);
    }
    const levels = [...byShared].sort((a, b) => b[0] - a[0]).map(([, lists]) => lists);
    let level = 0;
    let heap: { keys: string[]; at: number }[] = [];
    const keys: string[] = [];
    const less = (a: { keys: string[]; at: number }, b: { keys: string[]; at: number }) => a.keys[a.at]! < b.keys[b.at]!;
    const down = (i: number): void => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    };
    /** Appends the next candidate; false when there is none. */
    const more = (): boolean => {
      while (heap.length === 0) {
        if (level >= levels.length) return false;
        heap = levels[level++]!.map((k) => ({ keys: k, at: 0 }));
        for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
      }
      const top = heap[0]!;
      keys.push(top.keys[top.at++]!);
      if (top.at < top.keys.length) down(0);
      else {
        const last = heap.pop()!;
        if (heap.length > 0) {
          heap[0] = last;
          down(0);
        }
      }
      return true;
    };
    found = { keys, more };
    candidates.set(id, found);
    return found;
  };

  const related = new Map<string, string[]>();
  for (const entry of entries) {
    const key = entry.key;
    const skip = (other: string): boolean => other === key || other.startsWith(`${key}/`) || key.startsWith(`${other}/`);
    const ranked = candidatesOf(groupOf.get(key)!);
    const picked: string[] = [];
    for (let i = 0; picked.length < limit; i++) {
      if (i >= ranked.keys.length && !ranked.more()) break;
      const other = ranked.keys[i]!;
      if (!skip(other)) picked.push(other);
    }
    related.set(key, picked);
  }
  return related;
}

/** Checks the grouped version against the current one on an ingested content folder. */
async function main(contentDir: string): Promise<void> {
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { default: matter } = await import('gray-matter');
  const { relatedEntries } = await import('../../ingest/topics');
  const entries: Placed[] = [];
  const topics = new Map<string, string[]>();
  for (const collection of ['sections', 'measures']) {
    for (const e of readdirSync(join(contentDir, collection, 'en'), { recursive: true, withFileTypes: true })) {
      if (!e.isFile()) continue;
      const { data } = matter(readFileSync(join(e.parentPath, e.name), 'utf8'));
      entries.push({ key: String(data.key), text: '' });
      topics.set(String(data.key), data.topics as string[]);
    }
  }
  let started = performance.now();
  const current = relatedEntries(entries, topics);
  const currentMs = performance.now() - started;
  started = performance.now();
  const grouped = relatedEntriesFast(entries, topics);
  const groupedMs = performance.now() - started;
  const differing = [...current].filter(([key, keys]) => JSON.stringify(keys) !== JSON.stringify(grouped.get(key)));
  for (const [key, keys] of differing.slice(0, 3)) console.log(`differs at ${key}: ${keys.join(' ')} | ${grouped.get(key)?.join(' ')}`);
  console.log(`${entries.length} entries: current ${currentMs.toFixed(0)} ms, grouped ${groupedMs.toFixed(0)} ms, ${differing.length} differences`);
}

if (process.argv[1]?.endsWith('related-entries.ts') && process.argv[2]) await main(process.argv[2]);
