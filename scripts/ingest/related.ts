import { euclideanNorm } from './arrays';

/** What relation computation needs to know about an entry. */
export interface RelatedInput {
  key: string;
  /** Key of the entry's document. */
  document: string;
  /** Title and own text. */
  text: string;
  /** Glossary term keys the own text mentions. */
  terms: readonly string[];
  /** Topic keys. */
  topics: readonly string[];
  /**
   * A broad container (the outline table, a direction, a chapter or group of measures that has parts): it
   * says a little about everything, so it is never offered as related to a specific passage.
   */
  broad: boolean;
}

/** One computed relation: the other entry, how strong, and why (the evidence a reader is shown). */
export interface ComputedRelation {
  key: string;
  /** Similarity, 0–1 plus the topic share (see `relatedPassages`), rounded to 3 decimals. */
  score: number;
  /** Glossary term keys both mention. */
  terms: string[];
  /** The words that weigh most in the similarity, as this entry writes them (at most 3, terms excluded). */
  words: string[];
  /** Topic keys both have. */
  topics: string[];
}

/** Tuning of `relatedPassages`; the defaults are those the site is built with. */
export interface RelatedOptions {
  /** Least score shown. */
  threshold: number;
  /** Weight of the topic similarity added to the text similarity. */
  topicWeight: number;
  /** Weight of a glossary term relative to a word. */
  termWeight: number;
  /** Weight of a pair of words written side by side, relative to a word. */
  pairWeight: number;
  /** Words and terms in more entries than this are not used to find candidates (they still count in scores). */
  postingCap: number;
  /** How many of an entry's heaviest tokens find its candidates. */
  queryTokens: number;
}

/** The options the site is built with. */
export const defaultRelatedOptions: RelatedOptions = {
  threshold: 0.12,
  topicWeight: 0.2,
  termWeight: 1.5,
  pairWeight: 1.5,
  postingCap: 120,
  queryTokens: 24,
};

/** Function words and the words every passage of these documents uses: they say nothing about a matter. */
const STOPWORDS = new Set(
  `a an and are as at be been being by for from has have in into is it its of on or such that the their them these this
  those to was we were which will with within also other etc well more most all any each both so than then there
  through including based order can may must should would our us such not no only even very further japan japan's
  cybersecurity cyber cyberspace security measure measures support ensure enhance promote advance strengthen`.split(/\s+/),
);

/**
 * Lower-case words of a text with a plain plural stripped, each with the form the text writes, then the
 * pairs of words written side by side ("international law", "supply chain"): a pair says more than its words.
 */
function words(text: string): { stem: string; surface: string }[] {
  const out: { stem: string; surface: string }[] = [];
  const pairs: { stem: string; surface: string }[] = [];
  let previous: { stem: string; surface: string; end: number } | undefined;
  for (const match of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)) {
    const surface = match[0].toLowerCase().replace(/['’]s$/, '');
    if (surface.length < 2 || STOPWORDS.has(surface) || /^\d+$/.test(surface)) continue;
    const stem = surface.endsWith('ies') && surface.length > 4 ? `${surface.slice(0, -3)}y` : surface.endsWith('s') && !surface.endsWith('ss') && surface.length > 3 ? surface.slice(0, -1) : surface;
    if (STOPWORDS.has(stem)) continue;
    if (previous && /^\s+$/.test(text.slice(previous.end, match.index))) {
      pairs.push({ stem: `${previous.stem} ${stem}`, surface: `${previous.surface} ${surface}` });
    }
    previous = { stem, surface, end: match.index + match[0].length };
    out.push({ stem, surface });
  }
  return [...out, ...pairs];
}

/** A sparse TF-IDF vector: token ids ascending, unit length. */
interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * For each entry, every entry of any document whose own text is like its own, strongest first (ties by
 * key): TF-IDF cosine over words and glossary terms (a term weighs `termWeight` words), plus `topicWeight` ×
 * the cosine of their topics (each weighted by rarity). Never the entry itself, an ancestor or a descendant,
 * nor a broad container; only scores ≥ `threshold`. `chooseRelated` then picks the lists shown.
 *
 * Linear in the corpus: candidates come from an inverted index, walking only the `queryTokens` heaviest
 * tokens of an entry and only tokens in at most `postingCap` entries, so each entry costs a bounded
 * amount whatever the corpus size; the exact cosine is then computed for the candidates found.
 * (MiniSearch, the offline search, scores a query against the index but cannot bound posting lists or
 * say which words made the score, which the reader is shown.)
 */
export function relatedPassages(
  entries: readonly RelatedInput[],
  termNames: ReadonlyMap<string, string> = new Map(),
  options: Partial<RelatedOptions> = {},
): Map<string, ComputedRelation[]> {
  const o = { ...defaultRelatedOptions, ...options };
  const space = vectorSpace(entries, o);
  const topics = topicSpace(entries);
  const candidates = candidatePairs(space, o);
  const keys = entries.map((e) => e.key);
  const isLineage = (a: string, b: string) => a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
  const result = new Map<string, ComputedRelation[]>();
  for (let p = 0; p < entries.length; p++) {
    const scored: ComputedRelation[] = [];
    for (const q of candidates[p]!) {
      if (entries[q]!.broad || isLineage(keys[p]!, keys[q]!)) continue;
      const relation = relationOf({ entries, space, topics, termNames, topicShare: o.topicWeight }, p, q);
      if (relation.score >= o.threshold) scored.push(relation);
    }
    result.set(keys[p]!, scored.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1)));
  }
  return result;
}

/** The entries as TF-IDF vectors, with what scoring and candidate search need to know of each token. */
interface VectorSpace {
  vectors: Vector[];
  /** How many entries hold each token id. */
  df: Int32Array;
  /** Token ids that stand for glossary terms (not words). */
  termTokens: Set<number>;
  /** Per entry, the form its text writes each token in. */
  surfaces: Map<number, string>[];
}

/** Counts the words, word pairs and terms of every entry and weighs them: TF-IDF, unit length. */
function vectorSpace(entries: readonly RelatedInput[], o: RelatedOptions): VectorSpace {
  const tokenIds = new Map<string, number>();
  const surfaces: Map<number, string>[] = [];
  const counts: Map<number, number>[] = [];
  const termTokens = new Set<number>();
  const pairTokens = new Set<number>();
  const idOf = (token: string): number => {
    let id = tokenIds.get(token);
    if (id === undefined) tokenIds.set(token, (id = tokenIds.size));
    return id;
  };
  for (const entry of entries) {
    const count = new Map<number, number>();
    const surface = new Map<number, string>();
    for (const w of words(entry.text)) {
      const id = idOf(w.stem);
      if (w.stem.includes(' ')) pairTokens.add(id);
      count.set(id, (count.get(id) ?? 0) + 1);
      if (!surface.has(id)) surface.set(id, w.surface);
    }
    for (const term of entry.terms) {
      const id = idOf(`\u0000${term}`);
      termTokens.add(id);
      count.set(id, (count.get(id) ?? 0) + 1);
    }
    counts.push(count);
    surfaces.push(surface);
  }
  const df = new Int32Array(tokenIds.size);
  for (const count of counts) for (const id of count.keys()) df[id]!++;
  const idf = Float64Array.from(df, (d) => Math.log((entries.length + 1) / (d + 0.5)));
  const kindWeight = (id: number): number => (termTokens.has(id) ? o.termWeight : pairTokens.has(id) ? o.pairWeight : 1);
  const vectors: Vector[] = counts.map((count) => {
    const ids = Int32Array.from([...count.keys()].sort((a, b) => a - b));
    const weights = Float64Array.from(ids, (id) => (1 + Math.log(count.get(id)!)) * idf[id]! * kindWeight(id));
    const norm = euclideanNorm(weights) || 1;
    for (let i = 0; i < weights.length; i++) weights[i]! /= norm;
    return { ids, weights };
  });
  return { vectors, df, termTokens, surfaces };
}

/** Topics weighed by rarity: each topic's weight and each entry's topic-vector length. */
interface TopicSpace {
  weight: (topic: string) => number;
  norm: number[];
}

function topicSpace(entries: readonly RelatedInput[]): TopicSpace {
  const topicDf = new Map<string, number>();
  for (const e of entries) for (const t of e.topics) topicDf.set(t, (topicDf.get(t) ?? 0) + 1);
  const weight = (t: string) => Math.log((entries.length + 1) / ((topicDf.get(t) ?? 0) + 0.5));
  return { weight, norm: entries.map((e) => euclideanNorm(e.topics.map(weight)) || 1) };
}

/**
 * For each entry, the entries worth scoring against it: those that share one of its `queryTokens`
 * heaviest tokens, among tokens rare enough (in 2 to `postingCap` entries) to say something. Both ways:
 * when p's heaviest tokens find q, q is scored against p too, so a relation does not depend on which of
 * the two has fewer words.
 */
function candidatePairs({ vectors, df }: VectorSpace, o: RelatedOptions): Set<number>[] {
  const postings = new Map<number, number[]>();
  vectors.forEach((v, p) => {
    for (const id of v.ids) {
      if (df[id]! > o.postingCap || df[id]! < 2) continue;
      const list = postings.get(id);
      if (list) list.push(p);
      else postings.set(id, [p]);
    }
  });
  const candidates: Set<number>[] = Array.from({ length: vectors.length }, () => new Set<number>());
  for (let p = 0; p < vectors.length; p++) {
    const v = vectors[p]!;
    const order = [...v.ids.keys()].sort((a, b) => v.weights[b]! - v.weights[a]! || v.ids[a]! - v.ids[b]!);
    for (const i of order.slice(0, o.queryTokens)) {
      for (const q of postings.get(v.ids[i]!) ?? []) {
        if (q === p) continue;
        candidates[p]!.add(q);
        candidates[q]!.add(p);
      }
    }
  }
  return candidates;
}

/** What `relationOf` scores with. */
interface ScoringContext {
  entries: readonly RelatedInput[];
  space: VectorSpace;
  topics: TopicSpace;
  termNames: ReadonlyMap<string, string>;
  /** Weight of the topic similarity added to the text similarity. */
  topicShare: number;
}

/** The exact score of p → q and its evidence. */
function relationOf({ entries, space, topics: topicSpaceOf, termNames, topicShare }: ScoringContext, p: number, q: number): ComputedRelation {
  const a = space.vectors[p]!;
  const b = space.vectors[q]!;
  let dot = 0;
  const shared: { id: number; part: number }[] = [];
  for (let i = 0, j = 0; i < a.ids.length && j < b.ids.length; ) {
    if (a.ids[i]! < b.ids[j]!) i++;
    else if (a.ids[i]! > b.ids[j]!) j++;
    else {
      const part = a.weights[i]! * b.weights[j]!;
      dot += part;
      shared.push({ id: a.ids[i]!, part });
      i++;
      j++;
    }
  }
  const mine = new Set(entries[p]!.topics);
  const topics = entries[q]!.topics.filter((t) => mine.has(t));
  const topicCos = topics.reduce((sum, t) => sum + topicSpaceOf.weight(t) ** 2, 0) / (topicSpaceOf.norm[p]! * topicSpaceOf.norm[q]!);
  const bigFirst = shared.sort((x, y) => y.part - x.part || x.id - y.id);
  const sharedTerms = entries[p]!.terms.filter((t) => entries[q]!.terms.includes(t));
  // A word that is a shared term's whole name (the word beside the one-word term it spells) says nothing more.
  const sharedTermWords = new Set(sharedTerms.map((t) => termNames.get(t) ?? ''));
  return {
    key: entries[q]!.key,
    score: Math.round((dot + topicShare * topicCos) * 1000) / 1000,
    terms: sharedTerms,
    words: evidenceWords(bigFirst.filter((s) => !space.termTokens.has(s.id)).map((s) => space.surfaces[p]!.get(s.id)!), sharedTermWords),
    topics: entries[p]!.topics.filter((t) => topics.includes(t)),
  };
}

/**
 * The first three words or pairs worth showing: not a shared term's name, and not a word of a phrase
 * already shown or a phrase around a word already shown ("capacity building", then not "capacity").
 */
function evidenceWords(ranked: readonly string[], termWords: ReadonlySet<string>): string[] {
  const shown: string[] = [];
  for (const candidate of ranked) {
    if (shown.length === 3) break;
    if (termWords.has(candidate)) continue;
    const parts = candidate.split(' ');
    if (shown.some((s) => s.split(' ').some((w) => parts.includes(w)))) continue;
    shown.push(candidate);
  }
  return shown;
}
