import type { LocDocument, SiteModel } from './siteModel';
import { readSourceText, type SourceText } from './sourceText';
import { lineRangeId } from './urls';

/** What a document's source-text page shows. */
export interface SourceView {
  /** The document, in the page language. */
  document: LocDocument;
  /** The seed text, checked against the content's SHA-256. */
  source: SourceText;
  /**
   * The range anchors (`L37-L44`) to place before each line, by line number: one for every multi-line range an
   * entry page links to, so the link lands on the range's first line even where no script highlights it.
   */
  rangeAnchors: Map<number, string[]>;
}

/** Shapes the source-text page of one document; throws with the key when it does not exist. */
export function sourceView(site: SiteModel, docKey: string): SourceView {
  const document = site.documentsByKey.get(docKey);
  if (!document) throw new Error(`No document "${docKey}" in the ${site.lang} site model.`);
  const data = document.entry.data;
  const source = readSourceText(data.source.file, data.sourceSha256);
  const ranges = [data.source, ...(site.byDocument.get(docKey) ?? []).map((item) => item.data.source)];
  const rangeAnchors = new Map<number, string[]>();
  for (const range of ranges) {
    if (range.endLine > source.lines.length) {
      throw new Error(`${data.source.file} has ${source.lines.length} lines, but an entry of "${docKey}" names lines ${range.startLine}–${range.endLine}: run \`npm run ingest\`.`);
    }
    if (range.startLine === range.endLine) continue;
    const id = lineRangeId(range.startLine, range.endLine);
    const list = rangeAnchors.get(range.startLine) ?? [];
    if (!list.includes(id)) list.push(id);
    rangeAnchors.set(range.startLine, list);
  }
  return { document, source, rangeAnchors };
}
