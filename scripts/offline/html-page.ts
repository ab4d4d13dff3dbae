import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** A parse5 element. */
export type Element = DefaultTreeAdapterTypes.Element;
/** A parse5 node of any kind. */
export type Node = DefaultTreeAdapterTypes.Node;
/** A parse5 document. */
export type Document = DefaultTreeAdapterTypes.Document;

/** A page of the site, parsed once with source locations so that edits can be spliced into the original text. */
export interface HtmlPage {
  /** Site path, e.g. `en/measures/x/index.html`. */
  file: string;
  /** The page's source text. */
  html: string;
  /** The parsed document (with `sourceCodeLocation`s). */
  document: Document;
  /** Every `id` in the page, and every `<a name>`: the fragments a link may point at. */
  ids: Set<string>;
}

/** True for element nodes. */
export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/** Children of a node, including a `<template>`'s content. */
export function childrenOf(node: Node): Node[] {
  const kids = 'childNodes' in node ? [...node.childNodes] : [];
  if (isElement(node) && node.tagName === 'template' && 'content' in node) {
    kids.push(...(node as DefaultTreeAdapterTypes.Template).content.childNodes);
  }
  return kids;
}

/** Visits elements depth first, in document order; returning `false` skips an element's subtree. */
export function walkElements(node: Node, visit: (el: Element) => boolean | void): void {
  for (const child of childrenOf(node)) {
    if (isElement(child)) {
      if (visit(child) === false) continue;
    }
    walkElements(child, visit);
  }
}

/** An attribute's value, or undefined when the element does not have it. */
export function attr(el: Element, name: string): string | undefined {
  return el.attrs.find((a) => (a.prefix ? `${a.prefix}:${a.name}` : a.name) === name)?.value;
}

/** The first element matching a predicate, in document order. */
export function findElement(node: Node, test: (el: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  walkElements(node, (el) => {
    if (found) return false;
    if (test(el)) {
      found = el;
      return false;
    }
    return true;
  });
  return found;
}

/** The text of an element's children (scripts and styles hold a single text node). */
export function textOf(el: Element): string {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

/** Parses a page with source locations and collects its fragment targets. */
export function parsePage(file: string, html: string): HtmlPage {
  // Scripting off: <noscript> content is parsed as markup, so its links are rewritten too.
  const document = parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false });
  const ids = new Set<string>();
  walkElements(document, (el) => {
    const id = attr(el, 'id');
    if (id) ids.add(id);
    const name = el.tagName === 'a' ? attr(el, 'name') : undefined;
    if (name) ids.add(name);
  });
  return { file, html, document, ids };
}

/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Escapes text for element content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A replacement of `[start, end)` of the source text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping edits to a text. Insertions at the same offset keep the order they were added in.
 * Overlapping edits are a programming error and throw, naming the offsets.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error(`Overlapping HTML edits at offset ${edit.start} (previous edit ended at ${pos}).`);
    out += source.slice(pos, edit.start) + edit.text;
    pos = edit.end;
  }
  return out + source.slice(pos);
}
