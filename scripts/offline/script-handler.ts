import { tagAttr, type StartTag } from '../built-site/scan-html';
import { relativeUrl } from '../built-site/url-file';
import { resolveUrl } from './site-urls';
import type { Conversion } from './classic-scripts';
import { startTag } from './html-page';
import type { PageRewrite } from './page-rewrite';

/** Attributes a local script or style sheet must lose on `file:` (they turn the request into CORS mode). */
export const corsAttributes = new Set(['crossorigin', 'integrity', 'nonce']);

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

/** Removes a script that cannot run offline, saying why (a note for the online search, else a warning). */
function drop(page: PageRewrite, tag: StartTag, src: string, conversion: Conversion & { ok: false }): void {
  page.removeElement(tag);
  const name = src ? `"${src}"` : 'inline';
  if (conversion.reason === 'online-search') page.notes.push(`${page.file}: removed the online search script ${name}`);
  else if (conversion.reason === 'imports-modules')
    page.warnings.push(`${page.file}: module script ${name} imports other modules and cannot run from disk; removed`);
  else page.warnings.push(`${page.file}: script ${name} could not be read; removed`);
}

/** The `<script src>` tag that loads `target`: the element's other attributes, deferred when it was a module. */
function classicTag(page: PageRewrite, tag: StartTag, isModule: boolean, target: string): string {
  const kept = tag.attrs.filter(({ name }) => !corsAttributes.has(name) && name !== 'type' && name !== 'src').map((a) => [a.name, a.value] as const);
  const deferred = isModule && tagAttr(tag, 'async') === undefined && tagAttr(tag, 'defer') === undefined;
  return `${startTag('script', [...kept, ['src', relativeUrl(page.file, target)], ...(deferred ? [['defer', ''] as const] : [])])}</script>`;
}

/** A script file of the site: classic files stay, module files become classic files, others are removed. */
function scriptFile(page: PageRewrite, tag: StartTag, isModule: boolean, src: string): void {
  const resolved = resolveUrl(src, page.file, page.ctx.map);
  if (resolved.kind === 'online-only') return drop(page, tag, src, { ok: false, reason: 'online-search' });
  if (resolved.kind === 'missing' || resolved.kind === 'external') {
    const why = resolved.kind === 'missing' ? 'matches no file of the site' : 'is not part of the site and cannot load offline';
    page.warnings.push(`${page.file}: script "${src}" ${why}; removed`);
    return page.removeElement(tag);
  }
  const scripts = page.ctx.scripts;
  const conversion = isModule ? scripts.convertModuleFile(resolved.file) : scripts.convertClassicFile(resolved.file);
  if (!conversion.ok) return drop(page, tag, src, conversion);
  page.replaceElement(tag, classicTag(page, tag, isModule, isModule ? conversion.file : resolved.file));
}

/**
 * A closed `<script>`: data blocks (JSON-LD…) stay; an import map goes (it only serves modules); script
 * files become classic script files; inline code moves into a file (the copy's CSP allows no inline script).
 */
export function rewriteScript(page: PageRewrite, tag: StartTag): void {
  const type = (tagAttr(tag, 'type') ?? '').trim().toLowerCase();
  const isModule = type === 'module';
  if (type === 'importmap') return page.removeElement(tag);
  if (!isModule && !classicTypes.has(type)) return;
  const src = tagAttr(tag, 'src');
  if (src !== undefined) return scriptFile(page, tag, isModule, src);
  const code = page.contentOf(tag) ?? '';
  if (!code.trim()) return page.removeElement(tag);
  const conversion = page.ctx.scripts.externalize(code, isModule);
  if (!conversion.ok) return drop(page, tag, '', conversion);
  page.replaceElement(tag, classicTag(page, tag, isModule, conversion.file));
}
