import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/synthetic/generate-corpus';

// Benchmarks are not timed tests: these only check that the generator is deterministic and its output
// ingests, and that `npm run bench -- --smoke --baseline` runs the whole pipeline and the bare baseline
// and prints their tables.
const run = promisify(execFile);
const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const tsx = (script: string, args: string[]) =>
  run(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), script, ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 });

const filesOf = (dir: string): Map<string, string> =>
  new Map(readdirSync(dir).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('synthetic corpus', () => {
  test('the same N gives the same bytes, on two runs of the command', async () => {
    await tsx('scripts/synthetic/generate-corpus.ts', ['--docs', '6', '--out', join(work, 'a')]);
    await tsx('scripts/synthetic/generate-corpus.ts', ['--docs', '6', '--out', join(work, 'b')]);
    const a = filesOf(join(work, 'a'));
    expect([...a.keys()]).toEqual(['manifest.yaml', ...[1, 3, 5].flatMap((i) => [`policy-000${i + 1}.txt`]), ...[0, 2, 4].map((i) => `strategy-000${i + 1}.txt`), 'vocabulary.yaml'].sort());
    expect(filesOf(join(work, 'b'))).toEqual(a);
  });

  test('a smaller corpus is a prefix of a larger one (document i depends only on i)', () => {
    const small = generateCorpus({ docs: 3 });
    const large = generateCorpus({ docs: 5 });
    for (const [name, text] of small) if (name.endsWith('.txt')) expect(large.get(name)).toBe(text);
  });

  test('its output ingests without error, each document with about 15–35 entries', async () => {
    const { stdout } = await tsx('scripts/ingest/cli.ts', ['--seeds', join(work, 'a'), '--out', join(work, 'content')]);
    const m = /ingest: 6 documents, (\d+) sections, (\d+) measures/.exec(stdout);
    expect(m, stdout).not.toBeNull();
    const entries = Number(m![1]) + Number(m![2]);
    expect(entries).toBeGreaterThanOrEqual(6 * 12);
    expect(entries).toBeLessThanOrEqual(6 * 36);
  }, 120_000);
});

describe('npm run bench -- --smoke --baseline', () => {
  test('runs every stage, ours and the bare site\'s, and prints the tables with the ratios', async () => {
    const { stdout } = await run('npm', ['run', '--silent', 'bench', '--', '--smoke', '--baseline', '--work', join(work, 'bench')], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(stdout).toMatch(/\| docs \| entries \| pages \| stage \|/);
    for (const stage of ['ingest', 'check', 'astro', 'pagefind', 'offline', 'bare-astro', 'bare-pagefind', '\\*\\*pipeline\\*\\*']) {
      expect(stdout).toMatch(new RegExp(`\\| 2 \\| \\d+ \\| \\d+ \\| ${stage} \\| \\**\\d+\\.\\d\\d`));
    }
    expect(stdout).toMatch(/\| docs \| pages \| dist\/ \(site\) \| dist\/pagefind \| offline zip \|/);
    // The bare site renders every entry at both language routes; ours is compared stage by stage.
    const pages = /\| 2 \| (\d+) \/ (\d+) \| \*\*total\*\* \|/.exec(stdout);
    expect(pages, stdout).not.toBeNull();
    expect(Number(pages![2])).toBeGreaterThan(0);
    for (const stage of ['Astro build', 'Pagefind', '\\*\\*total\\*\\*']) {
      expect(stdout).toMatch(new RegExp(`\\| ${stage} \\| \\d+\\.\\d\\d \\| \\d+\\.\\d\\d \\| \\d+\\.\\d\\d× \\|`));
    }
    expect(stdout).not.toMatch(/FAILED/);
  }, 600_000);
});
