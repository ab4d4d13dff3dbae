/**
 * Lets `ingest --check` skip its rebuild when nothing it depends on has changed since a run that passed.
 *
 * The stamp is a fingerprint of everything the check's outcome depends on: every file under the seeds
 * folder (texts, manifest, vocabulary), the ingest code (every module of scripts/ingest/ and every local
 * module they import or start as a worker), the lockfile
 * (library versions) and Node's version — and a fingerprint of the out folder as it was when that
 * check passed (or when ingest wrote it). Ingest is deterministic, so equal inputs give equal output,
 * and the output was equal to the out folder, which has not changed since: the check would pass again.
 * Any change to either side runs the real check.
 *
 * Why a cache file, not a hash recorded in content/: content/ is committed and must stay byte-identical
 * on the real seeds; the stamp lives in `node_modules/.cache/` (never committed, removed by a clean
 * install), keyed by the out folder's path, so a benchmark's scratch corpus does not share it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');
/** The ingest code: every module here, and the local modules they import (src/schemas, src/lib/urls …). */
const ingestFolder = join(projectRoot, 'scripts/ingest');
const stampFolder = join(projectRoot, 'node_modules/.cache/jpcp-ingest-check');

/** What a passing run recorded. */
interface Stamp {
  inputs: string;
  out: string;
  /** The run's summary line, printed again when the check is skipped. */
  summary: string;
}

/** Every file under `dir`, sorted by path relative to it. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * `modules` and every local TypeScript module they import, directly or not: imports starting with
 * `.`, and workers started from `new URL('./…', import.meta.url)`.
 */
function localModules(modules: readonly string[]): string[] {
  const seen = new Set<string>();
  const pending = [...modules];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, specifier] of source.matchAll(/(?:from|import\(|new URL\()\s*'(\.[^']+)'/g)) {
      const base = resolve(dirname(file), specifier!);
      const candidates = [base, `${base}.ts`, join(base, 'index.ts')];
      const found = candidates.find((path) => path.endsWith('.ts') && existsSync(path));
      if (found) pending.push(found);
    }
  }
  return [...seen].sort();
}

/** SHA-256 over the paths (relative to `base`) and bytes of `files`. */
function fingerprint(files: readonly string[], base: string, extra = ''): string {
  const hash = createHash('sha256').update(extra);
  for (const file of files) hash.update(`\0${relative(base, file)}\0`).update(readFileSync(file));
  return hash.digest('hex');
}

function inputsFingerprint(seedsDir: string): string {
  const seeds = fingerprint(filesUnder(seedsDir), seedsDir);
  const ingestModules = filesUnder(ingestFolder).filter((file) => file.endsWith('.ts'));
  const code = fingerprint([...localModules(ingestModules), join(projectRoot, 'package-lock.json')].filter(existsSync), projectRoot, process.version);
  return `${seeds}:${code}`;
}

function stampPath(outDir: string): string {
  return join(stampFolder, `${createHash('sha256').update(resolve(outDir)).digest('hex').slice(0, 16)}.json`);
}

/**
 * The summary of the passing run whose inputs and out folder were exactly these, or undefined when
 * there is none (then the real check must run).
 */
export async function unchangedSinceLastPass(seedsDir: string, outDir: string): Promise<string | undefined> {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(await readFile(stampPath(outDir), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
  if (stamp.inputs !== inputsFingerprint(seedsDir)) return undefined;
  if (stamp.out !== fingerprint(filesUnder(outDir), outDir)) return undefined;
  return stamp.summary;
}

/** Records that the out folder, as it is now, is what these inputs give (after a passing check or a write). */
export async function recordPass(seedsDir: string, outDir: string, summary: string): Promise<void> {
  const stamp: Stamp = { inputs: inputsFingerprint(seedsDir), out: fingerprint(filesUnder(outDir), outDir), summary };
  const path = stampPath(outDir);
  await mkdir(stampFolder, { recursive: true });
  // Written whole and renamed, so a reader never sees half a stamp.
  await writeFile(`${path}.${process.pid}`, JSON.stringify(stamp));
  await rename(`${path}.${process.pid}`, path);
}

/** Removes the stamp of `outDir`, so the next check runs in full (the benchmark's `--cold-check`). */
export function forgetPass(outDir: string): void {
  rmSync(stampPath(outDir), { force: true });
}
