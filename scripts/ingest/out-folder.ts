import { constants } from 'node:fs';
import { access, lstat, readdir, realpath, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { collectionSchemas } from '../../src/schemas/index';
import { IngestError } from './errors';
import { isInside } from './seed-files';

/** The folders ingest owns inside the out folder: `<collection>/<lang>/` (everything else is someone else's). */
export function ownedFolders(lang: string): string[] {
  return Object.keys(collectionSchemas).map((collection) => `${collection}/${lang}`);
}

/** Names of the scratch folders a run keeps beside the out folder, so a later run can clean them up. */
export function scratchNames(outDir: string): { temp: string; lock: string; prefix: string } {
  const name = basename(outDir);
  return {
    prefix: `.${name}.ingest-`,
    temp: join(dirname(outDir), `.${name}.ingest-${process.pid}`),
    lock: join(dirname(outDir), `.${name}.lock`),
  };
}

/** The real path of `path`, or of its nearest existing ancestor with the rest appended (for a folder to be created). */
async function realOrPlanned(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(path) === path) throw error;
    return join(await realOrPlanned(dirname(path)), basename(path));
  }
}

/**
 * Refuses an out folder ingest must not write, before anything is touched: the seeds folder or a
 * folder inside it, an existing file, a symbolic link (replacing it would drop the link), or a folder
 * where the files cannot be swapped in (read-only, or not owned by this user).
 */
export async function checkOutFolder(outArg: string, seedsDir: string, writing: boolean): Promise<string> {
  const out = resolve(outArg);
  const refuse = (problem: string, fix: string): never => {
    throw new IngestError({ file: outArg, problem: `--out: ${problem}`, fix });
  };
  const stat = await lstat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (stat?.isSymbolicLink()) refuse('is a symbolic link; ingest replaces folders and would break it', 'pass the folder the link points to');
  if (stat && !stat.isDirectory()) refuse('is not a folder (it is an existing file, which ingest would replace)', 'pass a folder');
  if (isInside(await realOrPlanned(out), await realpath(seedsDir))) {
    refuse(`is the seeds folder or inside it (${seedsDir})`, 'write the collections to a folder outside the seeds, such as content/');
  }
  if (writing) await checkWritable(out, Boolean(stat));
  return out;
}

/** Every folder a run creates, renames or removes entries in must be writable, or the swap would fail half-way. */
async function checkWritable(out: string, exists: boolean): Promise<void> {
  const folders = [existingAncestor(dirname(out))];
  if (exists) {
    folders.push(Promise.resolve(out));
    for (const owned of ownedFolders('en')) {
      const collection = dirname(join(out, owned));
      if (await isFolder(collection)) folders.push(Promise.resolve(collection));
      for (const folder of await foldersBelow(join(out, owned))) folders.push(Promise.resolve(folder));
    }
  }
  for (const folder of await Promise.all(folders)) {
    try {
      await access(folder, constants.W_OK);
    } catch {
      throw new IngestError({
        file: folder,
        problem: 'the folder is not writable, so the new collections cannot be swapped in (nothing was changed)',
        fix: 'make the out folder and its collection folders writable by this user, or pass another --out',
      });
    }
  }
}

async function existingAncestor(path: string): Promise<string> {
  return (await isFolder(path)) || dirname(path) === path ? path : existingAncestor(dirname(path));
}

async function isFolder(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** `dir` and every folder below it; none when `dir` does not exist. */
async function foldersBelow(dir: string): Promise<string[]> {
  if (!(await isFolder(dir))) return [];
  const found = [dir];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) found.push(...(await foldersBelow(join(dir, entry.name))));
  }
  return found;
}

/** Removes scratch folders that an interrupted or failed earlier run left beside the out folder (the caller holds the lock). */
export async function removeLeftovers(outDir: string): Promise<void> {
  const { prefix } = scratchNames(outDir);
  const parent = dirname(outDir);
  const names = await readdir(parent).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const old = `.${basename(outDir)}.old-`;
  for (const name of names) {
    if (name.startsWith(prefix) || name.startsWith(old)) await rm(join(parent, name), { recursive: true, force: true });
  }
}
