import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { repoRoot } from '../../support/paths';

const run = promisify(execFile);

/** What a run of `scripts/offline/build-bundle.ts` printed. */
export interface CliRun {
  /** The one-line summary (last line of stdout). */
  summary: string;
  /** The zip's SHA-256 as the summary states it. */
  sha256: string;
  /** The zip's size in bytes as the summary states it. */
  bytes: number;
  stderr: string;
}

/** Runs the bundle command line with the Node that runs the tests, extra environment variables added. */
export async function runBundleCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const cli = join(repoRoot, 'node_modules/tsx/dist/cli.mjs');
  const { stdout, stderr } = await run(process.execPath, [cli, join(repoRoot, 'scripts/offline/build-bundle.ts'), ...args, '--quiet'], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    maxBuffer: 16 * 1024 * 1024,
  });
  const summary = stdout.trim().split('\n').pop() ?? '';
  const sha256 = /sha256 ([0-9a-f]{64})/.exec(summary)?.[1];
  if (!sha256) throw new Error(`build-bundle printed no summary:\n${stdout}\n${stderr}`);
  const bytes = Number(/(\d+) bytes zip/.exec(summary)?.[1]);
  return { summary, sha256, bytes, stderr };
}
