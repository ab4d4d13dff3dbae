import type { MeasureRecord } from './measureRecords';
import { edition } from '../edition';

/** Version of the data files' shape; raised when a field is renamed or removed. */
export const dataFormatVersion = 1;

/** `/data/measures.json`: a small header (format version, edition, language, count, documents), then every record. Pretty-printed, ending in a newline. */
export function measuresJson(records: readonly MeasureRecord[]): string {
  const documents = [...new Map(records.map((r) => [r.document, { key: r.document, title: r.documentTitle }])).values()];
  return `${JSON.stringify({ version: dataFormatVersion, edition, language: 'en', count: records.length, documents, measures: records }, null, 2)}\n`;
}

/** `/data/measures/<key>.json`: one record, the same object as in `measures` of `/data/measures.json`. */
export function measureJson(record: MeasureRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
