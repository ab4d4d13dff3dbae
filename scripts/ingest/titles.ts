import type { TitleSource } from '../../src/schemas/index';
import { plain, type ParsedEntry } from './model';
import type { Seed } from './read-seed';

/** An entry's title as written to its frontmatter, with where it comes from. */
export interface ResolvedTitle {
  title: string;
  titleSource: TitleSource;
}

/** Whitespace collapsed, so a title the manifest wraps differently from the seed still matches it. */
function squash(text: string): string {
  return plain(text).replace(/\s+/g, ' ').trim();
}

/**
 * Settles every entry's title, in reading order. A heading from the seed is the source's; a manifest title
 * is the source's when the seed prints it (a title carried elsewhere, such as in an outline table) and
 * editorial otherwise; a part without one (an untitled numbered paragraph) is named by its number and its
 * place, its parent's name and its own number ("1 Basic Understanding, (2)"): never by words of its text.
 */
export function resolveTitles(entries: readonly ParsedEntry[], seed: Seed): Map<string, ResolvedTitle> {
  const seedText = squash(seed.lines.join(' '));
  const resolved = new Map<string, ResolvedTitle>();
  const nameOf = (key: string | undefined): string | undefined => {
    const found = key === undefined ? undefined : resolved.get(key);
    const entry = key === undefined ? undefined : entries.find((e) => e.key === key);
    if (!found || !entry) return undefined;
    return found.titleSource === 'place' || !entry.number ? found.title : `${entry.number} ${found.title}`;
  };
  for (const entry of entries) {
    if (entry.titleFrom === 'none') {
      const number = entry.number ?? entry.key.slice(entry.key.lastIndexOf('/') + 1);
      const parent = nameOf(entry.parent);
      resolved.set(entry.key, { title: parent ? `${parent}, ${number}` : number, titleSource: 'place' });
    } else {
      const printed = entry.titleFrom === 'text' || seedText.includes(squash(entry.title));
      resolved.set(entry.key, { title: entry.title, titleSource: printed ? 'heading' : 'editorial' });
    }
  }
  return resolved;
}
