import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copySeeds, readTree, removeDir, runCli, tempDir } from './helpers';

const STRATEGY = 'cybersecurity-strategy-2021-overview.txt';
const temps: string[] = [];
afterAll(() => temps.forEach(removeDir));

/** Line (1-based) of the first manifest line containing `needle`. */
function manifestLine(seeds: string, needle: string): number {
  return readFileSync(join(seeds, 'manifest.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(needle)) + 1;
}

function replaceInManifest(seeds: string, from: string, to: string): void {
  const path = join(seeds, 'manifest.yaml');
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`test setup: "${from}" not in manifest`);
  writeFileSync(path, text.replace(from, to));
}

interface Case {
  name: string;
  /** Corrupts the copied seeds folder; returns the text the message must contain (file and line). */
  corrupt: (seeds: string) => string[];
}

const cases: Case[] = [
  {
    name: 'editorial relation naming an entry that does not exist',
    corrupt: (seeds) => {
      replaceInManifest(seeds, '    to: strategy-2021/cross-cutting/2\n', '    to: strategy-2021/cross-cutting/9\n');
      const line = manifestLine(seeds, 'to: strategy-2021/cross-cutting/9');
      return [`manifest.yaml:${line}: "strategy-2021/cross-cutting/9" is no section or measure`, 'fix:'];
    },
  },
  {
    name: 'cited part that the cited document does not have',
    corrupt: (seeds) => {
      replaceInManifest(seeds, 'part: direction-3/measures/3', 'part: direction-3/measures/9');
      const line = manifestLine(seeds, 'part: direction-3/measures/9');
      return [`manifest.yaml:${line}: "direction-3/measures/9" is no section or measure of "strategy-2021"`, 'fix:'];
    },
  },
  {
    name: 'concordance frame that is not a document',
    corrupt: (seeds) => {
      replaceInManifest(seeds, 'frame: strategy-2021', 'frame: strategy-2099');
      return [`manifest.yaml:${manifestLine(seeds, 'frame: strategy-2099')}: "strategy-2099" is not a document of the manifest`];
    },
  },
  {
    name: 'empty seed file',
    corrupt: (seeds) => {
      writeFileSync(join(seeds, STRATEGY), '');
      return [`${STRATEGY}: the seed file is empty`];
    },
  },
  {
    name: 'binary data (NUL byte)',
    corrupt: (seeds) => {
      writeFileSync(join(seeds, STRATEGY), Buffer.from('line one\nline two\nbin\0ary\n'));
      return [`${STRATEGY}:3: binary data`];
    },
  },
  {
    name: 'invalid UTF-8',
    corrupt: (seeds) => {
      writeFileSync(join(seeds, STRATEGY), Buffer.concat([Buffer.from('one\ntwo\nthree\nfour\n'), Buffer.from([0x66, 0xff, 0xfe, 0x0a])]));
      return [`${STRATEGY}:5: the seed is not valid UTF-8`, 'fix:'];
    },
  },
  {
    name: 'seed named in the manifest is missing',
    corrupt: (seeds) => {
      rmSync(join(seeds, STRATEGY));
      return [`${STRATEGY}: the manifest names this seed file but it does not exist`];
    },
  },
  {
    name: 'manifest YAML syntax error',
    corrupt: (seeds) => {
      const line = manifestLine(seeds, 'shortTitle: Cybersecurity Strategy 2021');
      replaceInManifest(seeds, 'shortTitle: Cybersecurity Strategy 2021', 'shortTitle: Cybersecurity: Strategy 2021');
      return [`manifest.yaml:${line}: YAML syntax error`];
    },
  },
  {
    name: 'manifest schema violation',
    corrupt: (seeds) => {
      const line = manifestLine(seeds, 'genre: slide-overview');
      replaceInManifest(seeds, 'genre: slide-overview', 'genre: slides');
      return [`manifest.yaml:${line}: manifest schema: documents.0.genre`];
    },
  },
  {
    name: 'manifest date in the wrong format',
    corrupt: (seeds) => {
      const line = manifestLine(seeds, 'date: "2021-09-28"');
      replaceInManifest(seeds, 'date: "2021-09-28"', 'date: "28 September 2021"');
      return [`manifest.yaml:${line}: manifest schema: documents.0.date`, 'YYYY-MM-DD'];
    },
  },
  {
    name: 'misspelt manifest field, named by its own line',
    corrupt: (seeds) => {
      replaceInManifest(seeds, '    shortTitle: Cybersecurity Strategy 2021\n', '    shortTitle: Cybersecurity Strategy 2021\n    shorTitle: Cybersecurity Strategy 2021\n');
      return [`manifest.yaml:${manifestLine(seeds, 'shorTitle:')}: manifest schema: documents.0: Unrecognized key: "shorTitle"`];
    },
  },
  {
    name: 'kind label for a kind that does not exist',
    corrupt: (seeds) => {
      replaceInManifest(seeds, '      measures-group: Specific measures', '      measure-group: Specific measures');
      return [`manifest.yaml:${manifestLine(seeds, 'measure-group:')}: manifest schema: documents.0.kindLabels: Unrecognized key: "measure-group"`];
    },
  },
  {
    name: 'duplicate key',
    corrupt: (seeds) => {
      replaceInManifest(seeds, 'key: implementation-framework', 'key: introduction');
      const line = manifestLine(seeds, 'match: Implementation Framework') - 2;
      return [`manifest.yaml:${line}: the key "strategy-2021/introduction" is produced twice`];
    },
  },
  {
    name: 'duplicate document key',
    corrupt: (seeds) => {
      replaceInManifest(seeds, 'key: capacity-building-2021', 'key: strategy-2021');
      const line = manifestLine(seeds, 'file: capacity-building-basic-policy-2021.txt') - 1;
      return [`manifest.yaml:${line}: duplicate document key "strategy-2021"`];
    },
  },
  {
    name: 'anchor text not found',
    corrupt: (seeds) => {
      const line = manifestLine(seeds, 'match: Implementation Framework');
      replaceInManifest(seeds, 'match: Implementation Framework', 'match: Implementation Frame-work');
      return [`manifest.yaml:${line}: no line of`, 'starts with "Implementation Frame-work"'];
    },
  },
  {
    name: 'closing block anchor not found',
    corrupt: (seeds) => {
      const line = manifestLine(seeds, 'match: Under this basic policy');
      replaceInManifest(seeds, 'match: Under this basic policy', 'match: Under this basic-policy');
      return [`manifest.yaml:${line}: closing.match: no line of`, 'starts with "Under this basic-policy'];
    },
  },
  {
    name: 'closing block key taken by a numbered part',
    corrupt: (seeds) => {
      const line = manifestLine(seeds, 'key: closing-statement');
      replaceInManifest(seeds, 'key: closing-statement', 'key: "2"');
      return [`manifest.yaml:${line}: closing.key "2" makes the key "capacity-building-2021/2", which the numbered part on line 31 of`];
    },
  },
  {
    name: 'flattened table words do not add up',
    corrupt: (seeds) => {
      replaceInManifest(seeds, '"Mediu", ', '');
      return [`${STRATEGY}:237: the word "Mediu" of this table line is not in the manifest's table tree`];
    },
  },
];

describe('bad input: one message naming file and line, exit 1, out folder untouched', () => {
  // One good ingest of the real seeds, copied into each case's out folder (an ingest per case would cost
  // seconds each and prove nothing more: the out folder only has to hold a real ingest's files).
  let goodOut = '';
  beforeAll(() => {
    const root = tempDir();
    temps.push(root);
    goodOut = join(root, 'content');
    const seeds = copySeeds();
    temps.push(join(seeds, '..'));
    const good = runCli(['--seeds', seeds, '--out', goodOut]);
    expect(good.status, good.stderr).toBe(0);
  });

  for (const testCase of cases) {
    it(testCase.name, () => {
      const seeds = copySeeds();
      const root = tempDir();
      temps.push(join(seeds, '..'), root);
      const out = join(root, 'content');
      // A pre-populated out folder that must stay byte-for-byte as it was.
      cpSync(goodOut, out, { recursive: true });
      writeFileSync(join(out, 'sentinel.txt'), 'untouched');
      const snapshot = readTree(out);
      const expected = testCase.corrupt(seeds);
      const run = runCli(['--seeds', seeds, '--out', out]);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe('');
      for (const text of expected) expect(run.stderr).toContain(text);
      expect(run.stderr).toContain('\n  fix: ');
      expect(run.stderr.trim().split('\n')).toHaveLength(2);
      expect(readTree(out)).toEqual(snapshot);
      expect(readTree(root).size).toBe(snapshot.size);
    });
  }
});
