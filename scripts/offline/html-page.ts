/** Escapes text for a double-quoted attribute value. */
export function escapeAttr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

/** Escapes text for element content. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Writes a start tag from attributes (boolean attributes without a value). */
export function startTag(name: string, attrs: ReadonlyArray<readonly [string, string]>): string {
  return `<${name}${attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`)).join('')}>`;
}

/** A replacement of `[start, end)` of the source text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies non-overlapping edits to a text. Insertions at the same offset keep the order they were added in.
 * Overlapping edits are a programming error and throw, naming the offsets.
 */
export function applyEdits(source: string, edits: readonly Edit[]): string {
  if (edits.length === 0) return source;
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.start - b.start || a.end - b.end || a.i - b.i);
  const parts: string[] = [];
  let pos = 0;
  for (const edit of sorted) {
    if (edit.start < pos) throw new Error(`Overlapping HTML edits at offset ${edit.start} (previous edit ended at ${pos}).`);
    parts.push(source.slice(pos, edit.start), edit.text);
    pos = edit.end;
  }
  parts.push(source.slice(pos));
  return parts.join('');
}
