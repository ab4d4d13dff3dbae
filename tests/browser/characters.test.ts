/**
 * An edition of exact official texts shows every character as the source has it: each word of both seeds
 * that holds a quotation mark or an apostrophe (straight or curly) appears in the built reading edition
 * exactly so, and never with its straight marks turned curly (Astro's typographer is off).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { textContent } from '../../scripts/built-site/parse';
import { repoRoot } from '../support/paths';
import { builtPage } from './built-text';
import { siteDir } from './site';

const dir = siteDir();
const manifest = parse(readFileSync(join(repoRoot, 'seeds/manifest.yaml'), 'utf8')) as { documents: { key: string; file: string }[] };
const QUOTES = /["'‘’“”]/;

/** The whitespace-separated words of a seed that hold a quote mark; extraction artifacts (`<tag attr="">`) are no text. */
function quotedWords(seed: string): string[] {
  return seed.replace(/<[^>]*>/g, ' ').split(/\s+/).filter((word) => QUOTES.test(word));
}

/** The word with its straight marks made curly, as a typographer would. */
function curled(word: string): string {
  return word.replace(/(^|[\s(])"/g, '$1“').replace(/"/g, '”').replace(/'/g, '’');
}

describe('quotation marks and apostrophes as in the seeds', () => {
  for (const { key, file } of manifest.documents) {
    it(`${file} → /en/documents/${key}/`, () => {
      const seed = readFileSync(join(repoRoot, 'seeds', file), 'utf8');
      const shown = textContent(builtPage(dir, `/en/documents/${key}/`).main).replace(/\s+/g, ' ');
      const marked = quotedWords(seed);
      expect(marked.length, 'the seed has quoted words').toBeGreaterThan(0);
      const straight = marked.filter((word) => /["']/.test(word));
      expect(straight.length, 'the seed has straight marks').toBeGreaterThan(0);
      expect(marked.filter((word) => !shown.includes(word)), 'words not shown as in the seed').toEqual([]);
      const seedText = seed.replace(/\s+/g, ' ');
      const curledWords = straight.map(curled).filter((word) => !seedText.includes(word) && shown.includes(word));
      expect(curledWords, 'straight marks shown curly').toEqual([]);
    });
  }
});
