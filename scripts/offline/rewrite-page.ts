import { adaptCspForFiles } from './csp';
import type { ClassicScripts, Conversion } from './classic-scripts';
import {
  applyEdits,
  attr,
  escapeAttr,
  escapeText,
  textOf,
  walkElements,
  type Edit,
  type Element,
  type HtmlPage,
} from './html-page';
import { rewriteCssUrls } from './rewrite-css';
import { fragmentId, pageUrl, relativeUrl, resolveUrl, type SiteMap } from './site-urls';
import { parseSrcset, serializeSrcset } from './srcset';

/** Values of `data-offline` that the bundle fills in online and replaces by a note offline. */
export const offlinePlaceholders = ['size', 'sha256', 'bytes'] as const;

/** The offline search files a search page loads instead of the online search. */
export interface SearchAssets {
  /** Style sheets (site paths), added at the end of `<head>`. */
  styles: readonly string[];
  /** Classic scripts (site paths) in load order, added at the end of `<body>` with `defer`. */
  scripts: readonly string[];
}

/** What rewriting a page needs to know about the rest of the copy. */
export interface RewriteContext {
  /** URL space and files of the copy. */
  map: SiteMap;
  /**
   * Fragment targets of an HTML file of the copy (undefined for files that are not pages). `'later'` for a
   * page whose ids are not known yet (a streaming build): the check is returned in `fragmentChecks`.
   */
  idsOf(file: string): ReadonlySet<string> | undefined | 'later';
  /** Converter of module and inline scripts. */
  scripts: ClassicScripts;
  /** Set on the search pages: the offline search replaces the online one there. */
  search?: SearchAssets | undefined;
  /** Text that replaces `data-offline` placeholders (the zip cannot state its own size). */
  offlineNote: string;
}

/** A rewritten page and what happened on the way. */
export interface RewrittenPage {
  html: string;
  /** Things a reader would notice: links to nowhere, missing anchors, scripts that cannot run from disk. */
  warnings: string[];
  /** Expected changes worth counting (online search scripts removed). */
  notes: string[];
  /**
   * Fragment checks against pages whose ids were not known yet (`idsOf` said `'later'`), in order: each one's
   * warning belongs at index `at` of `warnings` (before the warning there) when `target` has no id `id`.
   */
  fragmentChecks: PendingFragmentCheck[];
}

/** A link fragment to check once the target page's ids are known. */
export interface PendingFragmentCheck {
  at: number;
  /** The page the link is in. */
  file: string;
  /** The URL as written. */
  raw: string;
  target: string;
  id: string;
}

/** The warning for a link whose fragment names no id of its target. */
function missingFragment(file: string, raw: string, id: string, target: string): string {
  return `${file}: "${raw}" points at #${id}, which ${target} does not have`;
}

/**
 * Warnings with the pending fragment checks resolved, in the order a build that knew every page's ids
 * would have reported them.
 */
export function resolveFragmentChecks(
  warnings: readonly string[],
  checks: readonly PendingFragmentCheck[],
  idsOf: (file: string) => ReadonlySet<string> | undefined,
): string[] {
  if (checks.length === 0) return [...warnings];
  const out: string[] = [];
  let next = 0;
  for (let i = 0; i <= warnings.length; i++) {
    for (; next < checks.length && checks[next]!.at === i; next++) {
      const check = checks[next]!;
      const ids = idsOf(check.target);
      if (ids && !ids.has(check.id)) out.push(missingFragment(check.file, check.raw, check.id, check.target));
    }
    if (i < warnings.length) out.push(warnings[i]!);
  }
  return out;
}

/** Attributes that hold a single URL, on any element. */
const urlAttributes = ['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'background'];
/** Attributes that hold a list of image candidates. */
const srcsetAttributes = ['srcset', 'imagesrcset'];
/** Link relations that only hint at performance or name modules: pointless (or failing) from disk. */
const hintRelations = new Set(['preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'prerender']);
/** Link relations that name the page's online identity: kept absolute. */
const identityRelations = new Set(['canonical', 'alternate']);
/** Attributes a local script or style sheet must lose on `file:` (they turn the request into CORS mode). */
const corsAttributes = new Set(['crossorigin', 'integrity', 'nonce']);
/** JavaScript MIME types: a script with one of these (or none) is a classic script. */
const classicTypes = new Set([
  '',
  'text/javascript',
  'application/javascript',
  'application/ecmascript',
  'application/x-javascript',
  'text/ecmascript',
  'text/jscript',
]);

/** Writes a start tag from attributes (boolean attributes without a value). */
function startTag(name: string, attrs: ReadonlyArray<readonly [string, string]>): string {
  return `<${name}${attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('')}>`;
}

/** An element's attributes as `[name, value]` pairs (prefixed names as written). */
function attrPairs(el: Element): Array<[string, string]> {
  return el.attrs.map((a) => [a.prefix ? `${a.prefix}:${a.name}` : a.name, a.value]);
}

/** The `rel` tokens of an element, lower-cased. */
function relTokens(el: Element): string[] {
  return (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/**
 * Rewrites one page for the offline copy: every reference to the site becomes a relative URL of a real
 * file (directory URLs end in `index.html`), canonical and alternate links and `og:` metadata stay
 * absolute, the CSP is adapted to `file:`, module and inline scripts become classic script files, and on
 * search pages the online search gives way to the offline one. Edits are spliced into the source text,
 * so everything else stays byte for byte as the site wrote it.
 */
export function rewritePage(page: HtmlPage, ctx: RewriteContext): RewrittenPage {
  const { file, html } = page;
  const { map } = ctx;
  const edits: Edit[] = [];
  const warnings: string[] = [];
  const notes: string[] = [];
  const fragmentChecks: PendingFragmentCheck[] = [];
  const base = pageUrl(map.site, file);

  const checkFragment = (target: string, fragment: string, raw: string): void => {
    const id = fragmentId(fragment);
    if (!id || id === 'top' || id.includes(':~:')) return;
    const ids = ctx.idsOf(target);
    if (ids === 'later') fragmentChecks.push({ at: warnings.length, file, raw, target, id });
    else if (ids && !ids.has(id)) warnings.push(missingFragment(file, raw, id, target));
  };

  /** The offline form of one URL value. */
  const rewriteRef = (raw: string, what: string): string => {
    const resolved = resolveUrl(raw, file, map);
    switch (resolved.kind) {
      case 'external':
        if (raw.trim().startsWith('#')) checkFragment(file, raw.trim(), raw);
        return raw;
      case 'internal':
        checkFragment(resolved.file, resolved.fragment, raw);
        return resolved.relative;
      case 'online-only':
        return resolved.absolute;
      case 'missing':
        warnings.push(`${file}: ${what} "${raw}" matches no file of the site (written as ${resolved.absolute})`);
        return resolved.absolute;
    }
  };

  const absolute = (raw: string): string => {
    try {
      return raw.trim() ? new URL(raw.trim(), base).href : raw;
    } catch {
      return raw;
    }
  };

  const setAttr = (el: Element, name: string, value: string): void => {
    const loc = el.sourceCodeLocation?.attrs?.[name];
    if (!loc) throw new Error(`${file}: no source location for attribute ${name} of <${el.tagName}>`);
    edits.push({ start: loc.startOffset, end: loc.endOffset, text: `${name}="${escapeAttr(value)}"` });
  };

  const removeElement = (el: Element): void => {
    const loc = el.sourceCodeLocation;
    if (!loc) throw new Error(`${file}: no source location for <${el.tagName}>`);
    edits.push({ start: loc.startOffset, end: loc.endOffset, text: '' });
  };

  const replaceElement = (el: Element, text: string): void => {
    const loc = el.sourceCodeLocation;
    if (!loc) throw new Error(`${file}: no source location for <${el.tagName}>`);
    edits.push({ start: loc.startOffset, end: loc.endOffset, text });
  };

  const replaceContent = (el: Element, text: string): void => {
    const loc = el.sourceCodeLocation;
    if (!loc?.startTag || !loc.endTag) return;
    edits.push({ start: loc.startTag.endOffset, end: loc.endTag.startOffset, text });
  };

  const dropped = (el: Element, src: string, conversion: Conversion & { ok: false }): void => {
    removeElement(el);
    const name = src ? `"${src}"` : 'inline';
    if (conversion.reason === 'online-search') notes.push(`${file}: removed the online search script ${name}`);
    else if (conversion.reason === 'imports-modules')
      warnings.push(`${file}: module script ${name} imports other modules and cannot run from disk; removed`);
    else warnings.push(`${file}: script ${name} could not be read; removed`);
  };

  /** Scripts: classic files stay; module files become classic files; inline code moves into files. */
  const handleScript = (el: Element): void => {
    const type = (attr(el, 'type') ?? '').trim().toLowerCase();
    const isModule = type === 'module';
    if (type === 'importmap' || (!isModule && !classicTypes.has(type))) {
      if (type === 'importmap') removeElement(el);
      return; // data blocks (JSON-LD…) are not run; an import map only serves modules.
    }
    const keptAttrs = attrPairs(el).filter(([k]) => !corsAttributes.has(k) && k !== 'type' && k !== 'src');
    const src = attr(el, 'src');
    const deferred = isModule && attr(el, 'async') === undefined && attr(el, 'defer') === undefined;
    const tagFor = (target: string): string =>
      `${startTag('script', [...keptAttrs, ['src', relativeUrl(file, target)], ...(deferred ? [['defer', ''] as const] : [])])}</script>`;
    if (src !== undefined) {
      const resolved = resolveUrl(src, file, map);
      if (resolved.kind === 'online-only') return dropped(el, src, { ok: false, reason: 'online-search' });
      if (resolved.kind === 'missing') {
        warnings.push(`${file}: script "${src}" matches no file of the site; removed`);
        return removeElement(el);
      }
      if (resolved.kind === 'external') {
        warnings.push(`${file}: script "${src}" is not part of the site and cannot load offline; removed`);
        return removeElement(el);
      }
      if (!isModule) {
        const source = ctx.scripts.convertClassicFile(resolved.file);
        if (!source.ok) return dropped(el, src, source);
        return replaceElement(el, tagFor(resolved.file));
      }
      const conversion = ctx.scripts.convertModuleFile(resolved.file);
      if (!conversion.ok) return dropped(el, src, conversion);
      return replaceElement(el, tagFor(conversion.file));
    }
    const code = textOf(el);
    if (!code.trim()) return removeElement(el);
    const conversion = ctx.scripts.externalize(code, isModule);
    if (!conversion.ok) return dropped(el, '', conversion);
    replaceElement(el, tagFor(conversion.file));
  };

  let head: Element | undefined;
  let body: Element | undefined;
  walkElements(page.document, (el) => {
    const tag = el.tagName;
    if (tag === 'head') head = el;
    if (tag === 'body') body = el;
    if (tag === 'base') {
      removeElement(el);
      return false;
    }
    if (tag === 'script') {
      handleScript(el);
      return false;
    }
    if (tag === 'link') {
      const rel = relTokens(el);
      if (rel.some((r) => hintRelations.has(r)) || rel.includes('manifest')) {
        removeElement(el);
        return false;
      }
      const href = attr(el, 'href');
      if (href !== undefined && rel.some((r) => identityRelations.has(r))) {
        const online = absolute(href);
        if (online !== href) setAttr(el, 'href', online);
        return false;
      }
      if (href !== undefined && resolveUrl(href, file, map).kind === 'online-only') {
        notes.push(`${file}: removed the online search style sheet "${href}"`);
        removeElement(el);
        return false;
      }
    }
    if (tag === 'meta') {
      const equiv = (attr(el, 'http-equiv') ?? '').toLowerCase();
      const content = attr(el, 'content');
      if (content === undefined) return false;
      if (equiv === 'content-security-policy') {
        const adapted = adaptCspForFiles(content);
        if (adapted !== content) setAttr(el, 'content', adapted);
      } else if (equiv === 'refresh') {
        const m = /^(\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?)(['"]?)(.*?)\2\s*$/i.exec(content);
        if (m) setAttr(el, 'content', `${m[1]}${rewriteRef(m[3] ?? '', 'refresh target')}`);
      } else {
        const key = (attr(el, 'property') ?? attr(el, 'name') ?? '').toLowerCase();
        if ((key.startsWith('og:') || key.startsWith('twitter:')) && content.trim().startsWith('/')) {
          setAttr(el, 'content', absolute(content));
        }
      }
      return false;
    }
    const placeholder = attr(el, 'data-offline');
    if (placeholder !== undefined && (offlinePlaceholders as readonly string[]).includes(placeholder)) {
      replaceContent(el, escapeText(ctx.offlineNote));
    }

    const hasCors = tag === 'link' || tag === 'img' || tag === 'video' || tag === 'audio';
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      let next: string | undefined;
      if (urlAttributes.includes(name) || (name === 'data' && tag === 'object')) next = rewriteRef(a.value, `${tag}[${name}]`);
      else if (srcsetAttributes.includes(name)) {
        const candidates = parseSrcset(a.value);
        const rewritten = candidates.map((c) => ({ ...c, url: rewriteRef(c.url, `${tag}[${name}]`) }));
        if (rewritten.some((c, i) => c.url !== candidates[i]?.url)) next = serializeSrcset(rewritten);
      } else if (name === 'style') next = rewriteCssUrls(a.value, (u) => rewriteRef(u, 'style url()'));
      else if (hasCors && corsAttributes.has(name)) {
        const loc = el.sourceCodeLocation?.attrs?.[name];
        if (loc) edits.push({ start: loc.startOffset, end: loc.endOffset, text: '' });
        continue;
      }
      if (next !== undefined && next !== a.value) setAttr(el, name, next);
      if (tag === 'use' && (name === 'href' || name === 'xlink:href') && next !== undefined && !next.startsWith('#')) {
        // Chromium treats every file: URL as its own origin and refuses external SVG references there.
        warnings.push(`${file}: <use ${name}="${a.value}"> refers to another file, which browsers refuse from disk`);
      }
    }
    if (placeholder !== undefined && (offlinePlaceholders as readonly string[]).includes(placeholder)) return false;

    if (tag === 'style') {
      const text = el.childNodes[0];
      const loc = text?.sourceCodeLocation;
      if (text && loc && 'value' in text) {
        const css = rewriteCssUrls(text.value, (u) => rewriteRef(u, 'style url()'));
        if (css !== text.value) edits.push({ start: loc.startOffset, end: loc.endOffset, text: css });
      }
      return false;
    }
    return true;
  });

  if (ctx.search) {
    const styles = ctx.search.styles
      .map((s) => `${startTag('link', [['rel', 'stylesheet'], ['href', relativeUrl(file, s)]])}\n`)
      .join('');
    const root = relativeUrl(file, 'index.html').replace(/index\.html$/, '') || './';
    const scripts = ctx.search.scripts
      .map((s, i, all) => {
        const extra: Array<[string, string]> = i === all.length - 1 ? [['data-root', root]] : [];
        return `${startTag('script', [['src', relativeUrl(file, s)], ['defer', ''], ...extra])}</script>\n`;
      })
      .join('');
    const headEnd = head?.sourceCodeLocation?.endTag?.startOffset;
    const bodyEnd = body?.sourceCodeLocation?.endTag?.startOffset;
    edits.push({ start: headEnd ?? 0, end: headEnd ?? 0, text: styles });
    edits.push({ start: bodyEnd ?? html.length, end: bodyEnd ?? html.length, text: scripts });
  }

  return { html: applyEdits(html, edits), warnings, notes, fragmentChecks };
}
