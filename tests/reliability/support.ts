import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/paths';
import { contentDir, readTree, seedsDir } from '../ingest/helpers';

/** PATH with the project's node_modules/.bin first, as `npm run` sets it (its `node` is the supported version). */
export const projectPath = `${join(repoRoot, 'node_modules/.bin')}:${process.env.PATH ?? ''}`;

/** The outcome of a finished command. */
export interface Finished {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall-clock run time in milliseconds. */
  ms: number;
}

/** A command that is running; `done` resolves when it ends. */
export interface Running {
  child: ChildProcess;
  /** Output so far. */
  output(): { stdout: string; stderr: string };
  done: Promise<Finished>;
}

/** True when tests run as root, where permission bits do not stop anything: such runs drop to `nobody`. */
export const isRoot = process.getuid?.() === 0;

/** Starts a command; with `group`, in a process group of its own; with `unprivileged`, as user `nobody` when the tests run as root (setpriv). */
export function start(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; unprivileged?: boolean; group?: boolean } = {},
): Running {
  const [file, argv] =
    options.unprivileged && isRoot
      ? ['setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', command, ...args]]
      : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, {
    cwd: options.cwd ?? repoRoot,
    env: { ...process.env, PATH: projectPath, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a test can signal the whole tree the way Ctrl-C in a terminal does.
    detached: options.group ?? false,
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const done = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout, stderr, ms: performance.now() - started }));
  });
  return { child, output: () => ({ stdout, stderr }), done };
}

/** Starts the real ingest CLI (`tsx scripts/ingest/cli.ts …`) from the repository root. */
export function startIngest(args: readonly string[], options: { unprivileged?: boolean } = {}): Running {
  return start(join(repoRoot, 'node_modules/.bin/tsx'), ['scripts/ingest/cli.ts', ...args], options);
}

/** Runs the real ingest CLI to its end. */
export function ingest(args: readonly string[], options: { unprivileged?: boolean } = {}): Promise<Finished> {
  return startIngest(args, options).done;
}

/** Temporary folders made by one test file, removed by `removeAll`. */
export class Scratch {
  private readonly dirs: string[] = [];

  /** A fresh folder; `open` makes it writable for `nobody` too (for the unprivileged runs). */
  dir(open = false): string {
    const dir = mkdtempSync(join(tmpdir(), 'reliability-'));
    if (open) chmodSync(dir, 0o777);
    this.dirs.push(dir);
    return dir;
  }

  /** A copy of the real seeds in a fresh folder. */
  seeds(): string {
    const dir = join(this.dir(true), 'seeds');
    cpSync(seedsDir, dir, { recursive: true });
    return dir;
  }

  /** A copy of the committed content/ (with its translations and README) in a fresh folder. */
  content(): string {
    const dir = join(this.dir(true), 'content');
    cpSync(contentDir, dir, { recursive: true });
    return dir;
  }

  removeAll(): void {
    for (const dir of this.dirs) {
      chmodTree(dir, 0o755);
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** Makes every folder below `dir` `mode` again (tests make some read-only). */
export function chmodTree(dir: string, mode: number): void {
  try {
    chmodSync(dir, mode);
    for (const entry of readdirSync(dir, { withFileTypes: true })) if (entry.isDirectory()) chmodTree(join(dir, entry.name), mode);
  } catch {
    // Already gone.
  }
}

/** Edits a file in place, failing the test setup when `from` is not in it. */
export function replaceIn(path: string, from: string | RegExp, to: string): void {
  const text = readFileSync(path, 'utf8');
  if (typeof from === 'string' ? !text.includes(from) : !from.test(text)) throw new Error(`test setup: ${String(from)} not in ${path}`);
  writeFileSync(path, text.replace(from, to));
}

/** 1-based line of the first line of `path` containing `needle`. */
export function lineOf(path: string, needle: string): number {
  const index = readFileSync(path, 'utf8').split('\n').findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`test setup: "${needle}" not in ${path}`);
  return index + 1;
}

/** Names of scratch folders and locks ingest keeps beside an out folder named `name`. */
export function leftovers(parent: string, name = 'content'): string[] {
  return readdirSync(parent).filter((entry) => entry.startsWith(`.${name}.`));
}

export { readTree };
