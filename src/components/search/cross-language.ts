/**
 * Matching a query against a translated edition's names (`/data/cross-language/<lang>.json`). The offline
 * edition's client (scripts/offline/client/offline-search.js) applies the same rule to the same file; the
 * tests check that both agree.
 */
import type { CrossLanguageData, CrossLanguageName } from '../../lib/crossLanguageNames';

/** Text as both sides compare it: Unicode-compatible forms, lower case, no spaces. */
export function normalizeName(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Shortest query that is matched against names (a single kana or kanji would match almost every name). */
export const minQueryLength = 2;

/**
 * The names a query stands for: those that contain the query, or that the query contains (「重要インフラ防護」
 * contains 重要インフラ). Exact matches come first, then the shorter (closer) names; one entry per English term.
 */
export function matchNames(data: Pick<CrossLanguageData, 'names'>, query: string): CrossLanguageName[] {
  const q = normalizeName(query);
  if (Array.from(q).length < minQueryLength) return [];
  const found = data.names
    .map((entry) => ({ entry, name: normalizeName(entry.name) }))
    .filter(({ name }) => name.includes(q) || q.includes(name))
    .sort((a, b) => Number(b.name === q) - Number(a.name === q) || Array.from(a.name).length - Array.from(b.name).length || (a.entry.key < b.entry.key ? -1 : 1));
  const seen = new Set<string>();
  const result: CrossLanguageName[] = [];
  for (const { entry } of found) {
    if (seen.has(entry.english)) continue;
    seen.add(entry.english);
    result.push(entry);
  }
  return result;
}

/** Loads the names file of the page's language; undefined (and no cross-language results) when it is missing. */
export async function loadNames(url: string): Promise<CrossLanguageData | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as CrossLanguageData) : undefined;
  } catch {
    return undefined;
  }
}
