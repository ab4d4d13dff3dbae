import { appendFileSync, cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, readIngestTree, readTree, removeDir, runCli, seedsDir, tempDir } from './helpers';

const temps: string[] = [];
const temp = (): string => {
  const dir = tempDir();
  temps.push(dir);
  return dir;
};
afterAll(() => temps.forEach(removeDir));

describe('CLI: determinism and --check', () => {
  it('two runs into two folders are byte-identical, and equal the committed content/', () => {
    const a = join(temp(), 'out');
    const b = join(temp(), 'out');
    const first = runCli(['--seeds', seedsDir, '--out', a]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^ingest: 2 documents, 23 sections, 30 measures, \d+ glossary terms, \d+ topics → .* \(\d+ ms\)\n$/);
    expect(runCli(['--seeds', seedsDir, '--out', b]).status).toBe(0);
    const treeA = readTree(a);
    expect(treeA).toEqual(readTree(b));
    expect(treeA).toEqual(readIngestTree(contentDir));
  });

  it('--check passes on the committed content and writes nothing', () => {
    const run = runCli(['--check']);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('up to date');
  });

  it('--check fails, naming the file, after a content file is edited (on a copy)', () => {
    const copy = join(temp(), 'content');
    cpSync(contentDir, copy, { recursive: true });
    appendFileSync(join(copy, 'measures/en/strategy-2021/direction-1/measures/1.md'), '\nEdited by hand.\n');
    writeFileSync(join(copy, 'sections/en/strategy-2021/stale.md'), '---\n---\n');
    const before = readTree(copy);
    const run = runCli(['--check', '--out', copy]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('measures/en/strategy-2021/direction-1/measures/1.md (differs)');
    expect(run.stderr).toContain('sections/en/strategy-2021/stale.md (not produced by the seeds)');
    expect(readTree(copy)).toEqual(before);
  });

  it('keeps files it does not own (translations) when it rewrites the out folder', () => {
    const out = join(temp(), 'content');
    cpSync(contentDir, out, { recursive: true });
    writeFileSync(join(out, 'keep.txt'), 'kept');
    cpSync(join(contentDir, 'sections/en'), join(out, 'sections/ja'), { recursive: true });
    expect(runCli(['--out', out]).status).toBe(0);
    expect(readTree(out).get('keep.txt')?.toString()).toBe('kept');
    expect(existsSync(join(out, 'sections/ja/strategy-2021/outline.md'))).toBe(true);
    expect(readdirSync(join(out, '..')).filter((n) => n.includes('.ingest-') || n.includes('.old-'))).toEqual([]);
  });

  it('rejects unknown flags', () => {
    const run = runCli(['--frobnicate']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('usage:');
  });
});
