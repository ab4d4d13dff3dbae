import type { SectionData } from '../../src/schemas/index';
import { appendAll } from './arrays';

/** The cleaned text of one seed line as it went into a block (emphasis marked with EM_OPEN/EM_CLOSE). */
export interface Segment {
  /** 1-based seed line. */
  line: number;
  /** Cleaned text. */
  text: string;
}

/** A table rendered from the manifest's tree; `line` is the table line the piece's text was found on. */
export interface TableItem {
  text: string;
  header: boolean;
  line: number;
  children: TableItem[];
}

/** A block of an entry's own text, before it becomes mdast. */
export type Block =
  | { kind: 'paragraph'; segments: Segment[]; hardBreaks?: boolean }
  | { kind: 'bullet'; depth: number; segments: Segment[] }
  | { kind: 'table'; items: TableItem[] };

/** A section or measure as a parser found it. */
export interface ParsedEntry {
  collection: 'sections' | 'measures';
  /** Full key, `<doc>/<segment>/…`. */
  key: string;
  parent?: string | undefined;
  number?: string | undefined;
  title: string;
  /** Section kind (ignored for measures). */
  kind: SectionData['kind'];
  blocks: Block[];
  /** Seed lines of the entry's own text (heading and body). */
  lines: number[];
}

/** What a genre parser returns for one seed. */
export interface ParsedDocument {
  /** The cover lines (title, issuer, date…) that become the document entry's body. */
  cover: Block[];
  coverLines: number[];
  /** Sections and measures in reading order. */
  entries: ParsedEntry[];
}

/** Marks the start of underlined (emphasised) text inside a cleaned line. */
export const EM_OPEN = '\u0001';
/** Marks the end of underlined (emphasised) text inside a cleaned line. */
export const EM_CLOSE = '\u0002';

/** Text without emphasis marks, for matching and word counts. */
export function plain(text: string): string {
  return text.replaceAll(EM_OPEN, '').replaceAll(EM_CLOSE, '');
}

/** The lines of the blocks, flattened (tables contribute each piece's line). */
export function blockLines(blocks: readonly Block[]): number[] {
  const lines: number[] = [];
  const walk = (items: readonly TableItem[]): void => {
    for (const item of items) {
      lines.push(item.line);
      walk(item.children);
    }
  };
  for (const block of blocks) {
    if (block.kind === 'table') walk(block.items);
    else appendAll(lines, block.segments.map((s) => s.line));
  }
  return lines;
}

/**
 * The plain text of blocks as units of text with the line each character came from, so that matches
 * of glossary terms and keywords can be traced back to a seed line even across joined lines.
 */
export function textUnits(blocks: readonly Block[]): { text: string; lineAt: (offset: number) => number }[] {
  const units: { text: string; lineAt: (offset: number) => number }[] = [];
  const walk = (items: readonly TableItem[]): void => {
    for (const item of items) {
      units.push({ text: plain(item.text), lineAt: () => item.line });
      walk(item.children);
    }
  };
  for (const block of blocks) {
    if (block.kind === 'table') {
      walk(block.items);
      continue;
    }
    const starts: number[] = [];
    let text = '';
    for (const segment of block.segments) {
      if (text) text += ' ';
      starts.push(text.length);
      text += plain(segment.text);
    }
    const segments = block.segments;
    units.push({
      text,
      lineAt: (offset) => {
        let index = 0;
        while (index + 1 < starts.length && starts[index + 1]! <= offset) index++;
        return segments[index]!.line;
      },
    });
  }
  return units;
}
