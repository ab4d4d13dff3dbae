import { cleanLines, splitBullet, type CleanLine } from './clean-text';
import { IngestError } from './errors';
import type { OutlineNode, SlideOverviewDocument } from './manifest';
import { plain, type Block, type ParsedDocument, type ParsedEntry } from './model';
import { buildTable } from './outline-table';
import type { ManifestContext } from './parse-numbered-policy';
import type { Seed } from './read-seed';
import { appendAll } from './arrays';

/** A manifest outline node while the parser walks the seed. */
interface NodeState {
  spec: OutlineNode;
  /** YAML path of the node, for messages that point into the manifest. */
  path: (string | number)[];
  parent: NodeState | undefined;
  children: NodeState[];
  entry: ParsedEntry | undefined;
  /** Measures opened by their numbering inside this node. */
  autoEntries: ParsedEntry[];
  tableLines: CleanLine[];
  titleFound: boolean;
}

const NUMBERED_MEASURE = /^\((\d{1,2})\)\s+(\S.*)$/;
const LEADING_NUMBER = /^(\(\d{1,2}\)|\d{1,2}\.?)\s+(?=\S)/;

/**
 * Parses a slide deck. Slides lose their layout in extraction, so the manifest carries the outline:
 * each node is opened by the line that starts with its `match` text, and every other line flows into
 * the node opened last (paragraphs, bullets, nested bullets, continuation lines).
 */
export function parseSlideOverview(seed: Seed, doc: SlideOverviewDocument, manifest: ManifestContext): ParsedDocument {
  const roots = doc.outline.map((spec, i) => buildState(spec, ['documents', manifest.index, 'outline', i], undefined));
  const preorder: NodeState[] = [];
  const collect = (nodes: NodeState[]): void => {
    for (const node of nodes) {
      preorder.push(node);
      collect(node.children);
    }
  };
  collect(roots);
  const anchored = preorder.filter((node) => node.spec.match !== undefined);
  const seen = new Map<string, NodeState | number>();
  const cover: Block[] = [];
  const coverLines: number[] = [];
  let currentNode: NodeState | undefined;
  let currentEntry: ParsedEntry | undefined;
  let lastBullet: Extract<Block, { kind: 'bullet' }> | undefined;

  const manifestError = (node: NodeState, field: string, problem: string, fix: string): IngestError =>
    new IngestError({ file: manifest.file, line: manifest.lineOf([...node.path, field]), problem, fix });

  const register = (key: string, owner: NodeState | number): void => {
    if (seen.has(key)) {
      const where = typeof owner === 'number' ? owner : undefined;
      throw new IngestError({
        file: typeof owner === 'number' ? seed.file : manifest.file,
        line: where ?? manifest.lineOf([...(owner as NodeState).path, 'key']),
        problem: `the key "${key}" is produced twice`,
        fix: 'give the outline node its own `key`, or an explicit item list where the numbering repeats',
      });
    }
    seen.set(key, owner);
  };

  const createEntry = (node: NodeState, cleanLine: CleanLine | undefined): ParsedEntry => {
    const { spec } = node;
    const heading = cleanLine?.text ? splitBullet(cleanLine.text).rest : '';
    const numberMatch = spec.number === undefined && heading ? LEADING_NUMBER.exec(heading) : null;
    const number = spec.number ?? numberMatch?.[1];
    const titleSource = numberMatch ? heading.slice(numberMatch[0].length) : heading;
    const blocks: Block[] = [];
    if (spec.title && titleSource.startsWith(spec.title) && titleSource.length > spec.title.length) {
      // Title and body merged on one slide line: the manifest's title is the heading, the rest is text.
      blocks.push({ kind: 'paragraph', segments: [{ line: cleanLine!.line, text: titleSource.slice(spec.title.length).trim() }] });
    }
    const segment = spec.key ?? number?.replace(/\D/g, '');
    if (!segment) {
      throw manifestError(node, 'kind', 'this outline node has no `key` and no number to derive one from', 'add `key: <slug>` to the node');
    }
    const title = spec.title ?? (titleSource ? plain(titleSource) : undefined);
    if (!title && !spec.titleLine) {
      throw manifestError(node, 'kind', 'this outline node has no heading line, `title` or `titleLine`', 'add `title:` to the node');
    }
    const parentEntry = nearestEntry(node.parent);
    const entry: ParsedEntry = {
      collection: spec.kind === 'measure' ? 'measures' : 'sections',
      key: `${parentEntry?.key ?? doc.key}/${segment}`,
      parent: parentEntry?.key,
      number,
      title: title ?? '',
      kind: spec.kind === 'measure' ? 'other' : spec.kind,
      blocks,
      lines: cleanLine ? [cleanLine.line] : [],
    };
    register(entry.key, node);
    node.entry = entry;
    return entry;
  };

  const openNode = (node: NodeState, cleanLine: CleanLine): void => {
    const ancestors: NodeState[] = [];
    for (let up = node.parent; up; up = up.parent) if (!up.entry) ancestors.unshift(up);
    for (const ancestor of ancestors) createEntry(ancestor, undefined);
    currentEntry = createEntry(node, cleanLine);
    currentNode = node;
  };

  const candidates = (): NodeState[] => {
    const first = anchored.find((node) => !node.entry);
    if (!first) return [];
    const siblings = (first.parent?.children ?? roots).filter((n) => n !== first && n.spec.match && !n.entry);
    return [first, ...siblings];
  };

  for (const cleanLine of cleanLines(seed.lines, doc.strays)) {
    const { text, indented, raw } = cleanLine;
    if (currentNode?.spec.table && raw.includes('\t')) {
      currentNode.tableLines.push(cleanLine);
      continue;
    }
    if (text === null) {
      lastBullet = undefined;
      continue;
    }
    const { bullet, rest } = splitBullet(text);
    const plainText = plain(text);
    const titled = pathOf(currentNode).find((n) => n.spec.titleLine && !n.titleFound && plainText.startsWith(n.spec.titleLine));
    if (titled?.entry) {
      titled.entry.title = titled.spec.title ?? plainText;
      titled.entry.lines.push(cleanLine.line);
      titled.titleFound = true;
      lastBullet = undefined;
      continue;
    }
    const opened = candidates().find((n) => plainText.startsWith(n.spec.match!) || plain(rest).startsWith(n.spec.match!));
    if (opened) {
      openNode(opened, cleanLine);
      lastBullet = undefined;
      continue;
    }
    const container = pathOf(currentNode).find((n) => n.spec.autoMeasures);
    const numbered = NUMBERED_MEASURE.exec(rest);
    if (container?.entry && numbered && !indented) {
      const key = `${container.entry.key}/${numbered[1]}`;
      register(key, cleanLine.line);
      currentEntry = {
        collection: 'measures',
        key,
        parent: container.entry.key,
        number: `(${numbered[1]})`,
        title: plain(numbered[2]!),
        kind: 'other',
        blocks: [],
        lines: [cleanLine.line],
      };
      container.autoEntries.push(currentEntry);
      lastBullet = undefined;
      continue;
    }
    const blocks = currentEntry ? currentEntry.blocks : cover;
    (currentEntry ? currentEntry.lines : coverLines).push(cleanLine.line);
    if (bullet) {
      lastBullet = { kind: 'bullet', depth: indented ? 1 : 0, segments: [{ line: cleanLine.line, text: rest }] };
      blocks.push(lastBullet);
    } else if (indented && lastBullet) {
      // An indented line right after a bullet is the bullet's text wrapped by the slide.
      lastBullet.segments.push({ line: cleanLine.line, text });
    } else {
      blocks.push({ kind: 'paragraph', segments: [{ line: cleanLine.line, text }] });
      lastBullet = undefined;
    }
  }

  for (const node of preorder) {
    if (node.spec.match && !node.entry) {
      throw manifestError(
        node,
        'match',
        `no line of ${seed.file} starts with "${node.spec.match}" after the previous outline node`,
        'copy the start of the heading line exactly (after leading spaces and "- "), and keep the outline in reading order',
      );
    }
    if (node.spec.titleLine && !node.titleFound) {
      throw manifestError(node, 'titleLine', `no line inside this node starts with "${node.spec.titleLine}"`, 'copy the start of the title line exactly');
    }
    if (node.spec.table && node.entry) {
      const items = buildTable(node.tableLines, node.spec.table, {
        seedFile: seed.file,
        manifestFile: manifest.file,
        manifestLine: manifest.lineOf([...node.path, 'table']),
      });
      node.entry.blocks.push({ kind: 'table', items });
      appendAll(node.entry.lines, node.tableLines.map((l) => l.line));
    }
  }

  const entries: ParsedEntry[] = [];
  const order = (nodes: NodeState[]): void => {
    for (const node of nodes) {
      if (node.entry) entries.push(node.entry);
      order(node.children);
      appendAll(entries, node.autoEntries);
    }
  };
  order(roots);
  return { cover, coverLines, entries };
}

function buildState(spec: OutlineNode, path: (string | number)[], parent: NodeState | undefined): NodeState {
  const node: NodeState = { spec, path, parent, children: [], entry: undefined, autoEntries: [], tableLines: [], titleFound: false };
  node.children = (spec.children ?? []).map((child, i) => buildState(child, [...path, 'children', i], node));
  return node;
}

function nearestEntry(node: NodeState | undefined): ParsedEntry | undefined {
  for (let up = node; up; up = up.parent) if (up.entry) return up.entry;
  return undefined;
}

/** The node and its ancestors, innermost first. */
function pathOf(node: NodeState | undefined): NodeState[] {
  const path: NodeState[] = [];
  for (let up = node; up; up = up.parent) path.push(up);
  return path;
}
