import { createHash } from 'node:crypto';
import { IngestError } from './errors';
import { readRegularFile } from './seed-files';

/** A seed text that passed validation, split into lines (index 0 is line 1). */
export interface Seed {
  /** The path used in messages and in `source.file` (the file name inside the seeds folder). */
  file: string;
  /** SHA-256 of the raw bytes, written into the document entry so stale content can be traced. */
  sha256: string;
  /** Lines without their end-of-line characters. */
  lines: string[];
}

/**
 * Reads a seed and refuses anything that is not a non-empty UTF-8 text in a regular file of at most
 * 20 MB: PDF extraction can leave binary or mis-encoded files, and parsing those would silently
 * produce garbage entries. `path` must already be confined to the seeds folder (`confinedPath`).
 */
export async function readSeed(path: string, displayName: string): Promise<Seed> {
  const bytes = await readRegularFile(path, displayName, {
    missing: 'the manifest names this seed file but it does not exist',
    missingFix: `copy the seed text to ${path}, or correct the \`file\` field of its document in the manifest`,
  });
  return decodeSeed(bytes, displayName);
}

/** The validation part of `readSeed`, separate so that tests can feed bytes directly. */
export function decodeSeed(bytes: Uint8Array, file: string): Seed {
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new IngestError({
      file,
      line: lineOfOffset(bytes, nul),
      problem: 'binary data (a NUL byte) in a seed text',
      fix: 'replace the file with the plain-text extraction of the document (UTF-8, no NUL bytes)',
    });
  }
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new IngestError({
      file,
      line: firstInvalidUtf8Line(bytes),
      problem: 'the seed is not valid UTF-8',
      fix: 're-save the file as UTF-8 (for example `iconv -f <encoding> -t UTF-8`)',
    });
  }
  if (text.trim() === '') {
    throw new IngestError({
      file,
      problem: 'the seed file is empty',
      fix: 'put the extracted text of the document into the file, or remove its entry from the manifest',
    });
  }
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    throw new IngestError({
      file,
      line: lineOfOffset(bytes, Buffer.byteLength(text.slice(0, loneCr.index))),
      problem: 'a carriage return (CR) that is not followed by LF: the file uses old Mac line endings, or has a stray CR',
      fix: 'convert the line endings to LF (for example `dos2unix -c mac <file>` or `tr "\\r" "\\n"`)',
    });
  }
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((line) => line.replace(/\r$/, ''));
  if (lines.at(-1) === '') lines.pop();
  return { file, sha256: createHash('sha256').update(bytes).digest('hex'), lines };
}

function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Decodes line by line so the message can point at the line a human must fix. */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
    line++;
  }
  return line;
}
