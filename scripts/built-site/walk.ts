import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Compares strings by UTF-16 code units, never by locale, so every machine sorts alike. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Options of {@link listFiles}. */
export interface ListFilesOptions {
  /** Include dot-files and dot-folders (a comparison of two builds counts their hidden leftovers too). */
  dotFiles?: boolean;
}

/**
 * Every file under `dir` as a `/`-separated path relative to it, sorted by code unit. Dot-files and
 * dot-folders are skipped unless asked for: a static host would not serve them, and Astro leaves build
 * leftovers such as `.prerender/` there.
 */
export function listFiles(dir: string, options: ListFilesOptions = {}): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.') && !options.dotFiles) continue;
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else out.push(path);
    }
  };
  walk('');
  return out.sort(byCodeUnit);
}
