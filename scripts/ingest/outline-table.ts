import { cleanInline, type CleanLine } from './clean-text';
import { IngestError } from './errors';
import type { TablePiece, TableSpec } from './manifest';
import { plain, type TableItem } from './model';

/** Where table problems are reported. */
export interface TableContext {
  seedFile: string;
  manifestFile: string;
  manifestLine: number | undefined;
}

interface Cell {
  line: number;
  text: string;
}

/**
 * Rebuilds a table that extraction flattened into tab-separated, out-of-order cells. The manifest
 * gives the real structure as a tree of texts; this checks that the words of the cells (minus the
 * declared stray glyphs) are exactly the words of the tree, so no word is lost or invented.
 */
export function buildTable(lines: readonly CleanLine[], spec: TableSpec, context: TableContext): TableItem[] {
  if (lines.length === 0) {
    throw new IngestError({
      file: context.manifestFile,
      line: context.manifestLine,
      problem: 'this outline node declares a table, but no tab-separated lines follow its heading',
      fix: 'remove `table:` from the node, or move it to the node whose heading precedes the table',
    });
  }
  const strays = new Set(spec.strays.map((s) => plain(cleanInline(s)).trim()));
  const cells: Cell[] = [];
  for (const { line, raw } of lines) {
    for (const piece of raw.split('\t')) {
      const text = cleanInline(piece).trim();
      if (text && !strays.has(plain(text))) cells.push({ line, text });
    }
  }

  const available = new Map<string, number[]>();
  for (const cell of cells) {
    for (const word of words(cell.text)) available.set(word, [...(available.get(word) ?? []), cell.line]);
  }
  const walkPieces = (pieces: readonly TablePiece[], visit: (text: string) => void): void => {
    for (const piece of pieces) {
      if (typeof piece === 'string') visit(piece);
      else {
        visit(piece.text);
        walkPieces(piece.children ?? [], visit);
      }
    }
  };
  walkPieces(spec.tree, (text) => {
    for (const word of words(cleanInline(text))) {
      const left = available.get(word);
      if (!left?.length) {
        throw new IngestError({
          file: context.manifestFile,
          line: context.manifestLine,
          problem: `the table tree has the word "${word}" (in "${text}") more often than the table lines do`,
          fix: 'copy the cell texts into the tree exactly; every word of the table appears once in the tree',
        });
      }
      left.shift();
    }
  });
  for (const [word, left] of available) {
    if (left.length) {
      throw new IngestError({
        file: context.seedFile,
        line: left[0],
        problem: `the word "${word}" of this table line is not in the manifest's table tree`,
        fix: `add it to the table's \`tree\` in ${context.manifestFile} or, if it is decoration, its cell to \`strays\``,
      });
    }
  }

  const lineOf = (text: string): number => {
    const wanted = normalise(plain(text));
    const cell =
      cells.find((c) => normalise(plain(c.text)).includes(wanted)) ??
      cells.find((c) => words(c.text).includes(words(text)[0] ?? ''));
    return cell?.line ?? lines[0]!.line;
  };
  const toItems = (pieces: readonly TablePiece[]): TableItem[] =>
    pieces.map((piece) => {
      const text = typeof piece === 'string' ? piece : piece.text;
      const cleaned = cleanInline(text).trim();
      return {
        text: cleaned,
        header: typeof piece !== 'string' && piece.header === true,
        line: lineOf(cleaned),
        children: typeof piece === 'string' ? [] : toItems(piece.children ?? []),
      };
    });
  return toItems(spec.tree);
}

function words(text: string): string[] {
  return plain(text).split(/\s+/).filter(Boolean);
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
