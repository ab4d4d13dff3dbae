import { actors as actorOrder, type Actor } from '../../src/schemas/index';
import { wholeWords } from './glossary';
import type { Vocabulary } from './manifest';

/** What topic, actor and relation computation needs to know about an entry. */
export interface Placed {
  key: string;
  /** Title and own text, plain. */
  text: string;
}

/** Topic keys whose keywords occur (whole words, any case) in the text, in vocabulary order. */
export function topicsOf(text: string, topics: Vocabulary['topics']): string[] {
  return topics.filter((topic) => wholeWords(topic.keywords, 'iu').test(text)).map((topic) => topic.key);
}

/** Actors whose keywords occur in the text, in the schema's order of actors. */
export function actorsOf(text: string, table: Vocabulary['actors']): Actor[] {
  return actorOrder.filter((actor) => {
    const phrases = table[actor];
    return phrases !== undefined && phrases.length > 0 && wholeWords(phrases, 'iu').test(text);
  });
}

/**
 * For each entry, the entries of either document that share most topics with it (ties by key),
 * leaving out the entry itself, its ancestors and its descendants, which the reader sees anyway.
 */
export function relatedEntries(entries: readonly Placed[], topics: ReadonlyMap<string, readonly string[]>, limit = 6): Map<string, string[]> {
  const related = new Map<string, string[]>();
  for (const entry of entries) {
    const own = new Set(topics.get(entry.key) ?? []);
    const scored: { key: string; shared: number }[] = [];
    for (const other of entries) {
      if (other.key === entry.key || isAncestor(other.key, entry.key) || isAncestor(entry.key, other.key)) continue;
      const shared = (topics.get(other.key) ?? []).filter((t) => own.has(t)).length;
      if (shared > 0) scored.push({ key: other.key, shared });
    }
    scored.sort((a, b) => b.shared - a.shared || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    related.set(entry.key, scored.slice(0, limit).map((s) => s.key));
  }
  return related;
}

function isAncestor(ancestor: string, key: string): boolean {
  return key.startsWith(`${ancestor}/`);
}
