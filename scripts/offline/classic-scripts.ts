import { createHash } from 'node:crypto';
import { Script } from 'node:vm';

/** Folder of the offline copy that holds the files the bundle adds (search, scripts moved out of pages). */
export const offlineFolder = 'offline';

/** Why a script of the site does not run in the offline copy. */
export type DropReason = 'online-search' | 'imports-modules' | 'unreadable';

/** Outcome of turning a module script into a classic one. */
export type Conversion = { ok: true; file: string } | { ok: false; reason: DropReason };

/** True when a script belongs to the online search (Pagefind), which cannot run from disk. */
export function isOnlineSearchScript(source: string): boolean {
  return /pagefind/i.test(source);
}

/**
 * Wraps a module's code as a classic script: strict mode and a function scope, as a module has.
 * Returns undefined when the code only parses as a module (static `import`/`export`, `import.meta`,
 * top-level `await`): the JavaScript parser decides, not a pattern.
 */
export function moduleAsClassic(source: string, filename: string): string | undefined {
  const wrapped = `(function () {\n'use strict';\n${source}\n})();\n`;
  try {
    new Script(wrapped, { filename });
    return wrapped;
  } catch {
    return undefined;
  }
}

/**
 * Turns the site's scripts into what a page opened from disk can run: module scripts become classic
 * scripts when they import nothing (Chromium refuses module scripts on `file:`), and inline scripts
 * move into files of the copy (its CSP allows no inline script). Keeps the files it writes.
 */
export class ClassicScripts {
  /** Files the copy holds instead of (or besides) the site's: site path → content. */
  readonly files = new Map<string, Buffer>();
  readonly #converted = new Map<string, Conversion>();

  constructor(private readonly readSiteFile: (file: string) => Buffer) {}

  /** Checks a classic script file of the site: it stays as it is unless it belongs to the online search. */
  convertClassicFile(file: string): Conversion {
    const cached = this.#converted.get(file);
    if (cached) return cached;
    let result: Conversion;
    try {
      const source = this.readSiteFile(file).toString('utf8');
      result = isOnlineSearchScript(source) ? { ok: false, reason: 'online-search' } : { ok: true, file };
    } catch {
      result = { ok: false, reason: 'unreadable' };
    }
    this.#converted.set(file, result);
    return result;
  }

  /** Converts the site's module file `file` in place in the copy, once. */
  convertModuleFile(file: string): Conversion {
    const cached = this.#converted.get(file);
    if (cached) return cached;
    let result: Conversion;
    let source: string | undefined;
    try {
      source = this.readSiteFile(file).toString('utf8');
    } catch {
      source = undefined;
    }
    if (source === undefined) result = { ok: false, reason: 'unreadable' };
    else if (isOnlineSearchScript(source)) result = { ok: false, reason: 'online-search' };
    else {
      const classic = moduleAsClassic(source, file);
      if (classic === undefined) result = { ok: false, reason: 'imports-modules' };
      else {
        this.files.set(file, Buffer.from(classic, 'utf8'));
        result = { ok: true, file };
      }
    }
    this.#converted.set(file, result);
    return result;
  }

  /** Site script files that belong to the online search: nothing in the copy can run them. */
  onlineSearchFiles(): string[] {
    return [...this.#converted].filter(([, c]) => !c.ok && c.reason === 'online-search').map(([file]) => file);
  }

  /** Moves an inline script into `offline/inline/<hash>.js` (a module is wrapped as a classic script first). */
  externalize(source: string, isModule: boolean): Conversion {
    if (isOnlineSearchScript(source)) return { ok: false, reason: 'online-search' };
    const code = isModule ? moduleAsClassic(source, 'inline module') : source;
    if (code === undefined) return { ok: false, reason: 'imports-modules' };
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    const file = `${offlineFolder}/inline/${hash}.js`;
    this.files.set(file, Buffer.from(code, 'utf8'));
    return { ok: true, file };
  }
}
