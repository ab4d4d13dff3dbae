import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { seedsDir } from './helpers';

/**
 * Comments left out: they may show an example key or heading to explain a format (the code must not act on one).
 * A `//` after `:` or a quote is part of a URL, not a comment.
 */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/**
 * The code and UI strings of the site and of every script (TypeScript, JavaScript, Astro components, JSON), comments
 * left out. `scripts/synthetic/` is not scanned: it writes stand-in documents of the seeds' genres for the
 * benchmarks, so their headings and body names are its output, as the test fixtures' are.
 */
const codeDirs = ['scripts', 'src'];
const code = codeDirs.flatMap((dir) =>
  readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(?:ts|js|astro|json)$/.test(f) && !`${dir}/${f}`.startsWith('scripts/synthetic/'))
    .map((f) => ({ file: `${dir}/${f}`, text: withoutComments(readFileSync(join(repoRoot, dir, f), 'utf8')).toLowerCase().replace(/\s+/g, ' ') })),
);

/**
 * Document knowledge belongs in seeds/manifest.yaml and seeds/vocabulary.yaml: no code path may
 * name a phrase, key, title or glyph of the real seeds. (The genre fixtures prove the other half:
 * invented documents ingest with only a manifest.)
 */
describe('the code is general', () => {
  it('no module or UI string contains a four-word phrase of a seed', () => {
    const found: string[] = [];
    for (const seed of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const words = readFileSync(join(seedsDir, seed), 'utf8').toLowerCase().split(/\s+/).filter((w) => /[a-z]{2}/.test(w));
      for (let i = 0; i + 4 <= words.length; i++) {
        const phrase = words.slice(i, i + 4).join(' ');
        for (const { file, text } of code) if (text.includes(phrase)) found.push(`${file}: "${phrase}" (${seed})`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it('no module or UI string names a document key, a manifest anchor or a stray glyph', () => {
    const manifest = readFileSync(join(seedsDir, 'manifest.yaml'), 'utf8');
    const specifics = [
      ...[...manifest.matchAll(/^\s*-? ?key: (\S+)/gm)].map((m) => m[1]!).filter((k) => k.length > 3 && !/^(?:issues|measures|outline|introduction)$/.test(k)),
      ...[...manifest.matchAll(/match: "?([^"\n]+)"?/g)].map((m) => m[1]!.trim()),
      'three directions', 'mediu', 'ſ', 'nisc', 'asean', 'specific measures', 'issues and direction',
    ].map((s) => s.toLowerCase());
    const found = code.flatMap(({ file, text }) => specifics.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));
    expect([...new Set(found)]).toEqual([]);
  });

  it('no UI string counts the documents or describes one strategy\'s parts', () => {
    const counted = [/\b(?:both|two) documents\b/, /両文書/, /二つの文書/, /2つの文書/, /\bdirections? and approach/];
    const found = code.flatMap(({ file, text }) => counted.filter((re) => re.test(text)).map((re) => `${file}: ${re.source}`));
    expect(found).toEqual([]);
  });
});
