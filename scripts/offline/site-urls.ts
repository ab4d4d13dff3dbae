import { posix } from 'node:path';
import { isOnlineOnly } from './site-files';

/** What a URL found in a page of the offline copy turns into. */
export type ResolvedUrl =
  /** Not ours to touch: another site, `mailto:`, `data:`, a bare `#fragment`, an empty value. */
  | { kind: 'external' }
  /** A file of the offline copy: `relative` is the URL to write, `file` the site path it points at. */
  | { kind: 'internal'; file: string; fragment: string; relative: string }
  /** A page of the site that stays online only (Pagefind, the downloads): written as the absolute online URL. */
  | { kind: 'online-only'; absolute: string }
  /** A link into the site that matches no file: written as the absolute online URL and reported. */
  | { kind: 'missing'; absolute: string; path: string };

/** The site's URL space and the files the offline copy holds. */
export interface SiteMap {
  /** The site's root URL, e.g. `https://cyber-policy.example.jp/` (always ends in `/`). */
  site: URL;
  /** Site paths (`en/x/index.html`) of every file the offline copy holds. */
  files: ReadonlySet<string>;
}

/** The online URL a file of the site is served at: `en/x/index.html` → `https://site/en/x/`. */
export function pageUrl(site: URL, file: string): URL {
  const dirUrl = file === 'index.html' || file.endsWith('/index.html');
  const path = dirUrl ? file.slice(0, -'index.html'.length) : file;
  return new URL(path.split('/').map(encodeURIComponent).join('/'), site);
}

/** A page resolves each of its links against its own URL: the last one is kept (never handed out, never mutated). */
let lastBase: { site: string; file: string; url: URL | undefined } = { site: '', file: '', url: undefined };

/** `pageUrl`, remembered for the page of the previous call. */
function pageBase(site: URL, file: string): URL {
  if (lastBase.site !== site.href || lastBase.file !== file || !lastBase.url) lastBase = { site: site.href, file, url: pageUrl(site, file) };
  return lastBase.url!;
}

/** The site path (no leading slash, decoded) of a same-site URL, or undefined for another origin. */
function sitePathOf(url: URL, site: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.host !== site.host || !url.pathname.startsWith(site.pathname)) return undefined;
  try {
    return decodeURIComponent(url.pathname.slice(site.pathname.length));
  } catch {
    return url.pathname.slice(site.pathname.length);
  }
}

/** The file a site path is served from, the way a static host resolves it (directory → `index.html`). */
export function fileForPath(path: string, files: ReadonlySet<string>): string | undefined {
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return files.has(index) ? index : undefined;
  }
  for (const candidate of [path, `${path}/index.html`, `${path}.html`]) {
    if (files.has(candidate)) return candidate;
  }
  return undefined;
}

/** A relative URL from one site file to another, each segment percent-encoded. */
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

function encodeSegments(rel: string): string {
  return rel
    .split('/')
    .map((segment) => (segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
}

/**
 * Resolves a URL written in `fromFile` (href, src, action, srcset candidate, CSS url()) against the
 * page's online address and maps it onto the offline copy.
 */
export function resolveUrl(raw: string, fromFile: string, map: SiteMap): ResolvedUrl {
  const value = raw.trim();
  if (value === '' || value.startsWith('#')) return { kind: 'external' };
  let url: URL;
  try {
    url = new URL(value, pageBase(map.site, fromFile));
  } catch {
    return { kind: 'external' };
  }
  const path = sitePathOf(url, map.site);
  if (path === undefined) return { kind: 'external' };
  const absolute = url.href;
  if (isOnlineOnly(path)) return { kind: 'online-only', absolute };
  const file = fileForPath(path, map.files);
  if (file === undefined) return { kind: 'missing', absolute, path };
  const fragment = url.hash;
  return { kind: 'internal', file, fragment, relative: `${relativeUrl(fromFile, file)}${url.search}${fragment}` };
}

/** The decoded id a `#fragment` names (`#a%20b` → `a b`), or '' for none. */
export function fragmentId(fragment: string): string {
  const raw = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
