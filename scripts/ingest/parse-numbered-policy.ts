import { cleanLines, endsClause, splitBullet, type CleanLine } from './clean-text';
import { IngestError } from './errors';
import type { LineOf, NumberedPolicyDocument } from './manifest';
import { plain, type Block, type ParsedDocument, type ParsedEntry } from './model';
import type { Seed } from './read-seed';

/** Where a parser reports manifest problems. */
export interface ManifestContext {
  file: string;
  lineOf: LineOf;
  /** Index of the document in the manifest's `documents` list. */
  index: number;
}

/**
 * Parses prose numbered `1 Title` / `(1)` / `(a)` / `(i)`: chapters, subsections and list items come
 * from the numbering alone; the manifest only says which chapters hold measures, may name numbered
 * paragraphs that have no heading of their own, and may mark where a closing block (text about the
 * whole document, after its last numbered part) begins.
 */
export function parseNumberedPolicy(seed: Seed, doc: NumberedPolicyDocument, manifest: ManifestContext): ParsedDocument {
  const walk = new NumberedWalk(seed, doc, manifest);
  for (const cleanLine of cleanLines(seed.lines, doc.strays)) walk.read(cleanLine);
  if (doc.closing && !walk.closing) {
    throw new IngestError({
      file: manifest.file,
      line: manifest.lineOf(['documents', manifest.index, 'closing', 'match']),
      problem: `closing.match: no line of ${seed.file} starts with "${doc.closing.match}"`,
      fix: 'copy the start of the closing block\'s first line exactly (after leading spaces and "- ")',
    });
  }
  checkManifestRefs(doc, walk.entries, manifest);
  return { cover: walk.cover, coverLines: walk.coverLines, entries: walk.entries };
}

/** A cleaned line with its text split from its bullet, as each line handler receives it. */
interface TextLine {
  line: number;
  text: string;
  indented: boolean;
  bullet: boolean;
  rest: string;
}

/**
 * The walk through one numbered seed: the chapter, subsection and entry that lines flow into, and the
 * handlers that decide, in order, what a line is (the closing block's first line, a chapter, a
 * subsection "(1)", a lettered item "(a)", or text).
 */
class NumberedWalk {
  readonly cover: Block[] = [];
  readonly coverLines: number[] = [];
  readonly entries: ParsedEntry[] = [];
  /** The closing block, once its first line is found: every later line is its text. */
  closing: ParsedEntry | undefined;
  private readonly seen = new Map<string, number>();
  private chapter: ParsedEntry | undefined;
  private subsection: ParsedEntry | undefined;
  private current: ParsedEntry | undefined;
  private measureChapter = false;
  private nextLetter = 'a';
  private blank = true;

  /** What a text line can be, tried in this order; the first handler that takes the line wins. */
  private readonly handlers: readonly ((line: TextLine) => boolean)[] = [
    (line) => this.takeClosingStart(line),
    (line) => this.takeChapter(line),
    (line) => this.takeSubsection(line),
    (line) => this.takeLetteredItem(line),
    (line) => this.takeText(line),
  ];

  constructor(
    private readonly seed: Seed,
    private readonly doc: NumberedPolicyDocument,
    private readonly manifest: ManifestContext,
  ) {}

  /** Reads one cleaned line of the seed. */
  read({ line, text, indented }: CleanLine): void {
    if (text === null) {
      this.blank = true;
      return;
    }
    const textLine: TextLine = { line, text, indented, ...splitBullet(text) };
    this.handlers.some((handle) => handle(textLine));
    this.blank = false;
  }

  private takeClosingStart({ line, text, rest }: TextLine): boolean {
    const spec = this.doc.closing;
    if (this.closing || !spec || !(plain(text).startsWith(spec.match) || plain(rest).startsWith(spec.match))) return false;
    this.current = this.closing = this.openClosing(spec, rest, line);
    this.chapter = this.subsection = undefined;
    return true;
  }

  private takeChapter({ line, rest, bullet, indented }: TextLine): boolean {
    // Inside the closing block numbering opens nothing: the block runs to the end of the text.
    const match = this.closing ? null : /^(\d{1,2})\s+(\S.*)$/.exec(rest);
    if (!match || bullet || indented || endsClause(match[2]!)) return false;
    this.measureChapter = this.doc.measureChapters.includes(match[1]!);
    this.chapter = this.current = this.open(undefined, match[1]!, match[1]!, match[2]!, line);
    this.subsection = undefined;
    return true;
  }

  private takeSubsection({ line, rest }: TextLine): boolean {
    const numbered = /^\((\d{1,2})\)\s+(\S.*)$/.exec(rest);
    if (!numbered || !this.chapter) return false;
    this.subsection = this.current = this.open(this.chapter, numbered[1]!, `(${numbered[1]})`, numbered[2]!, line);
    this.nextLetter = 'a';
    return true;
  }

  private takeLetteredItem({ line, rest }: TextLine): boolean {
    const lettered = /^\(([a-z])\)\s+(\S.*)$/.exec(rest);
    // "(i)" is a letter only when the lettered sequence has reached "i"; otherwise it starts a roman list.
    if (!lettered || !this.subsection || (isRoman(rest) && lettered[1] !== this.nextLetter)) return false;
    this.current = this.open(this.subsection, lettered[1]!, `(${lettered[1]})`, lettered[2]!, line);
    this.nextLetter = String.fromCharCode(lettered[1]!.charCodeAt(0) + 1);
    return true;
  }

  /** Text of the entry opened last, or of the cover: a cover line, a bullet, a paragraph's continuation, or a paragraph. */
  private takeText({ line, text, bullet, rest }: TextLine): boolean {
    const target = this.current ? this.current.blocks : this.cover;
    (this.current ? this.current.lines : this.coverLines).push(line);
    const last = target.at(-1);
    if (!this.current) {
      // The cover keeps its line breaks: title lines, date and approval are separate lines in print.
      if (last?.kind === 'paragraph' && !this.blank) last.segments.push({ line, text });
      else target.push({ kind: 'paragraph', segments: [{ line, text }], hardBreaks: true });
    } else if (bullet || isRoman(rest)) {
      target.push({ kind: 'bullet', depth: 0, segments: [{ line, text: rest }] });
    } else if (last && last.kind !== 'table' && !endsClause(last.segments.at(-1)!.text)) {
      // A paragraph cut mid-sentence by a page break continues here.
      last.segments.push({ line, text });
    } else {
      target.push({ kind: 'paragraph', segments: [{ line, text }] });
    }
    return true;
  }

  private openClosing(spec: NonNullable<NumberedPolicyDocument['closing']>, text: string, line: number): ParsedEntry {
    const key = `${this.doc.key}/${spec.key}`;
    if (this.seen.has(key)) {
      throw new IngestError({
        file: this.manifest.file,
        line: this.manifest.lineOf(['documents', this.manifest.index, 'closing', 'key']),
        problem: `closing.key "${spec.key}" makes the key "${key}", which the numbered part on line ${this.seen.get(key)} of ${this.seed.file} already has`,
        fix: 'give the closing block a key that is not a number of the document (such as a word)',
      });
    }
    this.seen.set(key, line);
    const entry: ParsedEntry = {
      collection: 'sections',
      key,
      number: undefined,
      // With a title from the manifest the line is text; without one it is the block's heading.
      title: spec.title ?? plain(text),
      titleFrom: spec.title ? 'manifest' : 'text',
      kind: 'other',
      blocks: spec.title ? [{ kind: 'paragraph', segments: [{ line, text }] }] : [],
      lines: [line],
    };
    this.entries.push(entry);
    return entry;
  }

  private open(parent: ParsedEntry | undefined, segment: string, number: string, text: string, line: number): ParsedEntry {
    const relative = parent ? `${parent.key.slice(this.doc.key.length + 1)}/${segment}` : segment;
    const key = `${this.doc.key}/${relative}`;
    if (this.seen.has(key)) {
      throw new IngestError({
        file: this.seed.file,
        line,
        problem: `the numbering "${number}" repeats (first on line ${this.seen.get(key)}), so the key "${key}" would be used twice`,
        fix: 'each number may appear once per level; check the seed for a repeated or mis-extracted number',
      });
    }
    this.seen.set(key, line);
    // A numbered paragraph (a full sentence after the number) has no heading: its text is body, and its
    // name is its number and place (never words taken from the text), unless the manifest names it.
    const isParagraph = parent !== undefined && endsClause(text);
    const manifestTitle = this.doc.titles[relative];
    const entry: ParsedEntry = {
      collection: this.measureChapter && parent ? 'measures' : 'sections',
      key,
      parent: parent?.key,
      number,
      title: manifestTitle ?? (isParagraph ? '' : plain(text)),
      titleFrom: manifestTitle ? 'manifest' : isParagraph ? 'none' : 'text',
      kind: parent ? 'subsection' : 'chapter',
      blocks: isParagraph ? [{ kind: 'paragraph', segments: [{ line, text }] }] : [],
      lines: [line],
    };
    this.entries.push(entry);
    return entry;
  }
}

/** A line that starts a roman-numbered list item "(i)", "(ii)", …. */
function isRoman(rest: string): boolean {
  return /^\(([ivxlc]+)\)\s+\S/.test(rest);
}

/** Manifest references to chapters or keys that the text does not have are mistakes worth stopping for. */
function checkManifestRefs(doc: NumberedPolicyDocument, entries: ParsedEntry[], manifest: ManifestContext): void {
  const keys = new Set(entries.map((e) => e.key.slice(doc.key.length + 1)));
  doc.measureChapters.forEach((number, i) => {
    if (!keys.has(number)) {
      throw new IngestError({
        file: manifest.file,
        line: manifest.lineOf(['documents', manifest.index, 'measureChapters', i]),
        problem: `measureChapters names chapter "${number}", which ${doc.file} does not have`,
        fix: `use a chapter number printed in ${doc.file} (a line "N Title")`,
      });
    }
  });
  for (const relative of Object.keys(doc.titles)) {
    if (!keys.has(relative)) {
      throw new IngestError({
        file: manifest.file,
        line: manifest.lineOf(['documents', manifest.index, 'titles', relative]),
        problem: `titles names "${relative}", which is not a numbered part of ${doc.file}`,
        fix: 'use a key relative to the document, such as "1/2"',
      });
    }
  }
}
