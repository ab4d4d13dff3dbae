import type { BlockContent, List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { EM_CLOSE, EM_OPEN, type Block, type TableItem } from './model';
import { appendAll } from './arrays';

/** Turns cleaned text (with emphasis marks) into mdast phrasing: text and emphasis nodes. */
export function phrasing(text: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  const pattern = new RegExp(`${EM_OPEN}([^${EM_CLOSE}]*)${EM_CLOSE}`, 'g');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) nodes.push({ type: 'text', value: text.slice(last, match.index) });
    nodes.push({ type: 'emphasis', children: [{ type: 'text', value: match[1]! }] });
    last = match.index + match[0].length;
  }
  if (last < text.length) nodes.push({ type: 'text', value: text.slice(last) });
  return nodes;
}

/** Builds the mdast of an entry's own text: paragraphs and (nested) lists, tables as nested lists. */
export function blocksToMdast(blocks: readonly Block[]): Root {
  const children: BlockContent[] = [];
  let list: List | undefined;
  // Source depth of the list's last top-level item: indented bullets with no shallower bullet
  // before them are siblings of each other, not children.
  let topDepth = 0;
  for (const block of blocks) {
    if (block.kind === 'bullet') {
      const item = listItem(phrasing(block.segments.map((s) => s.text).join(' ')));
      const parentItem = list?.children.at(-1);
      if (block.depth > topDepth && parentItem) {
        let sub = parentItem.children.find((c): c is List => c.type === 'list');
        if (!sub) parentItem.children.push((sub = emptyList()));
        sub.children.push(item);
      } else {
        if (!list) children.push((list = emptyList()));
        list.children.push(item);
        topDepth = block.depth;
      }
      continue;
    }
    list = undefined;
    if (block.kind === 'table') {
      children.push(tableList(block.items));
    } else {
      const content: PhrasingContent[] = [];
      block.segments.forEach((segment, i) => {
        if (i > 0) content.push(block.hardBreaks ? { type: 'break' } : { type: 'text', value: ' ' });
        appendAll(content, phrasing(segment.text));
      });
      children.push({ type: 'paragraph', children: mergeText(content) });
    }
  }
  return { type: 'root', children };
}

function tableList(items: readonly TableItem[]): List {
  const list = emptyList();
  for (const item of items) {
    const content = phrasing(item.text);
    const node = listItem(item.header ? [{ type: 'strong', children: content }] : content);
    if (item.children.length) node.children.push(tableList(item.children));
    list.children.push(node);
  }
  return list;
}

function emptyList(): List {
  return { type: 'list', ordered: false, spread: false, children: [] };
}

function listItem(content: PhrasingContent[]): ListItem {
  const paragraph: Paragraph = { type: 'paragraph', children: mergeText(content) };
  return { type: 'listItem', spread: false, children: [paragraph] };
}

/** Adjacent text nodes are merged so glossary matching sees whole phrases. */
function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = [];
  for (const node of nodes) {
    const previous = merged.at(-1);
    if (node.type === 'text' && previous?.type === 'text') previous.value += node.value;
    else merged.push(node);
  }
  return merged;
}

// The site renders Markdown with GFM, so the writer must know GFM's constructs too: with remark-gfm's
// serializer extensions, `~~x~~` and literal autolinks (`www.example`, `a@b.example`) in seed text are escaped.
const processor = unified().use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  listItemIndent: 'one',
  rule: '-',
});

/**
 * CommonMark text of a tree. Text nodes are escaped by remark-stringify (`<`, `&`, `*`…, and GFM's
 * `~`, `www.`, `@`), so seed text can never become markup; only `html` nodes (the glossary marks) are
 * written raw, and their text is escaped by `htmlText`.
 */
export function toMarkdown(root: Root): string {
  if (root.children.length === 0) return '';
  return breakAutolinkLiterals(processor.stringify(root));
}

/**
 * GFM renderers that find literal autolinks after parsing (the site's Sätteri among them) ignore a
 * backslash escape: `www\.example.com` still becomes a link. Where remark-gfm escaped the character
 * that would start one (`www.`, `://`, `@`), an empty HTML comment is put in the escape's place: it
 * splits the text so no autolink forms, shows nothing, and leaves the text as written.
 */
function breakAutolinkLiterals(markdown: string): string {
  return markdown.replace(/(?<=www)\\\.|(?<![\\])\\:(?=\/\/)|(?<![\\])\\@/gi, (escape) => `<!---->${escape.slice(1)}`);
}
