/**
 * Issue 14, items 1 and 3 (signals): ingests of one out folder take turns under a lock, never delete
 * what they do not own, treat read errors as errors, and end promptly on SIGINT/SIGTERM with the out
 * folder untouched. Every case runs the real CLI.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock } from '../../scripts/lock/exclusive-lock';
import { contentDir, readIngestTree, seedsDir } from '../ingest/helpers';
import { ingest, isRoot, leftovers, readTree, Scratch, startIngest } from './support';

const scratch = new Scratch();
afterAll(() => scratch.removeAll());

/** The files of `content/` ingest does not own: translations and the translators' README. */
function notOwned(tree: Map<string, Buffer>): Map<string, Buffer> {
  return new Map([...tree].filter(([path]) => !/^[^/]+\/en\//.test(path)));
}

describe('two ingests of one out folder', () => {
  it('take turns: all succeed, the translations and README survive, and the out folder never disappears', async () => {
    const out = scratch.content();
    writeFileSync(join(out, 'documents/ja/hand-written-note.md'), 'kept\n');
    const before = notOwned(readTree(out));
    expect([...before.keys()].filter((p) => p.includes('/ja/')).length).toBeGreaterThan(5);
    const jaFiles = [...before.keys()].filter((p) => p.includes('/ja/')).map((p) => join(out, p));
    let missingSeen = 0;
    let watching = true;
    const watcher = (async () => {
      while (watching) {
        if (!existsSync(out) || !existsSync(join(out, 'README.md')) || jaFiles.some((f) => !existsSync(f))) missingSeen++;
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    const runs = await Promise.all([0, 1, 2, 3].map(() => ingest(['--seeds', seedsDir, '--out', out])));
    watching = false;
    await watcher;
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    expect(missingSeen).toBe(0);
    expect(notOwned(readTree(out))).toEqual(before);
    expect(readIngestTree(out)).toEqual(readIngestTree(contentDir));
    expect(leftovers(dirname(out))).toEqual([]);
  }, 180_000);

  it('a second ingest that cannot get the lock in time fails naming the folder, and changes nothing', async () => {
    const out = scratch.content();
    const before = readTree(out);
    const lock = await acquireLock(out, join(dirname(out), '.content.lock'), 0);
    try {
      const run = await ingest(['--seeds', seedsDir, '--out', out, '--wait', '1']);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain(`ingest: ${out}: another ingest holds the lock on this folder`);
      expect(run.stderr).not.toContain('internal error');
    } finally {
      await lock.release();
    }
    expect(readTree(out)).toEqual(before);
  });

  it('takes over a stale lock that a killed ingest left', async () => {
    const out = scratch.content();
    const stale = join(dirname(out), '.content.lock');
    mkdirSync(stale);
    const old = new Date(Date.now() - 10 * 60_000);
    utimesSync(stale, old, old);
    const run = await ingest(['--seeds', seedsDir, '--out', out, '--wait', '5']);
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(stale)).toBe(false);
  });

  it('a read error in the out folder is an error, not an empty folder (--check, unreadable folder)', async () => {
    const out = scratch.content();
    const folder = join(out, 'sections/en/strategy-2021');
    chmodSync(folder, 0o700);
    if (!isRoot) chmodSync(folder, 0o000);
    const run = await ingest(['--seeds', seedsDir, '--out', out, '--check'], { unprivileged: true });
    chmodSync(folder, 0o755);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`ingest: ${folder}: EACCES`);
    expect(run.stderr).not.toContain('(missing)');
    expect(run.stderr).not.toContain('internal error');
  });
});

describe('SIGINT and SIGTERM', () => {
  /** Waits until `path` exists (the lock of a run that has started), or fails after `ms`. */
  async function waitFor(check: () => boolean, ms: number): Promise<void> {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} while waiting for the lock ends the run at once, out folder untouched, lock of the other holder kept`, async () => {
      const out = scratch.content();
      const before = readTree(out);
      const lockPath = join(dirname(out), '.content.lock');
      const lock = await acquireLock(out, lockPath, 0);
      try {
        const run = startIngest(['--seeds', seedsDir, '--out', out, '--wait', '60']);
        await waitFor(() => run.output().stderr.includes('waiting up to 60 s'), 30_000);
        const sent = Date.now();
        run.child.kill(signal);
        const result = await run.done;
        expect(Date.now() - sent).toBeLessThan(5000);
        expect(result.status).toBe(signal === 'SIGTERM' ? 143 : 130);
        expect(result.stderr).toContain(`ingest: interrupted by ${signal}; ${out} was left as it was`);
        expect(existsSync(lockPath)).toBe(true);
      } finally {
        await lock.release();
      }
      expect(readTree(out)).toEqual(before);
      expect(leftovers(dirname(out))).toEqual([]);
    });
  }

  it('SIGTERM during the parse of a large seed ends the run within seconds, out folder untouched', async () => {
    const seeds = scratch.seeds();
    const seed = join(seeds, 'capacity-building-basic-policy-2021.txt');
    const lines = readFileSync(seed, 'utf8').split('\n');
    const filler = Array.from({ length: 120_000 }, (_, i) => `This is filler sentence number ${i} about capacity building support.`);
    writeFileSync(seed, [...lines.slice(0, 30), ...filler, ...lines.slice(30)].join('\n'));
    const out = scratch.content();
    const before = readTree(out);
    const run = startIngest(['--seeds', seeds, '--out', out]);
    await waitFor(() => existsSync(join(dirname(out), '.content.lock')), 30_000);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sent = Date.now();
    run.child.kill('SIGTERM');
    const result = await run.done;
    expect(Date.now() - sent).toBeLessThan(5000);
    expect(result.status, result.stdout).toBe(143);
    expect(result.stderr).toContain(`ingest: interrupted by SIGTERM; ${out} was left as it was`);
    expect(readTree(out)).toEqual(before);
    expect(leftovers(dirname(out))).toEqual([]);
  }, 60_000);
});
