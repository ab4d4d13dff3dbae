import { cleanLines, endsClause, splitBullet } from './clean-text';
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
  const cover: Block[] = [];
  const coverLines: number[] = [];
  const entries: ParsedEntry[] = [];
  const seen = new Map<string, number>();
  let chapter: ParsedEntry | undefined;
  let subsection: ParsedEntry | undefined;
  let current: ParsedEntry | undefined;
  /** The closing block, once its first line is found: every later line is its text. */
  let closing: ParsedEntry | undefined;
  let measureChapter = false;
  let nextLetter = 'a';
  let blank = true;

  const openClosing = (spec: NonNullable<NumberedPolicyDocument['closing']>, text: string, line: number): ParsedEntry => {
    const key = `${doc.key}/${spec.key}`;
    if (seen.has(key)) {
      throw new IngestError({
        file: manifest.file,
        line: manifest.lineOf(['documents', manifest.index, 'closing', 'key']),
        problem: `closing.key "${spec.key}" makes the key "${key}", which the numbered part on line ${seen.get(key)} of ${seed.file} already has`,
        fix: 'give the closing block a key that is not a number of the document (such as a word)',
      });
    }
    seen.set(key, line);
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
    entries.push(entry);
    return entry;
  };

  const open = (parent: ParsedEntry | undefined, segment: string, number: string, text: string, line: number): ParsedEntry => {
    const relative = parent ? `${parent.key.slice(doc.key.length + 1)}/${segment}` : segment;
    const key = `${doc.key}/${relative}`;
    if (seen.has(key)) {
      throw new IngestError({
        file: seed.file,
        line,
        problem: `the numbering "${number}" repeats (first on line ${seen.get(key)}), so the key "${key}" would be used twice`,
        fix: 'each number may appear once per level; check the seed for a repeated or mis-extracted number',
      });
    }
    seen.set(key, line);
    // A numbered paragraph (a full sentence after the number) has no heading: its text is body, and its
    // name is its number and place (never words taken from the text), unless the manifest names it.
    const isParagraph = parent !== undefined && endsClause(text);
    const manifestTitle = doc.titles[relative];
    const entry: ParsedEntry = {
      collection: measureChapter && parent ? 'measures' : 'sections',
      key,
      parent: parent?.key,
      number,
      title: manifestTitle ?? (isParagraph ? '' : plain(text)),
      titleFrom: manifestTitle ? 'manifest' : isParagraph ? 'none' : 'text',
      kind: parent ? 'subsection' : 'chapter',
      blocks: isParagraph ? [{ kind: 'paragraph', segments: [{ line, text }] }] : [],
      lines: [line],
    };
    entries.push(entry);
    return entry;
  };

  for (const { line, text, indented } of cleanLines(seed.lines, doc.strays)) {
    if (text === null) {
      blank = true;
      continue;
    }
    const { bullet, rest } = splitBullet(text);
    if (!closing && doc.closing && (plain(text).startsWith(doc.closing.match) || plain(rest).startsWith(doc.closing.match))) {
      current = closing = openClosing(doc.closing, rest, line);
      chapter = subsection = undefined;
      blank = false;
      continue;
    }
    // Inside the closing block numbering opens nothing: the block runs to the end of the text.
    const chapterMatch = closing ? null : /^(\d{1,2})\s+(\S.*)$/.exec(rest);
    if (chapterMatch && !bullet && !indented && !endsClause(chapterMatch[2]!)) {
      measureChapter = doc.measureChapters.includes(chapterMatch[1]!);
      chapter = current = open(undefined, chapterMatch[1]!, chapterMatch[1]!, chapterMatch[2]!, line);
      subsection = undefined;
      blank = false;
      continue;
    }
    const numbered = /^\((\d{1,2})\)\s+(\S.*)$/.exec(rest);
    if (numbered && chapter) {
      subsection = current = open(chapter, numbered[1]!, `(${numbered[1]})`, numbered[2]!, line);
      nextLetter = 'a';
      blank = false;
      continue;
    }
    const lettered = /^\(([a-z])\)\s+(\S.*)$/.exec(rest);
    const roman = /^\(([ivxlc]+)\)\s+\S/.test(rest);
    // "(i)" is a letter only when the lettered sequence has reached "i"; otherwise it starts a roman list.
    if (lettered && subsection && (!roman || lettered[1] === nextLetter)) {
      current = open(subsection, lettered[1]!, `(${lettered[1]})`, lettered[2]!, line);
      nextLetter = String.fromCharCode(lettered[1]!.charCodeAt(0) + 1);
      blank = false;
      continue;
    }
    const target = current ? current.blocks : cover;
    (current ? current.lines : coverLines).push(line);
    const last = target.at(-1);
    if (!current) {
      // The cover keeps its line breaks: title lines, date and approval are separate lines in print.
      if (last?.kind === 'paragraph' && !blank) last.segments.push({ line, text });
      else target.push({ kind: 'paragraph', segments: [{ line, text }], hardBreaks: true });
    } else if (bullet || roman) {
      target.push({ kind: 'bullet', depth: 0, segments: [{ line, text: rest }] });
    } else if (last && last.kind !== 'table' && !endsClause(last.segments.at(-1)!.text)) {
      // A paragraph cut mid-sentence by a page break continues here.
      last.segments.push({ line, text });
    } else {
      target.push({ kind: 'paragraph', segments: [{ line, text }] });
    }
    blank = false;
  }

  if (doc.closing && !closing) {
    throw new IngestError({
      file: manifest.file,
      line: manifest.lineOf(['documents', manifest.index, 'closing', 'match']),
      problem: `closing.match: no line of ${seed.file} starts with "${doc.closing.match}"`,
      fix: 'copy the start of the closing block\'s first line exactly (after leading spaces and "- ")',
    });
  }
  checkManifestRefs(doc, entries, manifest);
  return { cover, coverLines, entries };
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
