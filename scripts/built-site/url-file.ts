import { posix } from 'node:path';

/** A percent-decoded URL part (path or fragment); text that is not valid percent-encoding stays as written. */
export function decodeUrlPart(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The URL path a static host serves a site file at: `index.html` files answer for their folder (`en/index.html` → `/en/`). */
export function urlPathOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The online URL of a site file under the site's root URL (which ends in `/`), each segment percent-encoded. */
export function fileUrl(site: URL, file: string): URL {
  return new URL(urlPathOfFile(file).slice(1).split('/').map(encodeURIComponent).join('/'), site);
}

/** Where a site path leads among the built files. */
export interface PathTarget {
  /** The file a static host serves (folders: their `index.html`), or undefined when none. */
  file: string | undefined;
  /** True when the path names a folder without its trailing slash (`en/glossary` for `en/glossary/index.html`). */
  missingSlash: boolean;
}

/**
 * The file a decoded site path (no leading slash: `en/glossary/`) is served from, the way a static host
 * resolves it: a folder path gives its `index.html`; a path without the folder's trailing slash is reported
 * as such (hosts answer it with a redirect), with the folder's index as `file`.
 */
export function fileForPath(path: string, files: ReadonlySet<string>): PathTarget {
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return { file: files.has(index) ? index : undefined, missingSlash: false };
  }
  if (files.has(path)) return { file: path, missingSlash: false };
  const index = `${path}/index.html`;
  return files.has(index) ? { file: index, missingSlash: true } : { file: undefined, missingSlash: false };
}

function encodeSegments(rel: string): string {
  return rel
    .split('/')
    .map((segment) => (segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/** A relative URL from one site file to another (`en/a/index.html` → `ja/index.html`: `../../ja/index.html`), segments percent-encoded. */
export function relativeUrl(fromFile: string, toFile: string): string {
  // Site paths are normalised (no `.`, `..` or empty segments), so the common folders are a prefix.
  if (fromFile.includes('./') || toFile.includes('./') || fromFile.includes('//') || toFile.includes('//')) {
    return encodeSegments(posix.relative(posix.dirname(fromFile), toFile));
  }
  const from = fromFile.split('/');
  from.pop();
  const to = toFile.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const parts: string[] = [];
  for (let i = common; i < from.length; i++) parts.push('..');
  for (let i = common; i < to.length; i++) parts.push(encodeURIComponent(to[i]!));
  return parts.join('/');
}
