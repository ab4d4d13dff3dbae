import { srcsetUrls } from './srcset';

/** How an attribute holds URLs: one URL, or a `srcset`-style list of image candidates. */
export type UrlAttributeKind = 'url' | 'srcset';

/** Attributes that hold one URL, on whichever element carries them. */
const singleUrlAttributes = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'background']);
/** Attributes that hold a list of image candidates. */
const srcsetAttributes = new Set(['srcset', 'imagesrcset']);

/** Whether (and how) attribute `name` of element `tag` holds URLs; undefined when it holds none. */
export function urlAttributeKind(tag: string, name: string): UrlAttributeKind | undefined {
  if (singleUrlAttributes.has(name) || (name === 'data' && tag === 'object')) return 'url';
  return srcsetAttributes.has(name) ? 'srcset' : undefined;
}

/** The URLs an attribute value holds, given its kind (a `srcset` gives one per candidate). */
export function attributeUrls(kind: UrlAttributeKind, value: string): string[] {
  return kind === 'srcset' ? srcsetUrls(value) : [value];
}

/** Link relations that only hint at performance or name modules: they fetch, but the page works without them. */
export const hintRelations: ReadonlySet<string> = new Set(['preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender']);

/** Link relations that make the browser fetch (or connect to) the URL. */
export const fetchingRelations: ReadonlySet<string> = new Set([
  'stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'manifest', ...hintRelations,
]);

/** The whitespace-separated tokens of an attribute such as `rel`, lower-cased. */
export function relTokens(value: string | undefined): string[] {
  return (value ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** A `<meta http-equiv="refresh">` content split around its URL: `0; url=/en/` → `0; url=` and `/en/`. */
export interface RefreshTarget {
  /** The delay and separator as written, up to the URL. */
  prefix: string;
  url: string;
}

/** The target of a meta refresh (`5`, `0; url=/x`, `0, '/x'`), or undefined when it names none. */
export function metaRefreshTarget(content: string): RefreshTarget | undefined {
  const m = /^(\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?)(['"]?)(.*?)\2\s*$/i.exec(content);
  return m && m[3] ? { prefix: m[1]!, url: m[3] } : undefined;
}
