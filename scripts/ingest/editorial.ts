import { IngestError } from './errors';
import type { Manifest } from './manifest';

/**
 * Checks the manifest's cross-document facts against what ingest found: every editorial relation joins two
 * different entries that exist, the concordance names documents of the manifest, and a document's `term` is
 * in the glossary. The first mistake stops ingest with the manifest line.
 */
export function checkEditorial(manifest: Manifest, entryKeys: ReadonlySet<string>): void {
  const fail = (path: (string | number)[], problem: string, fix: string): never => {
    throw new IngestError({ file: manifest.file, line: manifest.lineOf(path), problem, fix });
  };
  manifest.relations.forEach((relation, i) => {
    for (const end of ['from', 'to'] as const) {
      if (!entryKeys.has(relation[end])) {
        fail(['relations', i, end], `"${relation[end]}" is no section or measure`, 'use the full key of an entry, document key first ("<document>/<part>/…"), as in content/');
      }
    }
    if (relation.from === relation.to) fail(['relations', i], `a relation of "${relation.from}" with itself`, 'relate two different entries');
  });
  const documents = new Set(manifest.documents.map((d) => d.key));
  const { concordance } = manifest;
  if (concordance) {
    if (!documents.has(concordance.frame)) fail(['concordance', 'frame'], `"${concordance.frame}" is not a document of the manifest`, 'name the key of a document listed under `documents`');
    concordance.mapped.forEach((key, i) => {
      if (!documents.has(key)) fail(['concordance', 'mapped', i], `"${key}" is not a document of the manifest`, 'name the key of a document listed under `documents`');
      if (key === concordance.frame) fail(['concordance', 'mapped', i], `"${key}" is the frame itself`, 'map other documents onto the frame');
    });
  }
  const terms = new Set(manifest.vocabulary.glossary.map((t) => t.key));
  manifest.documents.forEach((doc, i) => {
    if (doc.term !== undefined && !terms.has(doc.term)) {
      fail(['documents', i, 'term'], `"${doc.term}" is not a glossary term`, 'name the key of a term in the vocabulary\'s glossary, or remove `term`');
    }
  });
}
