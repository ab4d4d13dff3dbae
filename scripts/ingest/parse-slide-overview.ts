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

/** A cleaned line with its text, as each line handler receives it. */
type TextLine = CleanLine & { text: string };

const NUMBERED_MEASURE = /^\((\d{1,2})\)\s+(\S.*)$/;
const LEADING_NUMBER = /^(\(\d{1,2}\)|\d{1,2}\.?)\s+(?=\S)/;

/**
 * Parses a slide deck. Slides lose their layout in extraction, so the manifest carries the outline:
 * each node is opened by the line that starts with its `match` text, and every other line flows into
 * the node opened last (paragraphs, bullets, nested bullets, continuation lines).
 */
export function parseSlideOverview(seed: Seed, doc: SlideOverviewDocument, manifest: ManifestContext): ParsedDocument {
  const walk = new SlideWalk(seed, doc, manifest);
  for (const cleanLine of cleanLines(seed.lines, doc.strays)) walk.read(cleanLine);
  walk.finish();
  return { cover: walk.cover, coverLines: walk.coverLines, entries: walk.entriesInOrder() };
}

/**
 * The walk through one seed: the outline's nodes, the node and entry that lines flow into, and the
 * handlers that decide, in order, what a line is (table row, title line, node heading, numbered measure,
 * or body text).
 */
class SlideWalk {
  readonly cover: Block[] = [];
  readonly coverLines: number[] = [];
  private readonly roots: NodeState[];
  private readonly preorder: NodeState[] = [];
  private readonly anchored: NodeState[];
  private readonly seen = new Map<string, NodeState | number>();
  private currentNode: NodeState | undefined;
  private currentEntry: ParsedEntry | undefined;
  private lastBullet: Extract<Block, { kind: 'bullet' }> | undefined;

  /** What a text line can be, tried in this order; the first handler that takes the line wins. */
  private readonly handlers: readonly ((line: TextLine) => boolean)[] = [
    (line) => this.takeTitleLine(line),
    (line) => this.takeNodeHeading(line),
    (line) => this.takeNumberedMeasure(line),
    (line) => this.takeBodyLine(line),
  ];

  constructor(
    private readonly seed: Seed,
    private readonly doc: SlideOverviewDocument,
    private readonly manifest: ManifestContext,
  ) {
    this.roots = doc.outline.map((spec, i) => buildState(spec, ['documents', manifest.index, 'outline', i], undefined));
    const collect = (nodes: NodeState[]): void => {
      for (const node of nodes) {
        this.preorder.push(node);
        collect(node.children);
      }
    };
    collect(this.roots);
    this.anchored = this.preorder.filter((node) => node.spec.match !== undefined);
  }

  /** Reads one cleaned line of the seed. */
  read(cleanLine: CleanLine): void {
    if (this.currentNode?.spec.table && cleanLine.raw.includes('\t')) {
      this.currentNode.tableLines.push(cleanLine);
      return;
    }
    if (cleanLine.text === null) {
      this.lastBullet = undefined;
      return;
    }
    const line = cleanLine as TextLine;
    this.handlers.some((handle) => handle(line));
  }

  /** A line that starts with the `titleLine` of an open node is that node's title. */
  private takeTitleLine(cleanLine: TextLine): boolean {
    const plainText = plain(cleanLine.text);
    const titled = pathOf(this.currentNode).find((n) => n.spec.titleLine && !n.titleFound && plainText.startsWith(n.spec.titleLine));
    if (!titled?.entry) return false;
    titled.entry.title = titled.spec.title ?? plainText;
    titled.entry.lines.push(cleanLine.line);
    titled.titleFound = true;
    this.lastBullet = undefined;
    return true;
  }

  /** A line that starts with the `match` of the next outline node (or a sibling of it) opens that node. */
  private takeNodeHeading(cleanLine: TextLine): boolean {
    const plainText = plain(cleanLine.text);
    const { rest } = splitBullet(cleanLine.text);
    const opened = this.candidates().find((n) => plainText.startsWith(n.spec.match!) || plain(rest).startsWith(n.spec.match!));
    if (!opened) return false;
    this.openNode(opened, cleanLine);
    this.lastBullet = undefined;
    return true;
  }

  /** Inside a node with `autoMeasures`, a line "(N) Title" at the margin opens a measure. */
  private takeNumberedMeasure(cleanLine: TextLine): boolean {
    const container = pathOf(this.currentNode).find((n) => n.spec.autoMeasures);
    const numbered = NUMBERED_MEASURE.exec(splitBullet(cleanLine.text).rest);
    if (!container?.entry || !numbered || cleanLine.indented) return false;
    const key = `${container.entry.key}/${numbered[1]}`;
    this.register(key, cleanLine.line);
    this.currentEntry = {
      collection: 'measures',
      key,
      parent: container.entry.key,
      number: `(${numbered[1]})`,
      title: plain(numbered[2]!),
      titleFrom: 'text',
      kind: 'other',
      blocks: [],
      lines: [cleanLine.line],
    };
    container.autoEntries.push(this.currentEntry);
    this.lastBullet = undefined;
    return true;
  }

  /** Any other line is text of the entry opened last (or of the cover): a bullet, a bullet's wrapped line, or a paragraph. */
  private takeBodyLine(cleanLine: TextLine): boolean {
    const { text, indented, line } = cleanLine;
    const { bullet, rest } = splitBullet(text);
    const blocks = this.currentEntry ? this.currentEntry.blocks : this.cover;
    (this.currentEntry ? this.currentEntry.lines : this.coverLines).push(line);
    if (bullet) {
      this.lastBullet = { kind: 'bullet', depth: indented ? 1 : 0, segments: [{ line, text: rest }] };
      blocks.push(this.lastBullet);
    } else if (indented && this.lastBullet) {
      // An indented line right after a bullet is the bullet's text wrapped by the slide.
      this.lastBullet.segments.push({ line, text });
    } else {
      blocks.push({ kind: 'paragraph', segments: [{ line, text }] });
      this.lastBullet = undefined;
    }
    return true;
  }

  /** Checks that every node was found, then builds the outline tables from their collected rows. */
  finish(): void {
    for (const node of this.preorder) {
      if (node.spec.match && !node.entry) {
        throw this.manifestError(
          node,
          'match',
          `no line of ${this.seed.file} starts with "${node.spec.match}" after the previous outline node`,
          'copy the start of the heading line exactly (after leading spaces and "- "), and keep the outline in reading order',
        );
      }
      if (node.spec.titleLine && !node.titleFound) {
        throw this.manifestError(node, 'titleLine', `no line inside this node starts with "${node.spec.titleLine}"`, 'copy the start of the title line exactly');
      }
      if (node.spec.table && node.entry) {
        const items = buildTable(node.tableLines, node.spec.table, {
          seedFile: this.seed.file,
          manifestFile: this.manifest.file,
          manifestLine: this.manifest.lineOf([...node.path, 'table']),
        });
        node.entry.blocks.push({ kind: 'table', items });
        appendAll(node.entry.lines, node.tableLines.map((l) => l.line));
      }
    }
  }

  /** The entries in reading order: each node's entry, its children's, then the measures its numbering opened. */
  entriesInOrder(): ParsedEntry[] {
    const entries: ParsedEntry[] = [];
    const order = (nodes: NodeState[]): void => {
      for (const node of nodes) {
        if (node.entry) entries.push(node.entry);
        order(node.children);
        appendAll(entries, node.autoEntries);
      }
    };
    order(this.roots);
    return entries;
  }

  private manifestError(node: NodeState, field: string, problem: string, fix: string): IngestError {
    return new IngestError({ file: this.manifest.file, line: this.manifest.lineOf([...node.path, field]), problem, fix });
  }

  /** Records a key; a key produced twice is an error naming the manifest node or the seed line. */
  private register(key: string, owner: NodeState | number): void {
    if (this.seen.has(key)) {
      throw new IngestError({
        file: typeof owner === 'number' ? this.seed.file : this.manifest.file,
        line: typeof owner === 'number' ? owner : this.manifest.lineOf([...owner.path, 'key']),
        problem: `the key "${key}" is produced twice`,
        fix: 'give the outline node its own `key`, or an explicit item list where the numbering repeats',
      });
    }
    this.seen.set(key, owner);
  }

  /** The entry of an outline node, opened by its heading line (or, for a node without one, by a descendant's). */
  private createEntry(node: NodeState, cleanLine: CleanLine | undefined): ParsedEntry {
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
      throw this.manifestError(node, 'kind', 'this outline node has no `key` and no number to derive one from', 'add `key: <slug>` to the node');
    }
    const title = spec.title ?? (titleSource ? plain(titleSource) : undefined);
    if (!title && !spec.titleLine) {
      throw this.manifestError(node, 'kind', 'this outline node has no heading line, `title` or `titleLine`', 'add `title:` to the node');
    }
    const parentEntry = nearestEntry(node.parent);
    const entry: ParsedEntry = {
      collection: spec.kind === 'measure' ? 'measures' : 'sections',
      key: `${parentEntry?.key ?? this.doc.key}/${segment}`,
      parent: parentEntry?.key,
      number,
      title: title ?? '',
      titleFrom: spec.title ? 'manifest' : 'text',
      kind: spec.kind === 'measure' ? 'other' : spec.kind,
      blocks,
      lines: cleanLine ? [cleanLine.line] : [],
    };
    this.register(entry.key, node);
    node.entry = entry;
    return entry;
  }

  /** Opens a node: first its ancestors that have no entry yet, then the node itself. */
  private openNode(node: NodeState, cleanLine: CleanLine): void {
    const ancestors: NodeState[] = [];
    for (let up = node.parent; up; up = up.parent) if (!up.entry) ancestors.unshift(up);
    for (const ancestor of ancestors) this.createEntry(ancestor, undefined);
    this.currentEntry = this.createEntry(node, cleanLine);
    this.currentNode = node;
  }

  /** The nodes a line may open next: the first unopened anchored node, and its unopened siblings. */
  private candidates(): NodeState[] {
    const first = this.anchored.find((node) => !node.entry);
    if (!first) return [];
    const siblings = (first.parent?.children ?? this.roots).filter((n) => n !== first && n.spec.match && !n.entry);
    return [first, ...siblings];
  }
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
