import type { List, ListItem, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** How the text of an entry's blocks is laid out: the data downloads keep the shape, the search text is one line. */
interface Layout {
  /** Between paragraphs and lists. */
  blockSeparator: string;
  /** Between the items of a list, and between an item and its nested list. */
  itemSeparator: string;
  /** Put before each list item. */
  bullet: string;
  /** Put before a list item once per level of nesting. */
  indent: string;
}

/** Data downloads: blank line between blocks, list items one per line as "• item" (not "-", which spreadsheets read as the start of a formula). */
const downloadLayout: Layout = { blockSeparator: '\n\n', itemSeparator: '\n', bullet: '• ', indent: '  ' };
/** Search documents: every block's text, one space apart. */
const searchLayout: Layout = { blockSeparator: ' ', itemSeparator: ' ', bullet: '', indent: '' };

/** One frozen parser for every body (building a processor per call configures it again each time). */
const markdownParser = unified().use(remarkParse).freeze();

/**
 * The text of a measure's Markdown body for data downloads: paragraphs separated by a blank line,
 * list items one per line as "• item" (indented two spaces per level), emphasis and glossary marks
 * (the raw `<a class="term"><abbr>` HTML written by ingest) reduced to their text, escapes resolved.
 */
export function markdownToPlainText(markdown: string): string {
  return layOut(markdown, downloadLayout).trim();
}

/**
 * The text of a Markdown body as the offline search indexes and shows it: the same text as
 * {@link markdownToPlainText}, on one line (blocks and list items one space apart, no bullets).
 */
export function markdownToSearchText(markdown: string): string {
  return layOut(markdown, searchLayout).replace(/\s+/g, ' ').trim();
}

/** The body's blocks laid out. */
function layOut(markdown: string, layout: Layout): string {
  const tree = markdownParser.parse(markdown) as Root;
  return blocks(tree.children, 0, layout).join(layout.blockSeparator);
}

/** The text of a run of block nodes, one string per block. */
function blocks(nodes: readonly Nodes[], depth: number, layout: Layout): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'list') out.push(list(node, depth, layout));
    else {
      const text = inline(node).replace(/[ \t]*\n[ \t]*/g, ' ').trim();
      if (text !== '') out.push(text);
    }
  }
  return out;
}

/** A list as lines of bullets; nested lists are indented under their item. */
function list(node: List, depth: number, layout: Layout): string {
  return node.children.map((item) => listItem(item, depth, layout)).join(layout.itemSeparator);
}

/** One list item: its own paragraphs on the bullet line, nested lists below. */
function listItem(item: ListItem, depth: number, layout: Layout): string {
  const indent = layout.indent.repeat(depth);
  const own = blocks(item.children.filter((c) => c.type !== 'list'), depth + 1, layout).join(' ');
  const nested = item.children.filter((c): c is List => c.type === 'list').map((c) => list(c, depth + 1, layout));
  return [`${indent}${layout.bullet}${own}`, ...nested].join(layout.itemSeparator);
}

/** The text of an inline (or leaf block) node; HTML is reduced to the text between its tags. */
function inline(node: Nodes): string {
  if (node.type === 'html') return decodeEntities(node.value.replace(/<[^>]*>/g, ''));
  if (node.type === 'break') return '\n';
  if ('value' in node) return node.value;
  if ('children' in node) return (node.children as Nodes[]).map(inline).join('');
  return '';
}

/** Decodes the few character references that ingest's HTML attributes and text can hold. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
