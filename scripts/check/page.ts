import { parse } from 'parse5';
import { attr, elements, lineOf, srcsetUrls, textContent, tokens, type Element } from './html';

/**
 * How a URL in a page is used:
 * - `navigation`: followed only when the reader acts (`<a href>`, `<form action>`, meta refresh);
 * - `resource`: fetched by the browser as the page loads (`<script src>`, stylesheets, images…);
 * - `metadata`: read by machines, never fetched by the page (canonical, hreflang, `og:url`, sitemap).
 */
export type RefKind = 'navigation' | 'resource' | 'metadata';

/** A URL found in a page, with where it was found. */
export interface Ref {
  /** The attribute value as written (one URL; `srcset` is split into one ref per candidate). */
  url: string;
  kind: RefKind;
  /** `a`, `link`, `img`, `meta`, … */
  tag: string;
  /** `href`, `src`, `srcset`, `content`, … */
  attr: string;
  /** Lower-cased `rel` tokens of a `<link>` or `<a>`. */
  rel: string[];
  line: number;
}

/** A `<link rel="alternate" hreflang>` of a page. */
export interface Alternate {
  hreflang: string;
  href: string;
  line: number;
}

/** A `<script>` element. */
export interface ScriptTag {
  src: string | undefined;
  /** The `type` attribute, trimmed and lower-cased; `''` when absent. */
  type: string;
  /** The text between the tags (what would run inline). */
  text: string;
  line: number;
}

/** A `<meta http-equiv="Content-Security-Policy">`. */
export interface CspMeta {
  content: string;
  line: number;
  /** True when it is in `<head>` before every script, stylesheet and style element (a CSP meta only governs what follows it). */
  beforeAssets: boolean;
  inHead: boolean;
}

/** What the checks need to know about one HTML page of the built site. */
export interface SitePage {
  /** Path of the file in dist, `/`-separated (`en/index.html`). */
  file: string;
  /** The URL path a static host serves it at (`/en/`, `/404.html`). */
  url: string;
  /** `<html lang>`, or undefined when missing. */
  lang: string | undefined;
  htmlLine: number;
  /** Every `id` (and legacy `<a name>`) in the page, with the lines where it occurs. */
  ids: Map<string, number[]>;
  h1Lines: number[];
  refs: Ref[];
  alternates: Alternate[];
  canonicals: { href: string; line: number }[];
  scripts: ScriptTag[];
  /** Elements carrying an inline `style` attribute. */
  styleAttributes: { tag: string; line: number }[];
  /** Lines of `<style>` elements. */
  styleElements: number[];
  csp: CspMeta[];
}

/** Attributes holding URLs the browser fetches while loading the page, by element. */
const resourceAttributes: Record<string, readonly string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  input: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
  feImage: ['href', 'xlink:href'],
};

/** `<link rel>` values that make the browser fetch (or connect to) the URL. */
const fetchingRels = new Set([
  'stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'manifest',
  'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender',
]);

/** `<meta>` names/properties whose content is a URL. */
const urlMetas = new Set([
  'og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video',
  'twitter:image', 'twitter:url',
]);

/** The URL path a static host serves a dist file at: `index.html` files answer for their folder. */
export function urlOfFile(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** Parses one built page into the facts the checks read. */
export function readPage(file: string, html: string): SitePage {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const page: SitePage = {
    file, url: urlOfFile(file), lang: undefined, htmlLine: 0, ids: new Map(), h1Lines: [], refs: [],
    alternates: [], canonicals: [], scripts: [], styleAttributes: [], styleElements: [], csp: [],
  };
  const head = [...elements(doc)].find((el) => el.tagName === 'head');
  const headElements = new Set(head ? elements(head) : []);
  let assetSeenInHead = false;
  const addRef = (el: Element, name: string, kind: RefKind, url = attr(el, name)): void => {
    if (url === undefined) return;
    page.refs.push({ url: url.trim(), kind, tag: el.tagName, attr: name, rel: tokens(attr(el, 'rel')), line: lineOf(el) });
  };

  for (const el of elements(doc)) {
    const tag = el.tagName;
    const line = lineOf(el);
    const id = attr(el, 'id') ?? (tag === 'a' ? attr(el, 'name') : undefined);
    if (id !== undefined && id !== '') page.ids.set(id, [...(page.ids.get(id) ?? []), line]);
    if (attr(el, 'style') !== undefined) page.styleAttributes.push({ tag, line });

    switch (tag) {
      case 'html':
        page.lang = attr(el, 'lang');
        page.htmlLine = line;
        break;
      case 'h1':
        page.h1Lines.push(line);
        break;
      case 'a':
      case 'area':
        addRef(el, 'href', 'navigation', attr(el, 'href') ?? attr(el, 'xlink:href'));
        break;
      case 'form':
        addRef(el, 'action', 'navigation');
        break;
      case 'style':
        page.styleElements.push(line);
        if (headElements.has(el)) assetSeenInHead = true;
        break;
      case 'script':
        page.scripts.push({ src: attr(el, 'src'), type: (attr(el, 'type') ?? '').trim().toLowerCase(), text: textContent(el), line });
        if (headElements.has(el)) assetSeenInHead = true;
        break;
      case 'link': {
        const rel = tokens(attr(el, 'rel'));
        const href = attr(el, 'href');
        if (rel.includes('canonical') && href !== undefined) page.canonicals.push({ href: href.trim(), line });
        const hreflang = attr(el, 'hreflang');
        if (rel.includes('alternate') && hreflang !== undefined && href !== undefined) {
          page.alternates.push({ hreflang: hreflang.trim().toLowerCase(), href: href.trim(), line });
        }
        const fetches = rel.some((r) => fetchingRels.has(r));
        if (fetches && headElements.has(el)) assetSeenInHead = true;
        addRef(el, 'href', fetches ? 'resource' : 'metadata');
        break;
      }
      case 'meta': {
        const equiv = (attr(el, 'http-equiv') ?? '').toLowerCase();
        const content = attr(el, 'content') ?? '';
        if (equiv === 'content-security-policy') {
          page.csp.push({ content, line, inHead: headElements.has(el), beforeAssets: headElements.has(el) && !assetSeenInHead });
        } else if (equiv === 'refresh') {
          const target = /url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1];
          if (target) addRef(el, 'content', 'navigation', target);
        }
        const name = (attr(el, 'property') ?? attr(el, 'name') ?? '').toLowerCase();
        if (urlMetas.has(name)) addRef(el, 'content', 'metadata');
        break;
      }
      default:
        break;
    }
    for (const name of resourceAttributes[tag] ?? []) {
      const value = attr(el, name);
      if (value === undefined) continue;
      if (name === 'srcset') for (const url of srcsetUrls(value)) addRef(el, name, 'resource', url);
      else addRef(el, name, 'resource', value);
    }
  }
  return page;
}
