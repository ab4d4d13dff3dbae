import type { Prng } from './prng';
import type { Prose } from './prose';

/** What a genre writer knows about the document it writes. */
export interface DocumentPlan {
  /** Position in the corpus (0-based); also the manifest's `order`. */
  index: number;
  key: string;
  file: string;
  title: string;
  shortTitle: string;
  issuer: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The date as printed, e.g. "December 14, 2021". */
  dateText: string;
  /** Earlier documents this one cites, by the phrase its text uses for them. */
  cites: { document: string; phrase: string }[];
  prng: Prng;
  prose: Prose;
}

/** A written synthetic document: its seed text and its manifest entry. */
export interface WrittenDocument {
  text: string;
  /** The manifest's `documents[]` item (genre-specific layout included). */
  manifest: Record<string, unknown>;
}

/** Seed text is lines; blank lines separate blocks as in the seeds. */
export class Lines {
  private readonly lines: string[] = [];

  /** Adds lines. */
  add(...lines: string[]): this {
    this.lines.push(...lines);
    return this;
  }

  /** Adds a block followed by a blank line. */
  block(...lines: string[]): this {
    this.lines.push(...lines, '');
    return this;
  }

  toString(): string {
    return `${this.lines.join('\n')}\n`;
  }
}

/** The sentence that cites another document (its phrase must occur verbatim in an entry's text). */
export function citingSentence(phrase: string): string {
  return `This builds on ${phrase}.`;
}

/** The manifest's `cites`, one per cited document. */
export function manifestCites(plan: DocumentPlan): { document: string; phrases: string[] }[] {
  return plan.cites.map((c) => ({ document: c.document, phrases: [c.phrase] }));
}

/** What differs between the genres in a document's manifest facts. */
export interface GenreFacts {
  genre: 'numbered-policy' | 'slide-overview';
  originalTitle: string;
  dateLabel: string;
  approvedBy?: string;
}

/** A document's manifest facts, in the manifest's field order; the genre's layout fields follow them. */
export function manifestFacts(plan: DocumentPlan, facts: GenreFacts) {
  return {
    key: plan.key,
    file: plan.file,
    title: plan.title,
    shortTitle: plan.shortTitle,
    originalTitle: facts.originalTitle,
    issuer: plan.issuer,
    ...(facts.approvedBy ? { approvedBy: facts.approvedBy } : {}),
    date: plan.date,
    dateLabel: facts.dateLabel,
    originalLanguage: 'ja',
    genre: facts.genre,
    order: plan.index,
    ...(plan.cites.length ? { cites: manifestCites(plan) } : {}),
  };
}
