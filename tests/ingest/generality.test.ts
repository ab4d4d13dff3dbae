import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { seedsDir } from './helpers';

const codeDir = join(repoRoot, 'scripts/ingest');
const code = readdirSync(codeDir)
  .filter((f) => f.endsWith('.ts'))
  .map((f) => ({ file: f, text: readFileSync(join(codeDir, f), 'utf8').toLowerCase().replace(/\s+/g, ' ') }));

/**
 * Document knowledge belongs in seeds/manifest.yaml and seeds/vocabulary.yaml: no code path may
 * name a phrase, key, title or glyph of the real seeds. (The genre fixtures prove the other half:
 * invented documents ingest with only a manifest.)
 */
describe('the parser is general', () => {
  it('no ingest module contains a four-word phrase of a seed', () => {
    const found: string[] = [];
    for (const seed of readdirSync(seedsDir).filter((f) => f.endsWith('.txt'))) {
      const words = readFileSync(join(seedsDir, seed), 'utf8').toLowerCase().split(/\s+/).filter((w) => /[a-z]{2}/.test(w));
      for (let i = 0; i + 4 <= words.length; i++) {
        const phrase = words.slice(i, i + 4).join(' ');
        for (const { file, text } of code) if (text.includes(phrase)) found.push(`${file}: "${phrase}" (${seed})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('no ingest module names a document key, a manifest anchor or a stray glyph', () => {
    const manifest = readFileSync(join(seedsDir, 'manifest.yaml'), 'utf8');
    const specifics = [
      ...[...manifest.matchAll(/^\s*-? ?key: (\S+)/gm)].map((m) => m[1]!).filter((k) => k.length > 3 && !/^(?:issues|measures|outline|introduction)$/.test(k)),
      ...[...manifest.matchAll(/match: "?([^"\n]+)"?/g)].map((m) => m[1]!.trim()),
      'three directions', 'mediu', 'ſ', 'nisc', 'asean', 'specific measures', 'issues and direction',
    ].map((s) => s.toLowerCase());
    const found = code.flatMap(({ file, text }) => specifics.filter((s) => text.includes(s)).map((s) => `${file}: ${s}`));
    expect(found).toEqual([]);
  });
});
