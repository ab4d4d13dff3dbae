import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { ownedFolders, scratchNames } from './out-folder';

/** Files below `dir` (relative, sorted). A missing folder has none; any other read error is an error. */
async function listFiles(dir: string, base = ''): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(base ? join(dir, base.slice(0, -1)) : dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && base === '') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = `${base}${entry.name}`;
    if (entry.isDirectory()) for (const file of await listFiles(dir, `${path}/`)) files.push(file);
    else files.push(path);
  }
  return files;
}

/** Paths of the current scratch folder, so a signal handler can remove it. */
let scratchInUse: string | undefined;

/** The scratch folder of a run in progress, if any (removed by the interrupt handler). */
export function scratchFolder(): string | undefined {
  return scratchInUse;
}

/**
 * Writes the files into a scratch folder beside `outDir`, then swaps each owned folder
 * (`<collection>/en/`) in with two renames. Only the owned folders are ever moved: translations
 * (`<collection>/ja/`), README.md and anything else in the out folder are not read, copied or
 * deleted, and the out folder itself never disappears. The swap is synchronous, so no signal
 * handler can run in the middle of it; a failed rename puts the folders already swapped back.
 * The caller holds the out folder's lock.
 */
export async function writeCollections(outDir: string, files: ReadonlyMap<string, string>, lang = 'en'): Promise<void> {
  const temp = scratchNames(outDir).temp;
  scratchInUse = temp;
  try {
    for (const owned of ownedFolders(lang)) await mkdir(join(temp, 'new', owned), { recursive: true });
    await mkdir(join(temp, 'old'), { recursive: true });
    for (const [file, content] of files) {
      await mkdir(dirname(join(temp, 'new', file)), { recursive: true });
      await writeFile(join(temp, 'new', file), content);
    }
    swapIn(outDir, temp, ownedFolders(lang));
  } finally {
    rmSync(temp, { recursive: true, force: true });
    scratchInUse = undefined;
  }
}

function swapIn(outDir: string, temp: string, owned: readonly string[]): void {
  const done: { target: string; old: string | undefined }[] = [];
  try {
    for (const [index, folder] of owned.entries()) {
      const target = join(outDir, folder);
      mkdirSync(dirname(target), { recursive: true });
      const old = join(temp, 'old', String(index));
      let moved: string | undefined = old;
      try {
        renameSync(target, old);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        moved = undefined;
      }
      done.push({ target, old: moved });
      renameSync(join(temp, 'new', folder), target);
    }
  } catch (error) {
    for (const { target, old } of done.reverse()) {
      if (old === undefined) rmSync(target, { recursive: true, force: true });
      else {
        rmSync(target, { recursive: true, force: true });
        renameSync(old, target);
      }
    }
    throw error;
  }
}

/** Paths (relative to `outDir`) whose content differs from `files`, is missing, or is stale extra. */
export async function checkCollections(outDir: string, files: ReadonlyMap<string, string>, lang = 'en'): Promise<string[]> {
  const differing: string[] = [];
  const present: string[] = [];
  for (const owned of ownedFolders(lang)) for (const file of await listFiles(join(outDir, owned))) present.push(`${owned}/${file}`);
  for (const [file, content] of files) {
    const current = await readFile(join(outDir, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (current === undefined) differing.push(`${file} (missing)`);
    else if (current !== content) differing.push(`${file} (differs)`);
  }
  for (const file of present) if (!files.has(file)) differing.push(`${file} (not produced by the seeds)`);
  return differing.sort();
}
