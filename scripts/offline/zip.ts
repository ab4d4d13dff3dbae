import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { byCodeUnit } from './site-files';

/**
 * The time every entry carries. Zip stores local "DOS" time, and yazl reads the Date with local getters,
 * so the Date is built from local parts: the stored fields are 1980-01-01 00:00 in every time zone.
 */
export function fixedZipTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

/** Deflate level of every entry: fixed, since a different level gives different bytes. */
export const zipCompressionLevel = 9;

/** The result of writing a zip. */
export interface ZipResult {
  /** Size of the zip in bytes. */
  bytes: number;
  /** SHA-256 of the zip, hex. */
  sha256: string;
}

/**
 * Writes `files` (zip path → content) as a reproducible zip: entries sorted by path, every folder
 * listed as its own entry (mode 0755) before its files (mode 0644), one fixed time, one compression level,
 * no extended timestamps. The same input gives the same bytes on every machine with the same zlib
 * (Node is pinned by the `node` devDependency). Written to a temporary name, then renamed.
 */
export async function writeDeterministicZip(files: ReadonlyMap<string, Buffer>, out: string): Promise<ZipResult> {
  const zip = new ZipFile();
  const mtime = fixedZipTime();
  const folders = new Set<string>();
  for (const path of files.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  const names = [...files.keys(), ...folders].sort(byCodeUnit);
  for (const name of names) {
    if (name.endsWith('/')) {
      zip.addEmptyDirectory(name, { mtime, mode: 0o40755, forceDosTimestamp: true });
    } else {
      zip.addBuffer(files.get(name)!, name, {
        mtime,
        mode: 0o100644,
        compressionLevel: zipCompressionLevel,
        forceDosTimestamp: true,
      });
    }
  }
  zip.end();
  await mkdir(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  await pipeline(zip.outputStream, createWriteStream(tmp));
  await rename(tmp, out);
  const written = await readFile(out);
  return { bytes: written.length, sha256: createHash('sha256').update(written).digest('hex') };
}
