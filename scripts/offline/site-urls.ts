import { decodeUrlPart, fileForPath, fileUrl, relativeUrl } from '../built-site/url-file';
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

/** A page resolves each of its links against its own URL: the last one is kept (never handed out, never mutated). */
let lastBase: { site: string; file: string; url: URL | undefined } = { site: '', file: '', url: undefined };

/** `fileUrl`, remembered for the page of the previous call. */
function pageBase(site: URL, file: string): URL {
  if (lastBase.site !== site.href || lastBase.file !== file || !lastBase.url) lastBase = { site: site.href, file, url: fileUrl(site, file) };
  return lastBase.url!;
}

/** The site path (no leading slash, decoded) of a same-site URL, or undefined for another origin. */
function sitePathOf(url: URL, site: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  if (url.host !== site.host || !url.pathname.startsWith(site.pathname)) return undefined;
  return decodeUrlPart(url.pathname.slice(site.pathname.length));
}

/**
 * Resolves a URL written in `fromFile` (href, src, action, srcset candidate, CSS url()) against the
 * page's online address and maps it onto the offline copy.
 */
export function resolveUrl(raw: string, fromFile: string, map: SiteMap): ResolvedUrl {
  const value = raw.trim();
  if (value === '' || value.startsWith('#')) return { kind: 'external' };
  // A URL starting with `/` names the same target from every page: resolved once per site, the link
  // from each page is only the relative path (most of a page's links are written this way).
  let target: Target;
  if (value.startsWith('/')) {
    let cache = rootRelativeTargets.get(map);
    if (!cache) rootRelativeTargets.set(map, (cache = new Map()));
    target = cache.get(value) ?? cache.set(value, targetOf(value, map.site, map)).get(value)!;
  } else {
    target = targetOf(value, pageBase(map.site, fromFile), map);
  }
  if (target.kind !== 'file') return target;
  return { kind: 'internal', file: target.file, fragment: target.hash, relative: `${relativeUrl(fromFile, target.file)}${target.search}${target.hash}` };
}

/** Where a URL leads, before it is written relative to a page. */
type Target = Exclude<ResolvedUrl, { kind: 'internal' }> | { kind: 'file'; file: string; search: string; hash: string };

/** Targets of URLs starting with `/`, per site map. */
const rootRelativeTargets = new WeakMap<SiteMap, Map<string, Target>>();

/** Resolves a URL against a base URL and maps it onto the files of the copy. */
function targetOf(value: string, base: URL, map: SiteMap): Target {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return { kind: 'external' };
  }
  const path = sitePathOf(url, map.site);
  if (path === undefined) return { kind: 'external' };
  const absolute = url.href;
  if (isOnlineOnly(path)) return { kind: 'online-only', absolute };
  // A folder named without its slash still reaches its index here: a static host redirects it.
  const { file } = fileForPath(path, map.files);
  if (file === undefined) return { kind: 'missing', absolute, path };
  return { kind: 'file', file, search: url.search, hash: url.hash };
}

/** The decoded id a `#fragment` names (`#a%20b` → `a b`), or '' for none. */
export function fragmentId(fragment: string): string {
  return decodeUrlPart(fragment.startsWith('#') ? fragment.slice(1) : fragment);
}
