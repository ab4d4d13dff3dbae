import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import yauzl from 'yauzl';

/** One entry of a zip as read back. */
export interface ZipEntryInfo {
  name: string;
  /** Unix mode from the external attributes (e.g. 0o100644). */
  mode: number;
  /** The raw DOS date and time fields. */
  dosDate: number;
  dosTime: number;
  /** Extra fields present (header ids). */
  extraFieldIds: number[];
}

/** Extracts a zip into `dir` (refusing paths that leave it) and returns its entries in stored order. */
export async function unzipTo(zipPath: string, dir: string): Promise<ZipEntryInfo[]> {
  const zip = await yauzl.openPromise(zipPath, { lazyEntries: true, autoClose: false });
  const root = resolve(dir);
  const entries: ZipEntryInfo[] = [];
  const next = (): Promise<yauzl.Entry | undefined> =>
    new Promise((done, fail) => {
      const onEntry = (entry: yauzl.Entry): void => {
        zip.off('end', onEnd).off('error', onError);
        done(entry);
      };
      const onEnd = (): void => {
        zip.off('entry', onEntry).off('error', onError);
        done(undefined);
      };
      const onError = (error: Error): void => fail(error);
      zip.once('entry', onEntry).once('end', onEnd).once('error', onError);
      zip.readEntry();
    });
  try {
    for (let entry = await next(); entry; entry = await next()) {
      const target = resolve(root, entry.fileName);
      if (target !== root && !target.startsWith(root + sep)) throw new Error(`zip entry leaves the folder: ${entry.fileName}`);
      entries.push({
        name: entry.fileName,
        mode: (entry.externalFileAttributes >>> 16) & 0xffff,
        dosDate: entry.lastModFileDate,
        dosTime: entry.lastModFileTime,
        extraFieldIds: entry.extraFields.map((f) => f.id),
      });
      if (entry.fileName.endsWith('/')) {
        mkdirSync(target, { recursive: true });
        continue;
      }
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return entries;
}

/** Joins a folder and a `/` path. */
export const inDir = (dir: string, path: string): string => join(dir, ...path.split('/'));
