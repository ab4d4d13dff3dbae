import type { MeasureRecord } from './measureRecords';

/** Byte order mark: lets Excel recognise the file as UTF-8 and show Japanese correctly. */
export const utf8Bom = '\uFEFF';

/** Separator for list values inside one CSV field. */
export const listSeparator = ';';

/** The CSV columns, in order: a header name and how to read it from a record. */
export const measureCsvColumns: readonly (readonly [string, (r: MeasureRecord) => string | number | null])[] = [
  ['key', (r) => r.key],
  ['document', (r) => r.document],
  ['number', (r) => r.number],
  ['title', (r) => r.title],
  ['direction', (r) => r.direction],
  ['direction_title', (r) => r.directionTitle],
  ['group', (r) => r.group],
  ['group_title', (r) => r.groupTitle],
  ['parent', (r) => r.parent],
  ['order', (r) => r.order],
  ['actors', (r) => r.actors.join(listSeparator)],
  ['topics', (r) => r.topics.join(listSeparator)],
  ['terms', (r) => r.terms.join(listSeparator)],
  ['related', (r) => r.related.join(listSeparator)],
  ['cites', (r) => r.cites.join(listSeparator)],
  ['source_file', (r) => r.source.file],
  ['source_start_line', (r) => r.source.startLine],
  ['source_end_line', (r) => r.source.endLine],
  ['url', (r) => r.url],
  ['text', (r) => r.text],
  ['edition_version', (r) => r.edition.version],
  ['edition_date', (r) => r.edition.date],
];

/** First characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const formulaStart = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `@SUM`, a leading tab or CR)
 * gets a leading apostrophe, as OWASP recommends for CSV exports: the sheet shows the text and runs
 * nothing. Numbers are written as numbers; the JSON data files keep every value exact.
 */
export function neutraliseFormula(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/**
 * One field: a text cell neutralised against formula injection, then quoted as RFC 4180 asks (in double
 * quotes, inner quotes doubled) when it holds `,`, `"`, CR or LF.
 */
export function csvField(value: string | number | null): string {
  const text = value === null ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as RFC 4180 CSV: CRLF after every record, including the last. */
export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}

/** The measures as CSV with a header row, UTF-8 with a byte order mark. */
export function measuresToCsv(records: readonly MeasureRecord[]): string {
  const header = measureCsvColumns.map(([name]) => name);
  const rows = records.map((r) => measureCsvColumns.map(([, read]) => read(r)));
  return utf8Bom + toCsv([header, ...rows]);
}
