import type { List, ListItem, Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** Bullet put before each list item: not "-", which spreadsheets read as the start of a formula. */
const bullet = '• ';

/**
 * The text of a measure's Markdown body for data downloads: paragraphs separated by a blank line,
 * list items one per line as "• item" (indented two spaces per level), emphasis and glossary marks
 * (the raw `<a class="term"><abbr>` HTML written by ingest) reduced to their text, escapes resolved.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = unified().use(remarkParse).parse(markdown) as Root;
  return blocks(tree.children, 0).join('\n\n').trim();
}

/** The text of a run of block nodes, one string per block. */
function blocks(nodes: readonly Nodes[], depth: number): string[] {
  const out: string[] = [];
  for (const node of nodes) {
    if (node.type === 'list') out.push(list(node, depth));
    else {
      const text = inline(node).replace(/[ \t]*\n[ \t]*/g, ' ').trim();
      if (text !== '') out.push(text);
    }
  }
  return out;
}

/** A list as lines of bullets; nested lists are indented under their item. */
function list(node: List, depth: number): string {
  return node.children.map((item) => listItem(item, depth)).join('\n');
}

/** One list item: its own paragraphs on the bullet line, nested lists below. */
function listItem(item: ListItem, depth: number): string {
  const indent = '  '.repeat(depth);
  const own = blocks(item.children.filter((c) => c.type !== 'list'), depth + 1).join(' ');
  const nested = item.children.filter((c): c is List => c.type === 'list').map((c) => list(c, depth + 1));
  return [`${indent}${bullet}${own}`, ...nested].join('\n');
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
