/**
 * One error type for every bad input, so the CLI can print a single message that names the file,
 * the line and the fix, instead of a stack trace.
 */
export class IngestError extends Error {
  /** The file at fault, relative to the working directory where possible. */
  readonly file: string;
  /** 1-based line in `file`, when the problem has one. */
  readonly line: number | undefined;
  /** What to do about it, in one sentence. */
  readonly fix: string;

  constructor(options: { file: string; line?: number | undefined; problem: string; fix: string }) {
    super(options.problem);
    this.name = 'IngestError';
    this.file = options.file;
    this.line = options.line;
    this.fix = options.fix;
  }

  /** `file:line: problem` plus an indented fix line: the shape editors and CI logs link to. */
  format(): string {
    const where = this.line === undefined ? this.file : `${this.file}:${this.line}`;
    return `ingest: ${where}: ${this.message}\n  fix: ${this.fix}`;
  }
}

/** Narrowing helper for `catch` clauses. */
export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}
