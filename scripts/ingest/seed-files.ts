import { constants } from 'node:fs';
import { open, realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { IngestError } from './errors';

/** Largest seed or YAML file ingest reads: a policy document's text is well under 1 MB; 20 MB is a broken extraction. */
export const MAX_SEED_BYTES = 20 * 1024 * 1024;

/** Where a manifest names a file, so a refusal can point at that line. */
export interface NamedAt {
  /** The manifest (or vocabulary) file, as shown in messages. */
  file: string;
  /** The line of the field naming the file. */
  line?: number | undefined;
}

/** True when `inner` is `outer` or a path below it (both absolute, already resolved). */
export function isInside(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}

/**
 * The absolute path of `name` (a file the manifest names) inside `seedsDir`, after following every
 * symbolic link: a manifest is data, and data must not make ingest read `/etc/passwd` or a file
 * beside the project. A missing file is returned unresolved, so the reader can say it does not exist.
 */
export async function confinedPath(seedsDir: string, name: string, namedAt: NamedAt): Promise<string> {
  const root = await realpath(seedsDir);
  const path = resolve(root, name);
  let real: string;
  try {
    real = await realpath(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    real = path;
  }
  if (!isInside(real, root) || real === root) {
    throw new IngestError({
      ...namedAt,
      problem: `"${name}" resolves to ${real}, outside the seeds folder ${root}`,
      fix: 'name a file inside the seeds folder (no "..", absolute path or symbolic link leading out of it)',
    });
  }
  return real;
}

/** Messages for the reasons a file cannot be read. */
export interface ReadFailures {
  /** The problem when the file does not exist. */
  missing: string;
  /** What to do when it does not exist. */
  missingFix: string;
}

/**
 * The bytes of a regular file of at most `MAX_SEED_BYTES`. A FIFO, socket, device or directory is
 * refused before it is read (reading a FIFO blocks forever): the file is opened non-blocking and
 * checked with `fstat` on the open handle, so nothing can swap the file between check and read.
 */
export async function readRegularFile(path: string, display: string, failures: ReadFailures): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new IngestError({ file: display, problem: failures.missing, fix: failures.missingFix });
    throw new IngestError({
      file: display,
      problem: `cannot read the file (${code ?? 'error'}: ${(error as Error).message})`,
      fix: code === 'EACCES' ? 'give the user running ingest read permission on the file' : 'make the file readable',
    });
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      const kind = stat.isDirectory() ? 'a directory' : stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : 'a device';
      throw new IngestError({ file: display, problem: `not a regular file (it is ${kind})`, fix: 'name a plain text file' });
    }
    if (stat.size > MAX_SEED_BYTES) {
      throw new IngestError({
        file: display,
        problem: `the file is ${stat.size} bytes, over the limit of ${MAX_SEED_BYTES} bytes (20 MB)`,
        fix: 'check the extraction: a policy document is far smaller; split or trim the file',
      });
    }
    const bytes = await handle.readFile();
    // A file that grew after the check is held to the same limit.
    if (bytes.length > MAX_SEED_BYTES) {
      throw new IngestError({ file: display, problem: `the file is over the limit of ${MAX_SEED_BYTES} bytes (20 MB)`, fix: 'trim the file' });
    }
    return bytes;
  } finally {
    await handle.close();
  }
}
