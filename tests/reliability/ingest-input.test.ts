/**
 * Issue 14, items 2, 3, 4, 5 and 7: hostile or unlucky seeds and manifests. Each case runs the real CLI
 * on a corrupted copy of the seeds and asserts exit code 1, a message naming the file (and line), no
 * "internal error", and an out folder left byte-for-byte as it was; or, where the input is fine, success.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest, isRoot, leftovers, lineOf, readTree, replaceIn, Scratch } from './support';

const scratch = new Scratch();
afterAll(() => scratch.removeAll());

const STRATEGY = 'cybersecurity-strategy-2021-overview.txt';
const CAPACITY = 'capacity-building-basic-policy-2021.txt';

interface Case {
  name: string;
  /** Corrupts the seeds copy; returns the texts the message must contain. */
  corrupt: (seeds: string) => string[];
  unprivileged?: boolean;
  /** Extra CLI flags. */
  flags?: string[];
  /** Longest acceptable run (ms), for inputs that used to hang. */
  within?: number;
}

const manifest = (seeds: string): string => join(seeds, 'manifest.yaml');

const refused: Case[] = [
  {
    name: 'item 2: a seed path leading out of the seeds folder (../../../../etc/passwd)',
    corrupt: (seeds) => {
      const line = lineOf(manifest(seeds), `file: ${STRATEGY}`);
      replaceIn(manifest(seeds), `file: ${STRATEGY}`, 'file: ../../../../etc/passwd');
      return [`manifest.yaml:${line}: "../../../../etc/passwd" resolves to /etc/passwd, outside the seeds folder`];
    },
  },
  {
    name: 'item 2: an absolute seed path',
    corrupt: (seeds) => {
      const line = lineOf(manifest(seeds), `file: ${STRATEGY}`);
      replaceIn(manifest(seeds), `file: ${STRATEGY}`, 'file: /etc/hostname');
      return [`manifest.yaml:${line}: "/etc/hostname" resolves to /etc/hostname, outside the seeds folder`];
    },
  },
  {
    name: 'item 2: a seed that is a symbolic link to a file outside the seeds folder',
    corrupt: (seeds) => {
      const outside = join(dirname(seeds), 'outside.txt');
      copyFileSync(join(seeds, STRATEGY), outside);
      rmSync(join(seeds, STRATEGY));
      symlinkSync(outside, join(seeds, STRATEGY));
      return [`manifest.yaml:${lineOf(manifest(seeds), `file: ${STRATEGY}`)}: "${STRATEGY}" resolves to ${outside}, outside the seeds folder`];
    },
  },
  {
    name: 'item 2: a vocabulary file outside the seeds folder (vocabulary: ../x)',
    corrupt: (seeds) => {
      copyFileSync(join(seeds, 'vocabulary.yaml'), join(dirname(seeds), 'x'));
      replaceIn(manifest(seeds), 'vocabulary: vocabulary.yaml', 'vocabulary: ../x');
      return [`manifest.yaml:${lineOf(manifest(seeds), 'vocabulary: ../x')}: "../x" resolves to`, 'outside the seeds folder'];
    },
  },
  {
    name: 'item 3: a FIFO seed is refused at once (it used to hang)',
    within: 30_000,
    corrupt: (seeds) => {
      rmSync(join(seeds, STRATEGY));
      execFileSync('mkfifo', [join(seeds, STRATEGY)]);
      return [`${STRATEGY}: not a regular file (it is a FIFO)`];
    },
  },
  {
    name: 'item 3: a directory seed',
    corrupt: (seeds) => {
      rmSync(join(seeds, STRATEGY));
      mkdirSync(join(seeds, STRATEGY));
      return [`${STRATEGY}: not a regular file (it is a directory)`];
    },
  },
  {
    name: 'item 3: a device seed',
    corrupt: (seeds) => {
      rmSync(join(seeds, STRATEGY));
      execFileSync('mknod', [join(seeds, STRATEGY), 'c', '1', '5']);
      return [`${STRATEGY}: not a regular file (it is a device)`];
    },
  },
  {
    name: 'item 3: a FIFO manifest',
    within: 30_000,
    corrupt: (seeds) => {
      rmSync(manifest(seeds));
      execFileSync('mkfifo', [manifest(seeds)]);
      return ['manifest.yaml: not a regular file (it is a FIFO)'];
    },
  },
  {
    name: 'item 4: an impossible date (2021-13-45)',
    corrupt: (seeds) => {
      const line = lineOf(manifest(seeds), 'date: "2021-09-28"');
      replaceIn(manifest(seeds), 'date: "2021-09-28"', 'date: "2021-13-45"');
      return [`manifest.yaml:${line}: manifest schema: documents.0.date: not a real calendar date`];
    },
  },
  {
    name: 'item 4: February 29 of a common year (2021-02-29)',
    corrupt: (seeds) => {
      const line = lineOf(manifest(seeds), 'date: "2021-09-28"');
      replaceIn(manifest(seeds), 'date: "2021-09-28"', 'date: "2021-02-29"');
      return [`manifest.yaml:${line}: manifest schema: documents.0.date: not a real calendar date`];
    },
  },
  {
    name: 'item 5: a seed over the 20 MB limit',
    within: 30_000,
    corrupt: (seeds) => {
      writeFileSync(join(seeds, STRATEGY), Buffer.alloc(20 * 1024 * 1024 + 1, 'a'));
      return [`${STRATEGY}: the file is 20971521 bytes, over the limit of 20971520 bytes (20 MB)`];
    },
  },
  {
    name: 'item 5: a YAML alias bomb in the vocabulary',
    within: 30_000,
    corrupt: (seeds) => {
      const levels = ['a: &a ["x", "x", "x", "x", "x", "x", "x", "x", "x"]'];
      for (let i = 1; i < 9; i++) {
        const prev = String.fromCharCode(96 + i);
        levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${prev}`).join(', ')}]`);
      }
      writeFileSync(join(seeds, 'vocabulary.yaml'), `${levels.join('\n')}\n`);
      return ['vocabulary.yaml:2: YAML aliases expand too far', 'first alias *a'];
    },
  },
  {
    name: 'item 5: lone-CR line endings in a seed',
    corrupt: (seeds) => {
      const text = readFileSync(join(seeds, STRATEGY), 'utf8');
      writeFileSync(join(seeds, STRATEGY), text.replace(/\n/g, '\r'));
      return [`${STRATEGY}:1: a carriage return (CR) that is not followed by LF`];
    },
  },
  {
    name: 'item 5: a stray lone CR in the middle of a seed names its line',
    corrupt: (seeds) => {
      const lines = readFileSync(join(seeds, STRATEGY), 'utf8').split('\n');
      lines[9] = `${lines[9]}\rstray`;
      writeFileSync(join(seeds, STRATEGY), lines.join('\n'));
      return [`${STRATEGY}:10: a carriage return (CR)`];
    },
  },
  {
    name: 'item 5: lone-CR line endings in the manifest',
    corrupt: (seeds) => {
      writeFileSync(manifest(seeds), readFileSync(manifest(seeds), 'utf8').replace(/\n/g, '\r'));
      return ['manifest.yaml:1: a carriage return (CR)'];
    },
  },
  {
    name: 'item 5: a seed this user may not read (EACCES)',
    unprivileged: true,
    // --check: the unprivileged user may not write the out folder copy either, and the seed must be what fails.
    flags: ['--check'],
    corrupt: (seeds) => {
      chmodSync(join(seeds, STRATEGY), 0o600);
      if (!isRoot) chmodSync(join(seeds, STRATEGY), 0o000);
      return [`${STRATEGY}: cannot read the file (EACCES`];
    },
  },
  {
    name: 'item 7: a duplicate glossary key is blamed on vocabulary.yaml and its line',
    corrupt: (seeds) => {
      const vocabulary = join(seeds, 'vocabulary.yaml');
      const text = readFileSync(vocabulary, 'utf8');
      const first = /^  - key: ([a-z0-9-]+)$/m.exec(text.slice(text.indexOf('glossary:')))!;
      const second = /^  - key: ([a-z0-9-]+)$/gm;
      second.lastIndex = text.indexOf('glossary:') + first.index + first[0].length;
      const next = second.exec(text)!;
      writeFileSync(vocabulary, text.slice(0, next.index) + `  - key: ${first[1]}` + text.slice(next.index + next[0].length));
      const line = text.slice(0, next.index).split('\n').length;
      return [`vocabulary.yaml:${line}: duplicate glossary key "${first[1]}" (first used by glossary #1, line`];
    },
  },
  {
    name: 'item 7: a duplicate topic key is blamed on vocabulary.yaml and its line',
    corrupt: (seeds) => {
      const vocabulary = join(seeds, 'vocabulary.yaml');
      const text = readFileSync(vocabulary, 'utf8');
      const start = text.indexOf('\ntopics:');
      const keys = [...text.slice(start).matchAll(/^  - key: ([a-z0-9-]+)$/gm)];
      const [first, second] = [keys[0]!, keys[1]!];
      const at = start + second.index;
      writeFileSync(vocabulary, text.slice(0, at) + `  - key: ${first[1]}` + text.slice(at + second[0].length));
      const line = text.slice(0, at).split('\n').length;
      return [`vocabulary.yaml:${line}: duplicate topic key "${first[1]}"`];
    },
  },
];

describe('hostile input is refused with the file and line, and the out folder stays as it was', () => {
  for (const testCase of refused) {
    it(testCase.name, async () => {
      const seeds = scratch.seeds();
      const out = scratch.content();
      const expected = testCase.corrupt(seeds);
      const before = readTree(out);
      const run = await ingest(['--seeds', seeds, '--out', out, ...(testCase.flags ?? [])], { unprivileged: testCase.unprivileged ?? false });
      expect(run.status, run.stdout).toBe(1);
      for (const text of expected) expect(run.stderr).toContain(text);
      expect(run.stderr).toContain('fix:');
      expect(run.stderr).not.toContain('internal error');
      if (testCase.within) expect(run.ms).toBeLessThan(testCase.within);
      expect(readTree(out)).toEqual(before);
      expect(leftovers(dirname(out))).toEqual([]);
    });
  }
});

describe('odd but valid input is accepted', () => {
  it('item 2: a symbolic link to another file inside the seeds folder', async () => {
    const seeds = scratch.seeds();
    copyFileSync(join(seeds, STRATEGY), join(seeds, 'real.txt'));
    rmSync(join(seeds, STRATEGY));
    symlinkSync('real.txt', join(seeds, STRATEGY));
    const run = await ingest(['--seeds', seeds, '--out', join(dirname(seeds), 'out')]);
    expect(run.status, run.stderr).toBe(0);
  });

  it('item 4: February 29 of a leap year; item 5: a seed of 120,000 lines (no stack overflow)', async () => {
    const seeds = scratch.seeds();
    replaceIn(manifest(seeds), 'date: "2021-09-28"', 'date: "2024-02-29"');
    const seed = join(seeds, CAPACITY);
    const lines = readFileSync(seed, 'utf8').split('\n');
    writeFileSync(seed, [...lines.slice(0, 30), ...Array.from({ length: 120_000 }, (_, i) => `w${i % 10}`), ...lines.slice(30)].join('\n'));
    const out = join(dirname(seeds), 'out');
    const run = await ingest(['--seeds', seeds, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
    const section = readFileSync(join(out, 'sections/en/capacity-building-2021/1/3.md'), 'utf8');
    expect(section).toMatch(/startLine: 27\n\s+endLine: 120030\n/);
    expect(readFileSync(join(out, 'documents/en/strategy-2021.md'), 'utf8')).toContain('date: "2024-02-29"');
  }, 90_000);
});
