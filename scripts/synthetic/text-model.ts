import type { Prng } from './prng';

/** Marks the start and the end of a sentence inside the chain. */
const EDGE = '\u0000';

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['etc.', 'e.g.', 'i.e.', 'No.', 'U.S.', 'etc..']);

/** Words a heading does not end on. */
const TRAILING_STOPWORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'which', 'that', 'its', 'their', 'such', 'both', 'is', 'are', 'be', 'will']);

/**
 * Prose from the seeds' own words: an order-2 Markov chain (backing off to order 1 now and then for
 * variety) trained on the sentences of the seed texts. Layout markers of the extraction (tables,
 * bullets, numbering, `<u>`, LaTeX arrows, quotes and brackets) are left out of the training text, so
 * generated sentences never start like a numbered heading and never carry markup of their own.
 */
export class TextModel {
  private readonly order2 = new Map<string, string[]>();
  private readonly order1 = new Map<string, string[]>();

  /** Trains on seed texts (their raw lines). */
  constructor(texts: readonly string[]) {
    for (const text of texts) {
      for (const line of text.split('\n')) {
        for (const sentence of sentencesOf(line)) this.learn(sentence);
      }
    }
    if (this.order2.size === 0) throw new Error('text model: the seed texts hold no sentences');
  }

  private learn(words: readonly string[]): void {
    const chain = [EDGE, EDGE, ...words, EDGE];
    for (let i = 2; i < chain.length; i++) {
      push(this.order2, `${chain[i - 2]}\u0001${chain[i - 1]}`, chain[i]!);
      push(this.order1, chain[i - 1]!, chain[i]!);
    }
  }

  /** A sentence of `min`–`max` words that starts with a capital letter and ends with a full stop. */
  sentence(prng: Prng, min = 8, max = 40): string {
    for (let attempt = 0; ; attempt++) {
      const words = this.walk(prng, max);
      if (words.length >= min || attempt > 20) return finishSentence(words);
    }
  }

  /** A heading of `min`–`max` words: capitalised, no closing punctuation, no dangling stop word. */
  title(prng: Prng, min = 3, max = 9): string {
    for (let attempt = 0; ; attempt++) {
      const words = this.walk(prng, 40).map((w) => w.replace(/[.,;:!?'’]+$/, ''));
      let cut = words.slice(0, prng.int(min, max));
      while (cut.length > 0 && TRAILING_STOPWORDS.has(cut.at(-1)!.toLowerCase())) cut = cut.slice(0, -1);
      if ((cut.length >= min && cut.every((w) => w.length > 0)) || attempt > 20) {
        const text = cut.join(' ');
        return text.charAt(0).toUpperCase() + text.slice(1);
      }
    }
  }

  private walk(prng: Prng, max: number): string[] {
    const words: string[] = [];
    let a = EDGE;
    let b = EDGE;
    while (words.length < max) {
      const backOff = words.length > 0 && prng.chance(0.2);
      const followers = (backOff ? this.order1.get(b) : undefined) ?? this.order2.get(`${a}\u0001${b}`) ?? this.order1.get(b);
      if (!followers) break;
      const next = prng.pick(followers);
      if (next === EDGE) break;
      words.push(next);
      a = b;
      b = next;
    }
    return words;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The sentences of one raw seed line, as word lists; layout lines (tables) give none. */
export function sentencesOf(raw: string): string[][] {
  if (raw.includes('\t')) return [];
  const line = raw
    .replace(/<\/?u>/g, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\\[A-Za-z]+/g, ' ')
    .replace(/[→•▪‣~ſ]/g, ' ')
    .replace(/["“”()[\]]/g, '')
    .replace(/^\s*(?:[-*]\s+)*(?:[0-9ivx]{1,4}[.)]?\s+)?/, '')
    .trim();
  const sentences: string[][] = [];
  let current: string[] = [];
  for (const word of line.split(/\s+/)) {
    if (!/[\p{L}\p{N}]/u.test(word)) continue;
    // Sentences must open with a capitalised word so that no generated line reads as a heading number.
    if (current.length === 0 && !/^[A-Z][A-Za-z]/.test(word)) continue;
    current.push(word);
    if (/[.?!]['’]*$/.test(word) && !ABBREVIATIONS.has(word)) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

function finishSentence(words: readonly string[]): string {
  let list = [...words];
  while (list.length > 1 && TRAILING_STOPWORDS.has(list.at(-1)!.replace(/[.,;:]+$/, '').toLowerCase())) list = list.slice(0, -1);
  const text = list.join(' ').replace(/[,;:]+$/, '');
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
