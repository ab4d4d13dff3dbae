/** A mention of a glossary term: the entry and the seed line. */
export interface Mention {
  /** Key of the section, measure or document. */
  entry: string;
  /** Seed line. */
  line: number;
}

/** Mentions grouped by entry (first-mention order), with their lines in ascending order. */
export function groupMentions(mentions: readonly Mention[]): { entry: string; lines: number[] }[] {
  const byEntry = new Map<string, number[]>();
  for (const { entry, line } of mentions) {
    const lines = byEntry.get(entry) ?? [];
    if (!lines.includes(line)) lines.push(line);
    byEntry.set(entry, lines);
  }
  return [...byEntry].map(([entry, lines]) => ({ entry, lines: lines.sort((a, b) => a - b) }));
}
