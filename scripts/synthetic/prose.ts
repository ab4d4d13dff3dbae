import type { Prng } from './prng';
import type { TextModel } from './text-model';
import type { VocabularyWords } from './vocabulary';

/**
 * Writes the body lines of one synthetic document: sentences from the text model, with the
 * document's focus terms and topic keywords woven in (so glossary marks, topics and related entries
 * exist across documents) and, now and then, an underlined span as the seeds' `<u>` extraction has it.
 * A line never starts with an outline anchor of the document (`avoid`), so it cannot open a node.
 */
export class Prose {
  private readonly terms: string[];
  private readonly keywords: string[];
  private readonly avoid: string[] = [];

  constructor(
    private readonly prng: Prng,
    private readonly model: TextModel,
    private readonly vocabulary: VocabularyWords,
  ) {
    this.terms = prng.sample(vocabulary.terms, 5);
    const topics = prng.sample(vocabulary.topics, 3);
    this.keywords = topics.flatMap((t) => t.keywords);
  }

  /** Anchors (outline `match` texts) that no body line may start with. */
  reserve(...anchors: string[]): void {
    this.avoid.push(...anchors);
  }

  /** A heading from the seeds' words. */
  title(min = 3, max = 8): string {
    return this.model.title(this.prng, min, max);
  }

  /** One sentence, safe to start a line with. */
  sentence(min = 8, max = 36): string {
    for (;;) {
      const text = this.model.sentence(this.prng, min, max);
      if (!this.avoid.some((anchor) => text.startsWith(anchor))) return text;
    }
  }

  /** A paragraph of `min`–`max` sentences on one line. */
  paragraph(min: number, max: number): string {
    const sentences: string[] = [];
    const count = this.prng.int(min, max);
    for (let i = 0; i < count; i++) {
      sentences.push(this.sentence());
      if (this.prng.chance(0.3)) sentences.push(this.woven());
    }
    return this.underline(sentences.join(' '));
  }

  /** A short bullet text (one sentence, sometimes two). */
  bullet(): string {
    const text = this.prng.chance(0.25) ? `${this.sentence(6, 24)} ${this.woven()}` : this.sentence(6, 28);
    return this.underline(text);
  }

  /** A sentence naming one of the document's focus terms and topic keywords. */
  woven(): string {
    const term = this.prng.pick(this.terms);
    const keyword = this.prng.pick(this.keywords);
    const actor = this.prng.pick(this.vocabulary.actors);
    switch (this.prng.int(0, 3)) {
      case 0:
        return `In this area, ${term} works with ${actor} on ${keyword}.`;
      case 1:
        return `Particular attention is paid to ${keyword}, in cooperation with ${term}.`;
      case 2:
        return `The role of ${term} in ${keyword} will be strengthened.`;
      default:
        return `Efforts on ${keyword} by ${actor} will be expanded.`;
    }
  }

  /** Underlines a few words in the middle of a line, as the extraction's `<u>…</u>` (about one line in eight). */
  private underline(text: string): string {
    if (!this.prng.chance(0.12)) return text;
    const words = text.split(' ');
    if (words.length < 8) return text;
    const start = this.prng.int(1, words.length - 5);
    const end = start + this.prng.int(2, 4);
    return [...words.slice(0, start), `<u>${words.slice(start, end).join(' ')}</u>`, ...words.slice(end)].join(' ');
  }
}
