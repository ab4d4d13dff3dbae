import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';

/** The real seeds folder. */
export const seedsDir = join(repoRoot, 'seeds');
/** The committed content folder (read only in tests). */
export const contentDir = join(repoRoot, 'content');

/** A fresh temporary folder, removed by the returned cleanup. */
export function tempDir(prefix = 'ingest-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A temporary copy of the real seeds (texts, manifest, vocabulary) that a test may corrupt. */
export function copySeeds(): string {
  const dir = join(tempDir(), 'seeds');
  cpSync(seedsDir, dir, { recursive: true });
  return dir;
}

/** Every file under `dir` by relative path, as bytes, so comparisons are byte-for-byte. */
export function readTree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (base: string): void => {
    for (const entry of readdirSync(join(dir, base), { withFileTypes: true })) {
      const rel = base ? `${base}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files.set(rel, readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/**
 * The files ingest writes (`<collection>/en/**.md`), by relative path: translations and the translators'
 * README live beside them in content/ but are not ingest's output.
 */
export function readIngestTree(dir: string): Map<string, Buffer> {
  return new Map([...readTree(dir)].filter(([path]) => /^[^/]+\/en\/.+\.md$/.test(path)));
}

/** Result of running the real CLI. */
export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `tsx scripts/ingest/cli.ts` as the user would, from the repository root. */
export function runCli(args: string[]): CliRun {
  const result = spawnSync(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/ingest/cli.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}` },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Removes a temporary folder (tests clean up after themselves). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
