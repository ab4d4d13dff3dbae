/**
 * A small, strict RFC 4180 parser for the tests: fields separated by commas, records by CRLF, quoted
 * fields may hold commas, CR, LF and doubled quotes. Throws on a malformed file rather than guessing.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let atFieldStart = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r') throw new Error(`CSV: text after a closing quote at ${i}`);
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"') {
      if (!atFieldStart) throw new Error(`CSV: quote inside an unquoted field at ${i}`);
      quoted = true;
      atFieldStart = false;
      i += 1;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      atFieldStart = true;
      i += 1;
    } else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CSV: CR without LF at ${i}`);
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      atFieldStart = true;
      i += 2;
    } else if (ch === '\n') {
      throw new Error(`CSV: bare LF outside quotes at ${i} (records end with CRLF)`);
    } else {
      field += ch;
      atFieldStart = false;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: unterminated quoted field');
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
