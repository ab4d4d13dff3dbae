import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { collectionSchemas } from '../../src/schemas/index';

/** Ingest owns `<collection>/<lang>/` of the languages it writes; anything else in the out folder (translations) is kept. */
function ownedPrefixes(lang: string): string[] {
  return Object.keys(collectionSchemas).map((collection) => `${collection}/${lang}/`);
}

async function listFiles(dir: string, base = ''): Promise<string[]> {
  let names: string[];
  try {
    names = (await readdir(join(dir, base), { withFileTypes: true })).map((d) => (d.isDirectory() ? `${d.name}/` : d.name));
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names.sort()) {
    if (name.endsWith('/')) files.push(...(await listFiles(dir, `${base}${name}`)));
    else files.push(`${base}${name}`);
  }
  return files;
}

/**
 * Writes the files into a temporary folder beside `outDir` and swaps it in with renames, so a
 * failed run never leaves a half-written content folder. Files outside the owned prefixes are
 * carried over unchanged.
 */
export async function writeCollections(outDir: string, files: ReadonlyMap<string, string>, lang = 'en'): Promise<void> {
  const owned = ownedPrefixes(lang);
  const parent = dirname(outDir);
  const name = basename(outDir);
  const temp = join(parent, `.${name}.ingest-${process.pid}`);
  const old = join(parent, `.${name}.old-${process.pid}`);
  await mkdir(parent, { recursive: true });
  await rm(temp, { recursive: true, force: true });
  try {
    await mkdir(temp, { recursive: true });
    for (const file of await listFiles(outDir)) {
      if (owned.some((prefix) => file.startsWith(prefix))) continue;
      await mkdir(dirname(join(temp, file)), { recursive: true });
      await cp(join(outDir, file), join(temp, file));
    }
    for (const [file, content] of files) {
      await mkdir(dirname(join(temp, file)), { recursive: true });
      await writeFile(join(temp, file), content);
    }
    let hadOut = true;
    try {
      await rename(outDir, old);
    } catch {
      hadOut = false;
    }
    await rename(temp, outDir);
    if (hadOut) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Paths (relative to `outDir`) whose content differs from `files`, is missing, or is stale extra. */
export async function checkCollections(outDir: string, files: ReadonlyMap<string, string>, lang = 'en'): Promise<string[]> {
  const owned = ownedPrefixes(lang);
  const differing: string[] = [];
  const present = (await listFiles(outDir)).filter((file) => owned.some((prefix) => file.startsWith(prefix)));
  for (const [file, content] of files) {
    const current = await readFile(join(outDir, file), 'utf8').catch(() => undefined);
    if (current === undefined) differing.push(`${file} (missing)`);
    else if (current !== content) differing.push(`${file} (differs)`);
  }
  for (const file of present) if (!files.has(file)) differing.push(`${file} (not produced by the seeds)`);
  return differing.sort();
}
