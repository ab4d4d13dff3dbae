import { IngestError } from './errors';
import type { Manifest, ManifestDocument } from './manifest';

/**
 * Finds, for each entry of a document, what it cites: the manifest declares per cited document the
 * phrases that name it and, where the citing text names one, the cited part. An entry cites the part's
 * key when there is one, else the document's key. A declared citation that never occurs, that names a
 * document the manifest does not have, or a part the cited document does not have, is a manifest mistake.
 */
export function findCitations(
  doc: ManifestDocument,
  texts: ReadonlyMap<string, string>,
  manifest: Manifest,
  entryKeys: ReadonlySet<string>,
): { byEntry: Map<string, string[]>; document: string[] } {
  const index = manifest.documents.indexOf(doc);
  const targetOf = (citation: ManifestDocument['cites'][number]) =>
    citation.part === undefined ? citation.document : `${citation.document}/${citation.part}`;
  const byEntry = new Map<string, string[]>();
  for (const [key, text] of texts) {
    const cited = doc.cites.filter((c) => c.phrases.some((phrase) => text.includes(phrase))).map(targetOf);
    byEntry.set(key, [...new Set(cited)]);
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
    if (citation.part !== undefined && !entryKeys.has(targetOf(citation))) {
      throw new IngestError({
        file: manifest.file,
        line: manifest.lineOf(['documents', index, 'cites', i, 'part']),
        problem: `"${citation.part}" is no section or measure of "${citation.document}"`,
        fix: `write the key of a section or measure of "${citation.document}" without the "${citation.document}/" in front, or remove \`part\``,
      });
    }
    if (![...byEntry.values()].some((cited) => cited.includes(targetOf(citation)))) {
      throw new IngestError({
        file: manifest.file,
        line: manifest.lineOf(['documents', index, 'cites', i]),
        problem: `none of the citation phrases for "${citation.document}" occurs in ${doc.file}`,
        fix: 'copy the phrase exactly as the text writes it, or remove the citation',
      });
    }
  });
  return { byEntry, document: [...new Set(doc.cites.map((c) => c.document))] };
}
