import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { compareDirs, describeDifference } from '../../scripts/offline/compare-dirs';
import { repoRoot, requireDist } from '../support/paths';
import { copyWorkingTree } from './support/copy-tree';

const run = promisify(execFile);

// A second full build (`npm run build`) of the same working tree, in another folder and another time zone,
// compared file by file with the `dist/` that `npm run build` wrote in the repository: zip checksum included.
const work = mkdtempSync(join(tmpdir(), 'offline-repro-'));

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('dist/ is reproducible', () => {
  test('a build in another folder gives byte-identical files, the zip and its checksum included', async () => {
    const dist = requireDist();
    const folder = join(work, 'clone');
    copyWorkingTree(repoRoot, folder);
    await run('npm', ['run', 'build'], {
      cwd: folder,
      env: { ...process.env, TZ: 'Pacific/Kiritimati' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const result = compareDirs(dist, join(folder, 'dist'));
    expect(result.differences.map(describeDifference)).toEqual([]);
    expect(result.common).toBeGreaterThan(100);
  }, 900_000);
});
