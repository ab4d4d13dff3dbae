import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { acquireLock, LockBusyError, type HeldLock } from '../lock/exclusive-lock';
import { buildContentInWorker } from './build-in-worker';
import { recordPass, unchangedSinceLastPass } from './check-stamp';
import { IngestError, isIngestError } from './errors';
import { exitOnInterrupt } from './interrupt';
import { checkOutFolder, removeLeftovers, scratchNames } from './out-folder';
import { checkCollections, scratchFolder, writeCollections } from './write-collections';

/** How long a run waits for another ingest of the same out folder before giving up. */
const DEFAULT_WAIT_SECONDS = 120;

interface Options {
  seeds: string;
  out: string;
  check: boolean;
  waitSeconds: number;
}

function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      seeds: { type: 'string', default: 'seeds/' },
      out: { type: 'string', default: 'content/' },
      check: { type: 'boolean', default: false },
      wait: { type: 'string', default: String(DEFAULT_WAIT_SECONDS) },
    },
    strict: true,
  });
  const waitSeconds = Number(values.wait);
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) throw new Error(`--wait takes a number of seconds, not "${values.wait}"`);
  return { seeds: values.seeds, out: values.out, check: values.check, waitSeconds };
}

/**
 * `npm run ingest [-- --seeds <dir>] [--out <dir>] [--check] [--wait <seconds>]`: seeds → content collections.
 * Exit code 0 on success, 1 on bad input or (with --check) stale content, 130/143 when interrupted.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  let options: Options;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(
      `ingest: ${(error as Error).message}\n  usage: tsx scripts/ingest/cli.ts [--seeds <dir>] [--out <dir>] [--check] [--wait <seconds>]`,
    );
    return 1;
  }
  let lock: HeldLock | undefined;
  let stopHandling = (): void => undefined;
  try {
    const seeds = resolve(options.seeds);
    const out = await checkOutFolder(options.out, seeds, !options.check);
    // Installed before waiting for the lock, so a signal during the wait ends the run too.
    stopHandling = exitOnInterrupt(() => {
      const scratch = scratchFolder();
      if (scratch) rmSync(scratch, { recursive: true, force: true });
      lock?.releaseSync();
    }, options.out);
    lock = await lockOut(out, options);
    if (!options.check) await removeLeftovers(out);
    const unchanged = options.check ? await unchangedSinceLastPass(seeds, out) : undefined;
    if (unchanged !== undefined) {
      console.log(`${unchanged} (${Math.round(performance.now() - started)} ms; inputs and ${options.out} unchanged since a passing check)`);
      return 0;
    }
    const { files, counts } = await buildContentInWorker(seeds);
    if (options.check) {
      const differing = await checkCollections(out, files);
      if (differing.length) {
        console.error(`ingest --check: ${options.out} is stale (${differing.length} files); run \`npm run ingest\`:`);
        for (const file of differing) console.error(`  ${file}`);
        return 1;
      }
    } else {
      await writeCollections(out, files);
    }
    const summary =
      `ingest: ${counts.documents} documents, ${counts.sections} sections, ${counts.measures} measures, ` +
      `${counts.glossary} glossary terms, ${counts.topics} topics ${options.check ? 'up to date in' : '→'} ${options.out}`;
    await recordPass(seeds, out, summary.replace(' → ', ' up to date in '));
    console.log(`${summary} (${Math.round(performance.now() - started)} ms)`);
    return 0;
  } catch (error) {
    console.error(describeFailure(error));
    return 1;
  } finally {
    stopHandling();
    await lock?.release();
  }
}

/** Takes the out folder's lock, waiting for another ingest up to `--wait` seconds. */
async function lockOut(out: string, options: Options): Promise<HeldLock> {
  const lockPath = scratchNames(out).lock;
  try {
    return await acquireLock(out, lockPath, 0);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
  }
  console.error(`ingest: another ingest is writing ${options.out}; waiting up to ${options.waitSeconds} s for its lock (${lockPath})`);
  try {
    return await acquireLock(out, lockPath, options.waitSeconds * 1000);
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    throw new IngestError({
      file: options.out,
      problem: `another ingest holds the lock on this folder (${error.lockPath}); waited ${options.waitSeconds} s`,
      fix: 'let the other ingest finish and run again; a lock left by a killed process expires after 30 s',
    });
  }
}

/** One message for any failure: bad input names its file and line; a system error names its path and cause. */
function describeFailure(error: unknown): string {
  if (isIngestError(error)) return error.format();
  const system = error as NodeJS.ErrnoException;
  if (system && typeof system.code === 'string' && typeof system.path === 'string') {
    return `ingest: ${system.path}: ${system.message.startsWith(system.code) ? system.message : `${system.code}: ${system.message}`}\n  fix: check that the path exists and that this user may read and write it`;
  }
  return `ingest: internal error (a bug, not your input): ${(error as Error)?.stack ?? String(error)}`;
}

// Run only as a script, so tests can import `main` without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
