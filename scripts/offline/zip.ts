import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { byCodeUnit } from '../built-site/walk';

/**
 * The time every entry carries. Zip stores local "DOS" time, and yazl reads the Date with local getters,
 * so the Date is built from local parts: the stored fields are 1980-01-01 00:00 in every time zone.
 */
export function fixedZipTime(): Date {
  return new Date(1980, 0, 1, 0, 0, 0);
}

/** Deflate level of every entry: fixed, since a different level gives different bytes. */
export const zipCompressionLevel = 9;

/** An entry's content, or a function that reads it when the zip is written (files copied unchanged). */
export type ZipContent = Buffer | (() => Buffer);

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
export async function writeDeterministicZip(files: ReadonlyMap<string, ZipContent>, out: string): Promise<ZipResult> {
  const zip = new ZipFile();
  const mtime = fixedZipTime();
  const folders = new Set<string>();
  for (const path of files.keys()) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) folders.add(`${parts.slice(0, i).join('/')}/`);
  }
  const names = [...files.keys(), ...folders].sort(byCodeUnit);

  await mkdir(dirname(out), { recursive: true });
  const tmp = `${out}.tmp-${process.pid}`;
  // Hashed and counted on the way to the file, not read back.
  const hash = createHash('sha256');
  let bytes = 0;
  let wrote: (() => void) | undefined;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      wrote?.();
      done(null, chunk);
    },
  });
  const written = pipeline(zip.outputStream, tap, createWriteStream(tmp));

  // yazl deflates every buffer as soon as it is added, each with its own zlib state (≈ 300 KB at level 9,
  // outside the JS heap): thousands at once cost gigabytes. So at most `window` entries wait for their
  // turn; one is written (in order) before the next is added. The bytes do not depend on this timing.
  const entries = (zip as unknown as { entries?: Array<{ state?: number }> }).entries;
  const window = 16;
  const fileDataDone = 3; // yazl's Entry.FILE_DATA_DONE
  let done = 0;
  const room = async (): Promise<void> => {
    if (!Array.isArray(entries)) return;
    for (;;) {
      while (done < entries.length && entries[done]!.state === fileDataDone) done++;
      if (entries.length - done < window) return;
      await new Promise<void>((resolve) => (wrote = resolve));
      wrote = undefined;
    }
  };
  for (const name of names) {
    await room();
    if (name.endsWith('/')) {
      zip.addEmptyDirectory(name, { mtime, mode: 0o40755, forceDosTimestamp: true });
    } else {
      const content = files.get(name)!;
      zip.addBuffer(typeof content === 'function' ? content() : content, name, {
        mtime,
        mode: 0o100644,
        compressionLevel: zipCompressionLevel,
        forceDosTimestamp: true,
      });
    }
  }
  zip.end();
  await written;
  await rename(tmp, out);
  return { bytes, sha256: hash.digest('hex') };
}
