/**
 * `npm run build`: the whole site build, one at a time per project folder, never leaving `dist/`
 * half-written.
 *
 * 1. The site URL is checked first (src/siteUrl.ts: a bad SITE_URL stops here, naming it; the
 *    placeholder gets a warning).
 * 2. An exclusive lock (`.dist.build.lock`) is taken: Astro writes `.astro/` and the content-layer
 *    cache in the project folder, so two builds at once break each other. A second build stops at once
 *    with "another build is running".
 * 3. The steps build into a staging folder beside `dist/`: `ingest --check`, `astro build`, the Pagefind
 *    index, the offline bundle. The check is skipped when ingest's stamp says seeds, ingest code and
 *    content/ are unchanged since a check passed (scripts/ingest/check-stamp.ts); the Pagefind index is
 *    written in this process (its work is Pagefind's own binary; a child process would only add a
 *    TypeScript loader's start, about a second).
 * 4. Only when every step has passed is the staging folder swapped in for `dist/` (two renames). On a
 *    failure or SIGINT/SIGTERM the staging folder is removed and `dist/` stays as it was.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unchangedSinceLastPass } from '../ingest/check-stamp';
import { acquireLock, LockBusyError, type HeldLock } from '../lock/exclusive-lock';
import { buildSearchIndex } from '../search/build-index';

const root = resolve(fileURLToPath(import.meta.url), '../../..');
const dist = join(root, 'dist');
const staging = join(root, `.dist.build-${process.pid}`);
const retired = join(root, `.dist.old-${process.pid}`);
const lockPath = join(root, '.dist.build.lock');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);

/** A build step: a command (child process) or a function run here; either gives an exit code. */
type Step = { label: string; command: string; args: string[] } | { label: string; run: () => Promise<number> };

const spawned = (command: string, args: string[]): Step => ({ label: [command.replace(`${root}/`, ''), ...args].join(' '), command, args });

/** `ingest --check`, unless the stamp of the last passing check still holds. */
async function checkContent(): Promise<number> {
  const unchanged = await unchangedSinceLastPass(join(root, 'seeds'), join(root, 'content'));
  if (unchanged !== undefined) {
    console.log(`${unchanged} (inputs and content/ unchanged since a passing check; not rebuilt)`);
    return 0;
  }
  return runStep(bin('tsx'), ['scripts/ingest/cli.ts', '--check']);
}

/** The search index, written into the staging folder by this process; a failure is reported like the CLI's. */
async function indexSite(): Promise<number> {
  try {
    await buildSearchIndex({ siteDir: staging });
    return 0;
  } catch (error) {
    console.error(`search: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof Error && error.cause !== undefined) console.error('cause:', error.cause);
    return 1;
  }
}

/** The build steps, each writing into the staging folder. */
const steps: readonly Step[] = [
  { label: 'ingest --check', run: checkContent },
  spawned(bin('astro'), ['build', '--outDir', staging]),
  { label: 'search index (scripts/search/build-index.ts)', run: indexSite },
  spawned(bin('tsx'), ['scripts/offline/build-bundle.ts', '--dist', staging]),
];

let running: ChildProcess | undefined;
let interruptedBy: NodeJS.Signals | undefined;

function runStep(command: string, args: string[]): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    running = child;
    child.on('error', fail);
    child.on('close', (code, signal) => {
      running = undefined;
      done(code ?? (signal ? 128 : 1));
    });
  });
}

/** Removes staging and retired folders an earlier, killed build left (the caller holds the lock). */
function removeLeftovers(): void {
  for (const name of readdirSync(root)) {
    if (name.startsWith('.dist.build-') || name.startsWith('.dist.old-')) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** Puts the finished staging folder in place of dist/ with two renames; synchronous, so no signal lands in between. */
function swapIn(): void {
  const hadDist = existsSync(dist);
  if (hadDist) renameSync(dist, retired);
  try {
    renameSync(staging, dist);
  } catch (error) {
    if (hadDist) renameSync(retired, dist);
    throw error;
  }
  rmSync(retired, { recursive: true, force: true });
}

async function build(lock: HeldLock): Promise<number> {
  const onSignal = (signal: NodeJS.Signals): void => {
    interruptedBy = signal;
    running?.kill(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    removeLeftovers();
    for (const step of steps) {
      const code = 'run' in step ? await step.run() : await runStep(step.command, step.args);
      if (interruptedBy) {
        console.error(`build: interrupted by ${interruptedBy}; dist/ was left as it was`);
        return interruptedBy === 'SIGINT' ? 130 : 143;
      }
      if (code !== 0) {
        console.error(`build: \`${step.label}\` failed (exit ${code}); dist/ was left as it was`);
        return code;
      }
    }
    swapIn();
    return 0;
  } finally {
    rmSync(staging, { recursive: true, force: true });
    await lock.release();
  }
}

async function main(): Promise<number> {
  let site: typeof import('../../src/siteUrl');
  try {
    site = await import('../../src/siteUrl');
  } catch (error) {
    console.error(`build: ${(error as Error).message}`);
    return 1;
  }
  if (site.siteUrlIsPlaceholder) console.warn(`build: ${site.placeholderWarning}`);
  let lock: HeldLock;
  try {
    lock = await acquireLock(dist, lockPath, 0);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    console.error(
      `build: another build is running in ${root} (lock ${lockPath}); dist/ is left to it. ` +
        'Wait for it to finish and run again (a lock left by a killed build expires after 30 s).',
    );
    return 1;
  }
  return build(lock);
}

process.exitCode = await main();
