import { attributeUrls, fetchingRelations, metaRefreshTarget, relTokens, urlAttributeKind } from '../built-site/links';
import { attr, elements, findElement, lineOf, parseHtml, textContent, type Element } from '../built-site/parse';
import { urlPathOfFile } from '../built-site/url-file';

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

/** True for URLs the reader follows by acting (links, form targets) rather than the browser fetching them on load. */
function isNavigation(tag: string, name: string): boolean {
  return name === 'action' || name === 'formaction' || ((tag === 'a' || tag === 'area') && (name === 'href' || name === 'xlink:href'));
}

/** `<meta>` names/properties whose content is a URL. */
const urlMetas = new Set([
  'og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'og:audio', 'og:video',
  'twitter:image', 'twitter:url',
]);

/** The page being read, and what reading it needs to remember. */
interface PageReader {
  page: SitePage;
  /** Elements of `<head>`: a CSP meta governs only what follows it there. */
  headElements: Set<Element>;
  /** True once a script, stylesheet or style element has been seen in `<head>`. */
  assetSeenInHead: boolean;
}

/** Records a URL of the page. */
function addRef(reader: PageReader, el: Element, name: string, kind: RefKind, url: string | undefined): void {
  if (url === undefined) return;
  reader.page.refs.push({ url: url.trim(), kind, tag: el.tagName, attr: name, rel: relTokens(attr(el, 'rel')), line: lineOf(el) });
}

/** Marks that an asset appeared, when `el` is in `<head>`. */
function assetInHead(reader: PageReader, el: Element): void {
  if (reader.headElements.has(el)) reader.assetSeenInHead = true;
}

/** `<link>`: canonical and alternates; whether it fetches decides how its `href` is checked. */
function readLink(reader: PageReader, el: Element): void {
  const { page } = reader;
  const line = lineOf(el);
  const rel = relTokens(attr(el, 'rel'));
  const href = attr(el, 'href');
  if (rel.includes('canonical') && href !== undefined) page.canonicals.push({ href: href.trim(), line });
  const hreflang = attr(el, 'hreflang');
  if (rel.includes('alternate') && hreflang !== undefined && href !== undefined) {
    page.alternates.push({ hreflang: hreflang.trim().toLowerCase(), href: href.trim(), line });
  }
  const fetches = rel.some((r) => fetchingRelations.has(r));
  if (fetches) assetInHead(reader, el);
  addRef(reader, el, 'href', fetches ? 'resource' : 'metadata', href);
}

/** `<meta>`: the CSP (and whether it comes before the assets), a refresh target, URL metadata. */
function readMeta(reader: PageReader, el: Element): void {
  const equiv = (attr(el, 'http-equiv') ?? '').toLowerCase();
  const content = attr(el, 'content') ?? '';
  if (equiv === 'content-security-policy') {
    const inHead = reader.headElements.has(el);
    reader.page.csp.push({ content, line: lineOf(el), inHead, beforeAssets: inHead && !reader.assetSeenInHead });
  } else if (equiv === 'refresh') {
    addRef(reader, el, 'content', 'navigation', metaRefreshTarget(content)?.url);
  }
  const name = (attr(el, 'property') ?? attr(el, 'name') ?? '').toLowerCase();
  if (urlMetas.has(name)) addRef(reader, el, 'content', 'metadata', attr(el, 'content'));
}

/** Readers of the elements that say more than their URL attributes, by tag name. */
const elementReaders: Record<string, (reader: PageReader, el: Element) => void> = {
  html: ({ page }, el) => {
    page.lang = attr(el, 'lang');
    page.htmlLine = lineOf(el);
  },
  h1: ({ page }, el) => void page.h1Lines.push(lineOf(el)),
  style: (reader, el) => {
    reader.page.styleElements.push(lineOf(el));
    assetInHead(reader, el);
  },
  script: (reader, el) => {
    reader.page.scripts.push({ src: attr(el, 'src'), type: (attr(el, 'type') ?? '').trim().toLowerCase(), text: textContent(el), line: lineOf(el) });
    assetInHead(reader, el);
  },
  link: readLink,
  meta: readMeta,
};

/** The facts every element gives: its id, an inline style, and its URL attributes (links have their own reader). */
function readCommon(reader: PageReader, el: Element): void {
  const { page } = reader;
  const tag = el.tagName;
  const id = attr(el, 'id') ?? (tag === 'a' ? attr(el, 'name') : undefined);
  if (id !== undefined && id !== '') page.ids.set(id, [...(page.ids.get(id) ?? []), lineOf(el)]);
  if (attr(el, 'style') !== undefined) page.styleAttributes.push({ tag, line: lineOf(el) });
  if (tag === 'link' || tag === 'base') return;
  for (const a of el.attrs) {
    const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
    const holds = urlAttributeKind(tag, name);
    const kind: RefKind = isNavigation(tag, name) ? 'navigation' : 'resource';
    if (holds) for (const url of attributeUrls(holds, a.value)) addRef(reader, el, name, kind, url);
  }
}

/** Parses one built page into the facts the checks read. */
export function readPage(file: string, html: string): SitePage {
  const doc = parseHtml(html);
  const page: SitePage = {
    file, url: urlPathOfFile(file), lang: undefined, htmlLine: 0, ids: new Map(), h1Lines: [], refs: [],
    alternates: [], canonicals: [], scripts: [], styleAttributes: [], styleElements: [], csp: [],
  };
  const head = findElement(doc, (el) => el.tagName === 'head');
  const reader: PageReader = { page, headElements: new Set(head ? elements(head) : []), assetSeenInHead: false };
  for (const el of elements(doc)) {
    readCommon(reader, el);
    elementReaders[el.tagName]?.(reader, el);
  }
  return page;
}
