import { actors as actorOrder, type Actor } from '../../src/schemas/index';
import { wholeWords } from './glossary';
import type { Vocabulary } from './manifest';
import { appendAll } from './arrays';

/** What relation computation needs to know about an entry. */
export interface Placed {
  key: string;
  /** Key of the entry's document (absent: all entries count as one document). */
  document?: string | undefined;
}

/** Compiled matchers, one per vocabulary table (the same table object gives the same matchers). */
const topicMatchers = new WeakMap<Vocabulary['topics'], { key: string; pattern: RegExp }[]>();
const actorMatchers = new WeakMap<Vocabulary['actors'], { actor: Actor; pattern: RegExp }[]>();

/** Topic keys whose keywords occur (whole words, any case) in the text, in vocabulary order. */
export function topicsOf(text: string, topics: Vocabulary['topics']): string[] {
  let matchers = topicMatchers.get(topics);
  if (!matchers) topicMatchers.set(topics, (matchers = topics.map((topic) => ({ key: topic.key, pattern: wholeWords(topic.keywords, 'iu') }))));
  return matchers.filter((m) => m.pattern.test(text)).map((m) => m.key);
}

/** Actors whose keywords occur in the text, in the schema's order of actors. */
export function actorsOf(text: string, table: Vocabulary['actors']): Actor[] {
  let matchers = actorMatchers.get(table);
  if (!matchers) {
    matchers = actorOrder.flatMap((actor) => {
      const phrases = table[actor];
      return phrases !== undefined && phrases.length > 0 ? [{ actor, pattern: wholeWords(phrases, 'iu') }] : [];
    });
    actorMatchers.set(table, matchers);
  }
  return matchers.filter((m) => m.pattern.test(text)).map((m) => m.actor);
}

function popcount(w: number): number {
  w -= (w >>> 1) & 0x55555555;
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * For each entry, up to `limit` entries of any document that share topics with it, leaving out the
 * entry itself, its ancestors and its descendants, which the reader sees anyway. Ranked by number of
 * shared topics; ties by nearness: the same document first, then distance in reading order, then key
 * (code-unit order). `entries` is the reading order, each document's entries contiguous.
 * With `otherDocumentsOnly`, only entries of other documents are candidates (see `relatedAcrossDocuments`).
 *
 * Not n² pairs of entries: entries are grouped by topic set (a bitmask), each group keeping its
 * reading positions in order. For each distinct topic set, the groups sharing topics with it are
 * bucketed once by the number shared. An entry then takes candidates bucket by bucket, nearest
 * first: from a heap of the bucket's groups walked outward from the entry's own position (two
 * streams per group, each already in order of nearness), or, when the bucket holds many groups and
 * so many entries, by walking outward over all entries and keeping those in the bucket. Cost: one
 * AND + popcount per pair of distinct topic sets, plus per entry about
 * min(groups · log, n / bucket entries) per candidate taken or skipped (self, ancestors, descendants).
 */
export function relatedEntries(
  entries: readonly Placed[],
  topics: ReadonlyMap<string, readonly string[]>,
  limit = 6,
  otherDocumentsOnly = false,
): Map<string, string[]> {
  const n = entries.length;
  const keys = entries.map((e) => e.key);
  const docOf = entries.map((e) => e.document);
  const bit = new Map<string, number>();
  for (const entry of entries) for (const t of topics.get(entry.key) ?? []) if (!bit.has(t)) bit.set(t, bit.size);
  const words = Math.max(1, Math.ceil(bit.size / 32));
  // Groups of entries with the same topic set: masks side by side, positions ascending.
  const groupIds = new Map<string, number>();
  const groupOf = new Int32Array(n);
  const positions: number[][] = [];
  const maskWords: number[] = [];
  const mask = new Uint32Array(words);
  for (let p = 0; p < n; p++) {
    mask.fill(0);
    for (const t of topics.get(keys[p]!) ?? []) {
      const b = bit.get(t)!;
      mask[b >>> 5]! |= 1 << (b & 31);
    }
    const id = mask.join(',');
    let g = groupIds.get(id);
    if (g === undefined) {
      groupIds.set(id, (g = positions.length));
      positions.push([]);
      appendAll(maskWords, mask);
    }
    positions[g]!.push(p);
    groupOf[p] = g;
  }
  const masks = Uint32Array.from(maskWords);
  const groupCount = positions.length;

  /**
   * Per group's topic set: the groups sharing topics with it, bucketed by number shared (most first),
   * with the number of entries in each bucket.
   */
  interface Bucket {
    level: number;
    groups: Int32Array;
    entries: number;
  }
  const bucketsOf = new Map<number, Bucket[]>();
  const sizes = Int32Array.from(positions, (list) => list.length);
  const shared = new Int32Array(groupCount);
  const groupsAt = new Int32Array(bit.size + 2);
  const entriesAt = new Int32Array(bit.size + 1);
  const bucketsFor = (own: number): Bucket[] => {
    let found = bucketsOf.get(own);
    if (found) return found;
    groupsAt.fill(0);
    entriesAt.fill(0);
    if (words === 1) {
      const ownMask = masks[own]!;
      for (let g = 0; g < groupCount; g++) {
        const count = popcount(ownMask & masks[g]!);
        shared[g] = count;
        groupsAt[count]!++;
        entriesAt[count]! += sizes[g]!;
      }
    } else {
      for (let g = 0; g < groupCount; g++) {
        let count = 0;
        for (let i = 0; i < words; i++) count += popcount(masks[own * words + i]! & masks[g * words + i]!);
        shared[g] = count;
        groupsAt[count]!++;
        entriesAt[count]! += sizes[g]!;
      }
    }
    // One array of the groups sharing anything, most shared first (a counting sort by level).
    const start = new Int32Array(bit.size + 2);
    for (let level = bit.size; level > 0; level--) start[level - 1] = start[level]! + groupsAt[level]!;
    const all = new Int32Array(start[0]!);
    const fill = start.slice();
    for (let g = 0; g < groupCount; g++) if (shared[g]! > 0) all[fill[shared[g]!]!++] = g;
    found = [];
    for (let level = bit.size; level > 0; level--) {
      if (groupsAt[level]) found.push({ level, groups: all.subarray(start[level]!, start[level - 1]!), entries: entriesAt[level]! });
    }
    bucketsOf.set(own, found);
    return found;
  };
  /** Topics shared by the entries at positions p and q. */
  const sharedAt = (p: number, q: number): number => {
    let count = 0;
    for (let i = 0, a = groupOf[p]! * words, b = groupOf[q]! * words; i < words; i++) count += popcount(masks[a + i]! & masks[b + i]!);
    return count;
  };

  const related = new Map<string, string[]>();
  // The heap holds streams: a group's positions walked left (step -1) or right (step +1) from p.
  const heapGroup: number[] = [];
  const heapAt: number[] = [];
  const heapStep: number[] = [];
  for (let p = 0; p < n; p++) {
    const key = keys[p]!;
    const doc = docOf[p];
    /** Whether the candidate at position a comes before the one at b. */
    const before = (a: number, b: number): boolean => {
      const sameA = docOf[a] === doc;
      // Kept even when only other documents are wanted: each outward stream must stay in this order
      // (own document first, then farther), and `take` skips the own document's entries.
      if (sameA !== (docOf[b] === doc)) return sameA;
      const da = Math.abs(a - p);
      const db = Math.abs(b - p);
      if (da !== db) return da < db;
      return keys[a]! < keys[b]!;
    };
    const head = (i: number): number => positions[heapGroup[i]!]![heapAt[i]!]!;
    const swap = (i: number, j: number): void => {
      [heapGroup[i], heapGroup[j]] = [heapGroup[j]!, heapGroup[i]!];
      [heapAt[i], heapAt[j]] = [heapAt[j]!, heapAt[i]!];
      [heapStep[i], heapStep[j]] = [heapStep[j]!, heapStep[i]!];
    };
    const down = (i: number): void => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heapGroup.length && before(head(l), head(m))) m = l;
        if (r < heapGroup.length && before(head(r), head(m))) m = r;
        if (m === i) return;
        swap(i, m);
        i = m;
      }
    };
    const picked: string[] = [];
    const take = (q: number): void => {
      const other = keys[q]!;
      if (otherDocumentsOnly && docOf[q] === doc) return;
      if (other !== key && !other.startsWith(`${key}/`) && !key.startsWith(`${other}/`)) picked.push(other);
    };
    for (const bucket of bucketsFor(groupOf[p]!)) {
      if (picked.length >= limit) break;
      // A bucket of many groups is cheaper to find by walking outward over all entries, testing each
      // (about n / bucket size steps per candidate) than by a heap over its groups.
      if (bucket.groups.length * 8 > (n * (limit - picked.length + 1)) / bucket.entries) {
        let l = p - 1;
        let r = p + 1;
        let seen = bucket.level === sharedAt(p, p) ? 1 : 0; // the entry itself is in its top bucket
        while (picked.length < limit && seen < bucket.entries) {
          const q = l < 0 ? r++ : r >= n ? l-- : before(l, r) ? l-- : r++;
          if (sharedAt(p, q) !== bucket.level) continue;
          seen++;
          take(q);
        }
        continue;
      }
      heapGroup.length = heapAt.length = heapStep.length = 0;
      for (const g of bucket.groups) {
        const list = positions[g]!;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (list[mid]! < p) lo = mid + 1;
          else hi = mid;
        }
        if (lo > 0) heapGroup.push(g), heapAt.push(lo - 1), heapStep.push(-1);
        if (lo < list.length) heapGroup.push(g), heapAt.push(lo), heapStep.push(1);
      }
      for (let i = (heapGroup.length >> 1) - 1; i >= 0; i--) down(i);
      while (picked.length < limit && heapGroup.length > 0) {
        take(head(0));
        const next = heapAt[0]! + heapStep[0]!;
        if (next >= 0 && next < positions[heapGroup[0]!]!.length) heapAt[0] = next;
        else {
          const last = heapGroup.length - 1;
          swap(0, last);
          heapGroup.length = heapAt.length = heapStep.length = last;
        }
        down(0);
      }
    }
    related.set(key, picked);
  }
  return related;
}

/**
 * Related entries that always reach across documents where the themes allow: the nearest `limit` entries
 * (`relatedEntries`), of which up to `across` places are kept for the best entries of other documents.
 * Nearness alone would fill every list from the entry's own document, and the edition exists to link
 * the documents to each other. The result stays ranked by shared topics (stable for equal counts).
 */
export function relatedAcrossDocuments(
  entries: readonly Placed[],
  topics: ReadonlyMap<string, readonly string[]>,
  limit = 6,
  across = 2,
): Map<string, string[]> {
  const near = relatedEntries(entries, topics, limit);
  const far = relatedEntries(entries, topics, across, true);
  const documentOf = new Map(entries.map((e) => [e.key, e.document]));
  const result = new Map<string, string[]>();
  for (const { key, document } of entries) {
    const own = near.get(key) ?? [];
    const wanted = (far.get(key) ?? []).filter((k) => !own.includes(k));
    const already = own.filter((k) => documentOf.get(k) !== document).length;
    let room = Math.max(0, Math.min(across, already + wanted.length) - already);
    const kept = [...own];
    // Make room by dropping the weakest same-document entries (the list is strongest first).
    for (let i = kept.length - 1; i >= 0 && kept.length + room > limit && room > 0; i--) {
      if (documentOf.get(kept[i]!) === document) kept.splice(i, 1);
    }
    room = Math.min(room, limit - kept.length);
    const mine = new Set(topics.get(key) ?? []);
    const sharedWith = (k: string): number => (topics.get(k) ?? []).filter((t) => mine.has(t)).length;
    const merged = [...kept, ...wanted.slice(0, room)];
    const rank = new Map(merged.map((k, i) => [k, i]));
    merged.sort((a, b) => sharedWith(b) - sharedWith(a) || rank.get(a)! - rank.get(b)!);
    result.set(key, merged);
  }
  return result;
}
