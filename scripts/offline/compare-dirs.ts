/**
 * Compares two folders file by file (e.g. two builds of the same commit):
 *
 *   tsx scripts/offline/compare-dirs.ts <a> <b>
 *
 * Prints one line per difference (only in a, only in b, content differs: sizes, SHA-256 and the first
 * differing byte with some context) and exits 1 when there is any; prints "identical: N files" otherwise.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { byCodeUnit, listFiles } from '../built-site/walk';

/** One difference between the two folders. */
export type DirDifference =
  | { kind: 'only-in-a' | 'only-in-b'; path: string }
  | { kind: 'content'; path: string; sizeA: number; sizeB: number; sha256A: string; sha256B: string; offset: number; contextA: string; contextB: string };

/** The outcome of a comparison. */
export interface DirComparison {
  /** Files present in both folders. */
  common: number;
  differences: DirDifference[];
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');

/** Index of the first byte where two buffers differ (the shorter length when one is a prefix of the other). */
function firstDifference(a: Buffer, b: Buffer): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

/** A short printable excerpt of a buffer around an offset. */
function context(data: Buffer, offset: number): string {
  return JSON.stringify(data.subarray(Math.max(0, offset - 40), offset + 40).toString('utf8'));
}

/** Compares every file (dot-files included: a build's hidden leftovers count too) of two folders. */
export function compareDirs(a: string, b: string, options: { ignore?: (path: string) => boolean } = {}): DirComparison {
  const keep = (p: string): boolean => !options.ignore?.(p);
  const filesA = listFiles(a, { dotFiles: true }).filter(keep);
  const filesB = listFiles(b, { dotFiles: true }).filter(keep);
  const setB = new Set(filesB);
  const setA = new Set(filesA);
  const differences: DirDifference[] = [];
  let common = 0;
  for (const path of filesA) {
    if (!setB.has(path)) {
      differences.push({ kind: 'only-in-a', path });
      continue;
    }
    common++;
    const da = readFileSync(join(a, path));
    const db = readFileSync(join(b, path));
    if (da.equals(db)) continue;
    const offset = firstDifference(da, db);
    differences.push({
      kind: 'content',
      path,
      sizeA: da.length,
      sizeB: db.length,
      sha256A: sha256(da),
      sha256B: sha256(db),
      offset,
      contextA: context(da, offset),
      contextB: context(db, offset),
    });
  }
  for (const path of filesB) if (!setA.has(path)) differences.push({ kind: 'only-in-b', path });
  differences.sort((x, y) => byCodeUnit(x.path, y.path));
  return { common, differences };
}

/** One line describing a difference. */
export function describeDifference(d: DirDifference): string {
  if (d.kind !== 'content') return `${d.kind}: ${d.path}`;
  return `differs: ${d.path} (${d.sizeA} vs ${d.sizeB} bytes; first difference at byte ${d.offset}: ${d.contextA} vs ${d.contextB})`;
}

function main(): void {
  const [a, b] = process.argv.slice(2);
  if (!a || !b) {
    console.error('usage: tsx scripts/offline/compare-dirs.ts <folder-a> <folder-b>');
    process.exitCode = 2;
    return;
  }
  const result = compareDirs(resolve(a), resolve(b));
  for (const d of result.differences) console.log(describeDifference(d));
  if (result.differences.length === 0) console.log(`identical: ${result.common} files`);
  else {
    console.log(`${result.differences.length} differences (${result.common} files in both)`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
