/** Formatting helpers for the benchmark's Markdown tables. */

/** A Markdown table from a header and rows (cells already strings); numeric-looking columns right-aligned. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const numeric = header.map((_, c) => rows.length > 0 && rows.every((r) => /^[-–\d.,\s%×~<>()/]+$|^$|^—$/.test(r[c] ?? '')));
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map((_, c) => (numeric[c] ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
  return lines.join('\n');
}

/** Bytes as KB/MB with one or two decimals (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—';
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${(bytes / 1024 / 1024 / 1024).toFixed(2)} GB`;
}

/** Milliseconds as seconds with two decimals. */
export function seconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '—';
}
