import { IngestError } from './errors';
import type { Manifest, ManifestDocument } from './manifest';

/**
 * Finds, for each entry of a document, the documents it cites: the manifest declares per cited
 * document the phrases that name it. A declared citation that never occurs, or that names a
 * document the manifest does not have, is a manifest mistake.
 */
export function findCitations(
  doc: ManifestDocument,
  texts: ReadonlyMap<string, string>,
  manifest: Manifest,
): { byEntry: Map<string, string[]>; document: string[] } {
  const index = manifest.documents.indexOf(doc);
  const byEntry = new Map<string, string[]>();
  for (const [key, text] of texts) {
    byEntry.set(key, doc.cites.filter((c) => c.phrases.some((phrase) => text.includes(phrase))).map((c) => c.document));
  }
  doc.cites.forEach((citation, i) => {
    if (!manifest.documents.some((d) => d.key === citation.document)) {
      throw new IngestError({
        file: manifest.file,
        line: manifest.lineOf(['documents', index, 'cites', i, 'document']),
        problem: `"${citation.document}" is not a document of the manifest`,
        fix: 'cite the key of a document listed in the manifest',
      });
    }
    if (![...byEntry.values()].some((cited) => cited.includes(citation.document))) {
      throw new IngestError({
        file: manifest.file,
        line: manifest.lineOf(['documents', index, 'cites', i]),
        problem: `none of the citation phrases for "${citation.document}" occurs in ${doc.file}`,
        fix: 'copy the phrase exactly as the text writes it, or remove the citation',
      });
    }
  });
  return { byEntry, document: doc.cites.map((c) => c.document) };
}
