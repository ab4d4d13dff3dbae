/**
 * The stamp that lets `ingest --check` (and `npm run build`) skip the rebuild: it holds only while the
 * seeds, the ingest code and the out folder are exactly as they were when a check passed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { forgetPass, recordPass, unchangedSinceLastPass } from '../../scripts/ingest/check-stamp';
import { spawnSync } from 'node:child_process';

const work = mkdtempSync(join(tmpdir(), 'check-stamp-'));
const seeds = join(work, 'seeds');
const out = join(work, 'content');
afterAll(() => {
  forgetPass(out);
  rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(seeds, 'texts'), { recursive: true });
  mkdirSync(join(out, 'measures'), { recursive: true });
  writeFileSync(join(seeds, 'manifest.yaml'), 'documents: []\n');
  writeFileSync(join(seeds, 'texts', 'a.txt'), 'text\n');
  writeFileSync(join(out, 'measures', 'a.md'), '---\nkey: a\n---\n');
});

describe('the ingest check stamp', () => {
  test('holds after a pass while nothing changed, and gives back the summary', async () => {
    expect(await unchangedSinceLastPass(seeds, out)).toBeUndefined();
    await recordPass(seeds, out, 'ingest: summary');
    expect(await unchangedSinceLastPass(seeds, out)).toBe('ingest: summary');
  });

  test.each([
    ['a seed text changes', () => writeFileSync(join(seeds, 'texts', 'a.txt'), 'text!\n')],
    ['a seed file is added', () => writeFileSync(join(seeds, 'vocabulary.yaml'), 'terms: []\n')],
    ['a content file is edited by hand', () => writeFileSync(join(out, 'measures', 'a.md'), '---\nkey: b\n---\n')],
    ['a content file is added', () => writeFileSync(join(out, 'measures', 'b.md'), '')],
    ['a content file is removed', () => rmSync(join(out, 'measures', 'a.md'))],
    ['a file is renamed', () => {
      rmSync(join(seeds, 'texts', 'a.txt'));
      writeFileSync(join(seeds, 'texts', 'b.txt'), 'text\n');
    }],
  ])('no longer holds when %s', async (_what, change) => {
    await recordPass(seeds, out, 'ingest: summary');
    change();
    expect(await unchangedSinceLastPass(seeds, out)).toBeUndefined();
  });

  test('is forgotten on request (the benchmark\'s --cold-check)', async () => {
    await recordPass(seeds, out, 'ingest: summary');
    forgetPass(out);
    expect(await unchangedSinceLastPass(seeds, out)).toBeUndefined();
  });
});

/** Runs the ingest command (as `npm run ingest` does) and returns its exit code. */
function ingest(args: string[]): number {
  const root = join(import.meta.dirname, '../..');
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/ingest/cli.ts', ...args], { cwd: root }).status ?? 1;
}

describe('ingest --check with the stamp', () => {
  test('a stale content/ still fails after a passing check once a file is edited, and passes again after ingest', async () => {
    const real = join(import.meta.dirname, '../../seeds');
    const content = join(work, 'real-content');
    expect(ingest(['--seeds', real, '--out', content])).toBe(0);
    expect(ingest(['--seeds', real, '--out', content, '--check'])).toBe(0);
    const edited = join(content, 'topics', 'en', 'asean-indo-pacific.md');
    writeFileSync(edited, 'edited by hand\n');
    expect(ingest(['--seeds', real, '--out', content, '--check'])).toBe(1);
    expect(ingest(['--seeds', real, '--out', content])).toBe(0);
    expect(await unchangedSinceLastPass(real, content)).toMatch(/^ingest: 2 documents, .* up to date in /);
    forgetPass(content);
  }, 120_000);
});
