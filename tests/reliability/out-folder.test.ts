/**
 * Issue 14, item 6: `--out` mistakes are refused before anything is touched, a failure half-way through
 * the swap puts everything back, and scratch folders are removed on failure and by the next run.
 */
import { existsSync, lstatSync, mkdirSync, readlinkSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentDir, readIngestTree, seedsDir } from '../ingest/helpers';
import { chmodTree, ingest, isRoot, leftovers, readTree, Scratch } from './support';

const scratch = new Scratch();
afterAll(() => scratch.removeAll());

describe('--out is checked before anything is touched', () => {
  it('the seeds folder itself is refused, and the seeds stay as they were', async () => {
    const seeds = scratch.seeds();
    const before = readTree(seeds);
    const run = await ingest(['--seeds', seeds, '--out', seeds]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${seeds}: --out: is the seeds folder or inside it`);
    expect(readTree(seeds)).toEqual(before);
    expect(leftovers(dirname(seeds), 'seeds')).toEqual([]);
  });

  it('a folder inside the seeds folder (to be created) is refused, and nothing is created', async () => {
    const seeds = scratch.seeds();
    const before = readTree(seeds);
    const out = join(seeds, 'generated', 'content');
    const run = await ingest(['--seeds', seeds, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${out}: --out: is the seeds folder or inside it`);
    expect(readTree(seeds)).toEqual(before);
  });

  it('a folder reaching into the seeds through a symbolic link is refused', async () => {
    const seeds = scratch.seeds();
    const link = join(dirname(seeds), 'seeds-link');
    symlinkSync(seeds, link);
    const run = await ingest(['--seeds', seeds, '--out', join(link, 'content')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--out: is the seeds folder or inside it');
    expect(existsSync(join(seeds, 'content'))).toBe(false);
  });

  it('an existing file is refused and kept', async () => {
    const file = join(scratch.dir(), 'notes.txt');
    writeFileSync(file, 'my notes\n');
    const run = await ingest(['--seeds', seedsDir, '--out', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${file}: --out: is not a folder`);
    expect(readFileSync(file, 'utf8')).toBe('my notes\n');
  });

  it('a symbolic link is refused and left a link', async () => {
    const dir = scratch.dir();
    const target = scratch.content();
    const before = readTree(target);
    const link = join(dir, 'content');
    symlinkSync(target, link);
    const run = await ingest(['--seeds', seedsDir, '--out', link]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${link}: --out: is a symbolic link`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(readTree(target)).toEqual(before);
  });

  it('a read-only out folder (EACCES) is refused naming it; everything stays as it was, no scratch folder left', async () => {
    const out = scratch.content();
    // Unprivileged: the copy is owned by root (or, without root, made read-only), so it is not writable.
    if (!isRoot) chmodTree(out, 0o555);
    const before = readTree(out);
    const run = await ingest(['--seeds', seedsDir, '--out', out], { unprivileged: true });
    chmodTree(out, 0o755);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${out}: the folder is not writable, so the new collections cannot be swapped in (nothing was changed)`);
    expect(run.stderr).not.toContain('internal error');
    expect(readTree(out)).toEqual(before);
    expect(leftovers(dirname(out))).toEqual([]);
  });
});

describe('scratch folders', () => {
  it('a failure half-way through the swap puts the folders already swapped back and removes the scratch folder', async () => {
    const out = scratch.content();
    // `topics` (the last collection swapped) is a file: the first four are swapped before the fifth fails.
    rmSync(join(out, 'topics'), { recursive: true });
    writeFileSync(join(out, 'topics'), 'not a folder\n');
    const before = readTree(out);
    const run = await ingest(['--seeds', seedsDir, '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${join(out, 'topics')}`);
    expect(run.stderr).not.toContain('internal error');
    expect(readTree(out)).toEqual(before);
    expect(leftovers(dirname(out))).toEqual([]);
  });

  it('scratch folders a killed run left are removed by the next run', async () => {
    const out = scratch.content();
    const parent = dirname(out);
    for (const name of ['.content.ingest-99999', '.content.old-99999']) {
      mkdirSync(join(parent, name, 'sections/en'), { recursive: true });
      writeFileSync(join(parent, name, 'sections/en/x.md'), 'half-written\n');
    }
    const run = await ingest(['--seeds', seedsDir, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(leftovers(parent)).toEqual([]);
    expect(readIngestTree(out)).toEqual(readIngestTree(contentDir));
  });
});
