import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { IngestError } from './errors';
import { manifestSchema, vocabularySchema, type EditorialRelation, type ManifestDocument, type Vocabulary } from './manifest-schema';

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
}

/** Loads `manifest.yaml` (and its vocabulary file) from a seeds folder, or throws an `IngestError`. */
export async function loadManifest(seedsDir: string, displayDir: string): Promise<Manifest> {
  const file = join(displayDir, 'manifest.yaml');
  const loaded = await loadYaml(join(seedsDir, 'manifest.yaml'), file, manifestSchema);
  let vocabulary: Vocabulary = vocabularySchema.parse({});
  const vocabularyRef = loaded.data.vocabulary;
  if (typeof vocabularyRef === 'string') {
    const vocabularyPath = join(dirname(join(seedsDir, 'manifest.yaml')), vocabularyRef);
    vocabulary = (await loadYaml(vocabularyPath, join(displayDir, vocabularyRef), vocabularySchema)).data;
  } else if (vocabularyRef) {
    vocabulary = vocabularyRef;
  }
  const seen = new Map<string, number>();
  loaded.data.documents.forEach((doc, index) => {
    if (seen.has(doc.key)) {
      throw new IngestError({
        file,
        line: loaded.lineOf(['documents', index, 'key']),
        problem: `duplicate document key "${doc.key}" (first used by document #${(seen.get(doc.key) ?? 0) + 1})`,
        fix: 'give every document in the manifest its own key',
      });
    }
    seen.set(doc.key, index);
  });
  return {
    file,
    documents: loaded.data.documents,
    vocabulary,
    concordance: loaded.data.concordance,
    relations: loaded.data.relations,
    lineOf: loaded.lineOf,
  };
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
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new IngestError({ file, problem: 'file not found', fix: `create ${file} (see docs of scripts/ingest)` });
  }
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
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    throw new IngestError({
      file,
      line: lineOf(path),
      problem: `manifest schema: ${path.length ? path.join('.') : '(root)'}: ${issue.message}`,
      fix: 'edit the value so it matches the manifest format described in scripts/ingest/README.md',
    });
  }
  return { data: result.data, lineOf };
}
