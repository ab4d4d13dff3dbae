import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** What the extraction left in a seed text that the edition's pages repair, counted for the source view's note. */
export interface ExtractionMarks {
  /** LaTeX symbol commands for arrows and bullets (`\rightarrow`). */
  latexCommands: number;
  /** Underline tags of the PDF's emphasis (`<u>`, `</u>`). */
  underlineTags: number;
  /** Private-use characters: slide decoration glyphs. */
  decorationGlyphs: number;
  /** Lines holding nothing but white space. */
  blankLines: number;
}

/** A published seed text: its lines exactly as extracted, its hash and what the extraction left in it. */
export interface SourceText {
  /** The seed file's name. */
  file: string;
  /** SHA-256 of the file's bytes (hex). */
  sha256: string;
  /** Size of the file in bytes. */
  bytes: number;
  /** The file's text as published (the raw download serves it unchanged). */
  text: string;
  /** The lines, in order; line n is `lines[n - 1]`. */
  lines: string[];
  /** Counts for the note on what the extraction left behind. */
  marks: ExtractionMarks;
}

/** The folder the seed texts are read from: `SEEDS_DIR` (fixture and benchmark builds), else `seeds/`. */
export function seedsDir(): string {
  return resolve(process.env.SEEDS_DIR ?? 'seeds');
}

/**
 * Splits a text into lines exactly as ingest numbers them (scripts/ingest/read-seed.ts): a leading BOM
 * dropped, LF or CRLF, a final newline ending the last line — so "lines a–b" mean the same lines here.
 */
export function splitLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Counts what the PDF extraction left in the text (the patterns ingest's clean-up removes or turns into marks). */
export function extractionMarks(lines: readonly string[]): ExtractionMarks {
  const count = (pattern: RegExp) => lines.reduce((sum, line) => sum + (line.match(pattern)?.length ?? 0), 0);
  return {
    latexCommands: count(/\\[A-Za-z]+/g),
    underlineTags: count(/<\/?u>/g),
    decorationGlyphs: count(/[\uE000-\uF8FF]/g),
    blankLines: lines.filter((line) => line.trim() === '').length,
  };
}

const cache = new Map<string, SourceText>();

/**
 * Reads a seed text for publication and checks it is the text the content was ingested from: a SHA-256 that
 * differs from the document's `sourceSha256` means `content/` is stale, and the line numbers would lie.
 */
export function readSourceText(file: string, expectedSha256: string): SourceText {
  const path = resolve(seedsDir(), file);
  let source = cache.get(path);
  if (!source) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (error) {
      throw new Error(`Cannot read the seed text ${path} to publish it (${(error as Error).message}): set SEEDS_DIR to the folder of the seeds the content was ingested from.`);
    }
    const text = bytes.toString('utf8');
    const lines = splitLines(text);
    source = { file, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.length, text, lines, marks: extractionMarks(lines) };
    cache.set(path, source);
  }
  if (source.sha256 !== expectedSha256) {
    throw new Error(`${path} has SHA-256 ${source.sha256}, but the content was ingested from ${expectedSha256}: run \`npm run ingest\` so the published lines match the entries.`);
  }
  return source;
}
