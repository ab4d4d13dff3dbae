import { adaptCspForFiles } from './csp';
import { rewriteCssUrls } from '../built-site/css-urls';
import { hintRelations, metaRefreshTarget, relTokens, urlAttributeKind } from '../built-site/links';
import { tagAttr, type StartTag } from '../built-site/scan-html';
import { parseSrcset, serializeSrcset } from '../built-site/srcset';
import { escapeText } from './html-page';
import type { PageRewrite } from './page-rewrite';
import { corsAttributes, rewriteScript } from './script-handler';
import { resolveUrl } from './site-urls';

/** Values of `data-offline` that the bundle fills in online and replaces by a note offline. */
export const offlinePlaceholders = ['size', 'sha256', 'bytes'] as const;

/** What a start-tag handler decided: `'done'` — the element is handled whole; `'attrs'` — rewrite its URL attributes too. */
type Handled = 'done' | 'attrs';

/** A handler for one element, at its start tag. */
type StartHandler = (page: PageRewrite, tag: StartTag) => Handled;

/** Link relations that name the page's online identity: kept absolute. */
const identityRelations = new Set(['canonical', 'alternate']);
/** Elements whose `crossorigin`/`integrity`/`nonce` would put a local fetch into CORS mode. */
const corsElements = new Set(['link', 'img', 'video', 'audio']);

/** `<link>`: hints and manifests go, identity links become absolute, the online search's style sheet goes. */
function link(page: PageRewrite, tag: StartTag): Handled {
  const rel = relTokens(tagAttr(tag, 'rel'));
  if (rel.some((r) => hintRelations.has(r)) || rel.includes('manifest')) {
    page.removeElement(tag);
    return 'done';
  }
  const href = tagAttr(tag, 'href');
  if (href !== undefined && rel.some((r) => identityRelations.has(r))) {
    const online = page.absolute(href);
    if (online !== href) page.setAttr(tag, 'href', online);
    return 'done';
  }
  if (href !== undefined && resolveUrl(href, page.file, page.ctx.map).kind === 'online-only') {
    page.notes.push(`${page.file}: removed the online search style sheet "${href}"`);
    page.removeElement(tag);
    return 'done';
  }
  return 'attrs';
}

/** `<meta>`: the CSP is adapted to `file:`, a refresh target rewritten, `og:`/`twitter:` URLs made absolute. */
function meta(page: PageRewrite, tag: StartTag): Handled {
  const equiv = (tagAttr(tag, 'http-equiv') ?? '').toLowerCase();
  const content = tagAttr(tag, 'content');
  if (content === undefined) return 'done';
  if (equiv === 'content-security-policy') {
    const adapted = adaptCspForFiles(content);
    if (adapted !== content) page.setAttr(tag, 'content', adapted);
  } else if (equiv === 'refresh') {
    const target = metaRefreshTarget(content);
    if (target) page.setAttr(tag, 'content', `${target.prefix}${page.rewriteRef(target.url, 'refresh target')}`);
  } else {
    const key = (tagAttr(tag, 'property') ?? tagAttr(tag, 'name') ?? '').toLowerCase();
    if ((key.startsWith('og:') || key.startsWith('twitter:')) && content.trim().startsWith('/')) page.setAttr(tag, 'content', page.absolute(content));
  }
  return 'done';
}

/** Start-tag handlers by element; elements without one only get their URL attributes rewritten. */
const startHandlers: Record<string, StartHandler> = {
  base: (page, tag) => (page.removeElement(tag), 'done'),
  // A script is handled once closed, with its code; a style element's content too (`endHandlers`).
  script: () => 'done',
  style: () => 'attrs',
  link,
  meta,
};

/** Handlers by element for when it closes (its content is then known). */
const endHandlers: Record<string, (page: PageRewrite, tag: StartTag) => void> = {
  script: rewriteScript,
  style: (page, tag) => {
    const text = page.contentOf(tag) ?? '';
    const css = rewriteCssUrls(text, (u) => page.rewriteRef(u, 'style url()'));
    if (css !== text) page.edits.push({ start: tag.end, end: tag.endTag!.start, text: css });
  },
  head: (page, tag) => void (page.headEnd = tag.endTag?.start),
  body: (page, tag) => void (page.bodyEnd = tag.endTag?.start),
};

/** The new value of one attribute, or undefined to leave it; removes CORS attributes where they would fail. */
function rewriteAttribute(page: PageRewrite, tag: StartTag, a: StartTag['attrs'][number]): string | undefined {
  const kind = urlAttributeKind(tag.name, a.name);
  const what = `${tag.name}[${a.name}]`;
  if (kind === 'url') return page.rewriteRef(a.value, what);
  if (kind === 'srcset') {
    const candidates = parseSrcset(a.value);
    const rewritten = candidates.map((c) => ({ ...c, url: page.rewriteRef(c.url, what) }));
    return rewritten.some((c, i) => c.url !== candidates[i]?.url) ? serializeSrcset(rewritten) : undefined;
  }
  if (a.name === 'style') return rewriteCssUrls(a.value, (u) => page.rewriteRef(u, 'style url()'));
  if (corsElements.has(tag.name) && corsAttributes.has(a.name)) page.removeAttr(a.start, a.end);
  return undefined;
}

/** Rewrites every URL-holding attribute of a start tag; an SVG `<use>` of another file is reported. */
function rewriteAttributes(page: PageRewrite, tag: StartTag): void {
  for (const a of tag.attrs) {
    const next = rewriteAttribute(page, tag, a);
    if (next !== undefined && next !== a.value) page.setAttr(tag, a.name, next);
    if (tag.name === 'use' && (a.name === 'href' || a.name === 'xlink:href') && next !== undefined && !next.startsWith('#')) {
      // Chromium treats every file: URL as its own origin and refuses external SVG references there.
      page.warnings.push(`${page.file}: <use ${a.name}="${a.value}"> refers to another file, which browsers refuse from disk`);
    }
  }
}

/**
 * One start tag of the page: its element's handler, then its URL attributes. A `data-offline` placeholder
 * gets the offline note as content and its descendants are skipped (`'skip'`).
 */
export function onStartTag(page: PageRewrite, tag: StartTag): 'skip' | void {
  if (startHandlers[tag.name]?.(page, tag) === 'done') return;
  const placeholder = tagAttr(tag, 'data-offline');
  const isPlaceholder = placeholder !== undefined && (offlinePlaceholders as readonly string[]).includes(placeholder);
  rewriteAttributes(page, tag);
  if (isPlaceholder) return 'skip';
}

/** One element has closed: the handler for its content, if any; placeholders get the offline note. */
export function onEndTag(page: PageRewrite, tag: StartTag): void {
  endHandlers[tag.name]?.(page, tag);
  const placeholder = tagAttr(tag, 'data-offline');
  if (placeholder !== undefined && (offlinePlaceholders as readonly string[]).includes(placeholder)) {
    page.replaceContent(tag, escapeText(page.ctx.offlineNote));
  }
}

/** Collects the fragment targets of a start tag: its `id`, and an `<a name>`. */
export function collectIds(page: PageRewrite, tag: StartTag): void {
  const id = tagAttr(tag, 'id');
  if (id) page.ids.add(id);
  const name = tag.name === 'a' ? tagAttr(tag, 'name') : undefined;
  if (name) page.ids.add(name);
}
