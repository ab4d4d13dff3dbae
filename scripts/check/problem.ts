/** One thing wrong with the built site, reported as one line. */
export interface Problem {
  /** The file in dist, `/`-separated and relative to it (`en/measures/index.html`). */
  file: string;
  /** 1-based line in that file, 0 when the problem is not tied to a line. */
  line: number;
  /** The check that found it (`links`, `anchors`, `lang`, …), so a reader can grep one kind. */
  check: string;
  /** What is wrong, with the offending value, and what was expected. */
  message: string;
}

/** `file:line: [check] message` — the one-line form printed by the CLI and shown by tests. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line > 0 ? `:${p.line}` : ''}: [${p.check}] ${p.message}`;
}
