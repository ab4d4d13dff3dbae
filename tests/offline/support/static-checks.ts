import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Attributes holding one URL. */
const urlAttrs = new Set(['href', 'src', 'action', 'formaction', 'poster', 'xlink:href', 'data']);
/** Attributes holding image candidates. */
const srcsetAttrs = new Set(['srcset', 'imagesrcset']);
/** Script types a browser runs. */
const runnable = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function* elements(node: Node): Generator<Element> {
  const kids = 'childNodes' in node ? node.childNodes : [];
  for (const child of kids) {
    if ('tagName' in child) yield child;
    yield* elements(child);
    if ('content' in child) yield* elements(child.content as Node);
  }
}

const attrOf = (el: Element, name: string): string | undefined =>
  el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;

/**
 * What in an offline page would need a server, checked with a real HTML parser: module scripts, inline
 * scripts (the CSP allows none), references that start with `/` (root-absolute or protocol-relative), and a
 * CSP that allows inline script.
 */
export function htmlReferenceProblems(page: string, html: string): string[] {
  const problems: string[] = [];
  for (const el of elements(parse(html))) {
    if (el.tagName === 'script') {
      const type = (attrOf(el, 'type') ?? '').toLowerCase();
      if (type === 'module') problems.push(`${page}: <script type="module">`);
      const inline = el.childNodes.some((n) => 'value' in n && n.value.trim() !== '');
      if (runnable.has(type) && attrOf(el, 'src') === undefined && inline) problems.push(`${page}: inline script`);
    }
    if (el.tagName === 'meta' && (attrOf(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy') {
      const csp = attrOf(el, 'content') ?? '';
      const scripts = csp.split(';').find((d) => /^\s*script-src\s/.test(d)) ?? csp.split(';').find((d) => /^\s*default-src\s/.test(d)) ?? '';
      if (/'unsafe-inline'|'nonce-|'sha\d+-|'strict-dynamic'/.test(scripts)) problems.push(`${page}: CSP allows inline script: ${scripts.trim()}`);
    }
    for (const a of el.attrs) {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      const values = urlAttrs.has(name) ? [a.value] : srcsetAttrs.has(name) ? a.value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [];
      for (const v of values) if (v.trim().startsWith('/')) problems.push(`${page}: <${el.tagName} ${name}="${a.value}"> is root-absolute`);
    }
  }
  return problems;
}
