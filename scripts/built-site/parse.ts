import { parse, type DefaultTreeAdapterTypes } from 'parse5';

/** A parse5 element (default tree adapter). */
export type Element = DefaultTreeAdapterTypes.Element;
/** Any parse5 node (default tree adapter). */
export type Node = DefaultTreeAdapterTypes.Node;
/** A parse5 document. */
export type Document = DefaultTreeAdapterTypes.Document;

/** Parses a built page into a tree with source locations (lines for problem reports). */
export function parseHtml(html: string): Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** True for element nodes (parse5 marks text, comments and doctypes with `#…` node names). */
export function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

/**
 * Every element below `root`, in document order. Template contents are not walked: they are inert
 * until a script clones them, so they neither load nor count as the page's headings or ids.
 */
export function* elements(root: Node): Generator<Element> {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node)) yield node;
    if ('childNodes' in node) {
      for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push(node.childNodes[i]!);
    }
  }
}

/** The first element below `root` that passes `test`, in document order. */
export function findElement(root: Node, test: (el: Element) => boolean): Element | undefined {
  for (const el of elements(root)) if (test(el)) return el;
  return undefined;
}

/** The value of an attribute (any namespace prefix, e.g. `xlink:href`, by its qualified name), if present. */
export function attr(el: Element, name: string): string | undefined {
  for (const a of el.attrs) {
    const qualified = a.prefix ? `${a.prefix}:${a.name}` : a.name;
    if (qualified === name) return a.value;
  }
  return undefined;
}

/** The text inside an element (what a script or style element would run or apply). */
export function textContent(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!('childNodes' in node)) return '';
  return node.childNodes.map(textContent).join('');
}

/** The 1-based source line of an element's start tag, or 0 when the parser kept no location. */
export function lineOf(el: Element): number {
  return el.sourceCodeLocation?.startLine ?? 0;
}
