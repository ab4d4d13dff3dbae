import { join } from 'node:path';
import { LineCounter, isNode, parseDocument, visit } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError } from './errors';
import { manifestSchema, vocabularySchema, type EditorialRelation, type ManifestDocument, type Vocabulary } from './manifest-schema';
import { confinedPath, readRegularFile } from './seed-files';

export type {
  EditorialRelation,
  ManifestDocument,
  NumberedPolicyDocument,
  OutlineNode,
  SlideOverviewDocument,
  TablePiece,
  TableSpec,
  Vocabulary,
} from './manifest-schema';

/** Maps a YAML path to the line it was written on, so later errors can point into the manifest. */
export type LineOf = (path: readonly (string | number)[]) => number | undefined;

/** A loaded, validated manifest. */
export interface Manifest {
  /** The manifest file, as named in messages. */
  file: string;
  documents: ManifestDocument[];
  vocabulary: Vocabulary;
  /** The frame document and the documents mapped onto it, when the manifest declares them. */
  concordance?: { frame: string; mapped: string[] } | undefined;
  /** Editorial relations between entries. */
  relations: EditorialRelation[];
  /** Line lookup inside the manifest file. */
  lineOf: LineOf;
  /** Where the vocabulary was written: its own file, or the manifest (inline), with paths from its root. */
  vocabularySource: { file: string; lineOf: LineOf };
}

/** Loads `manifest.yaml` (and its vocabulary file) from a seeds folder, or throws an `IngestError`. */
export async function loadManifest(seedsDir: string, displayDir: string): Promise<Manifest> {
  const file = join(displayDir, 'manifest.yaml');
  const loaded = await loadYaml(await confinedPath(seedsDir, 'manifest.yaml', { file }), file, manifestSchema);
  let vocabulary: Vocabulary = vocabularySchema.parse({});
  let vocabularySource = { file, lineOf: ((path) => loaded.lineOf(['vocabulary', ...path])) as LineOf };
  const vocabularyRef = loaded.data.vocabulary;
  if (typeof vocabularyRef === 'string') {
    const vocabularyPath = await confinedPath(seedsDir, vocabularyRef, { file, line: loaded.lineOf(['vocabulary']) });
    const vocabularyFile = join(displayDir, vocabularyRef);
    const vocabularyLoaded = await loadYaml(vocabularyPath, vocabularyFile, vocabularySchema);
    vocabulary = vocabularyLoaded.data;
    vocabularySource = { file: vocabularyFile, lineOf: vocabularyLoaded.lineOf };
  } else if (vocabularyRef) {
    vocabulary = vocabularyRef;
  }
  refuseDuplicateKeys(loaded.data.documents, 'documents', 'document', { file, lineOf: loaded.lineOf });
  refuseDuplicateKeys(vocabulary.glossary, 'glossary', 'glossary', vocabularySource);
  refuseDuplicateKeys(vocabulary.topics, 'topics', 'topic', vocabularySource);
  return {
    file,
    documents: loaded.data.documents,
    vocabulary,
    concordance: loaded.data.concordance,
    relations: loaded.data.relations,
    lineOf: loaded.lineOf,
    vocabularySource,
  };
}

/** Two entries with one key would overwrite each other's output file: name the second one's line. */
function refuseDuplicateKeys(
  items: readonly { key: string }[],
  listName: string,
  noun: string,
  source: { file: string; lineOf: LineOf },
): void {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.key);
    if (first !== undefined) {
      throw new IngestError({
        file: source.file,
        line: source.lineOf([listName, index, 'key']),
        problem: `duplicate ${noun} key "${item.key}" (first used by ${noun} #${first + 1}${lineNote(source.lineOf([listName, first, 'key']))})`,
        fix: `give every ${noun} in ${source.file} its own key`,
      });
    }
    seen.set(item.key, index);
  });
}

function lineNote(line: number | undefined): string {
  return line === undefined ? '' : `, line ${line}`;
}

/**
 * Parses a YAML file keeping node positions, validates it with `schema` and turns the first
 * syntax error or schema issue into an `IngestError` with the line where it is.
 */
export async function loadYaml<S extends z.ZodType>(
  path: string,
  file: string,
  schema: S,
): Promise<{ data: z.output<S>; lineOf: LineOf }> {
  const bytes = await readRegularFile(path, file, { missing: 'file not found', missingFix: `create ${file} (see docs of scripts/ingest)` });
  const text = decodeYamlText(bytes, file);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    throw new IngestError({
      file,
      line: lineCounter.linePos(syntaxError.pos[0]).line,
      problem: `YAML syntax error: ${syntaxError.message.split('\n')[0]}`,
      fix: 'correct the YAML at that line (indentation, a missing ":" or an unclosed quote)',
    });
  }
  const lineOf: LineOf = (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const result = schema.safeParse(toPlainData(doc, file, lineCounter));
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    // A misspelt or unknown field is named by its own line, not by the first line of the map holding it.
    const at = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
    throw new IngestError({
      file,
      line: lineOf(at),
      problem: `manifest schema: ${path.length ? path.join('.') : '(root)'}: ${issue.message}`,
      fix: 'edit the value so it matches the manifest format described in scripts/ingest/README.md',
    });
  }
  return { data: result.data, lineOf };
}

/** YAML text must be UTF-8; a lone CR would make the parser see one long line and blame the wrong place. */
function decodeYamlText(bytes: Uint8Array, file: string): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IngestError({ file, problem: 'the file is not valid UTF-8', fix: 're-save the file as UTF-8' });
  }
  const loneCr = /\r(?!\n)/.exec(text);
  if (loneCr) {
    throw new IngestError({
      file,
      line: text.slice(0, loneCr.index).split('\n').length,
      problem: 'a carriage return (CR) that is not followed by LF (old Mac line endings or a stray CR)',
      fix: 'convert the line endings to LF',
    });
  }
  return text;
}

/**
 * The document as plain data. The `yaml` library refuses to expand aliases past a limit (a "billion
 * laughs" alias bomb would otherwise take all memory); that refusal is bad input, not a bug.
 */
function toPlainData(doc: ReturnType<typeof parseDocument>, file: string, lineCounter: LineCounter): unknown {
  try {
    return doc.toJS();
  } catch (error) {
    let firstAlias: { offset: number; source: string } | undefined;
    visit(doc, {
      Alias(_, node) {
        firstAlias = { offset: node.range?.[0] ?? 0, source: node.source };
        return visit.BREAK;
      },
    });
    throw new IngestError({
      file,
      line: firstAlias ? lineCounter.linePos(firstAlias.offset).line : undefined,
      problem: `YAML aliases expand too far (${(error as Error).message.split('\n')[0]})${firstAlias ? `; first alias *${firstAlias.source}` : ''}`,
      fix: 'write the values out instead of nesting aliases (`*name`) that repeat each other',
    });
  }
}
