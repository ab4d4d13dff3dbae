import type { MeasureData } from '../../schemas';

/** The frontmatter fields that relate two measures. */
export type RelationFields = Pick<MeasureData, 'key' | 'order' | 'topics' | 'related' | 'cites'>;

/** An approach of support and the entries whose frontmatter speaks for it (itself and its sub-measures). */
export interface ApproachEvidence {
  /** Key of the approach. */
  key: string;
  /** The approach's own frontmatter and that of the measures nested in it. */
  evidence: readonly RelationFields[];
}

/** Why an approach is said to serve a measure. */
export type ServesReason = 'cites' | 'related' | 'topics';

/** "This approach of support serves that strategy measure", with the evidence for it. */
export interface ServesLink {
  /** Key of the approach of support. */
  from: string;
  /** Key of the strategy measure it serves most. */
  to: string;
  /** Strength of the link (higher is stronger). */
  score: number;
  /** Which frontmatter fields support the link, strongest first. */
  reasons: ServesReason[];
  /** Topic keys the two share, sorted. */
  sharedTopics: string[];
}

/** Bonus of an explicit citation (`cites`) in either direction: it outranks any topic similarity. */
const citeBonus = 10;
/** Bonus of a `related` mention in either direction (ingest's own similarity ranking). */
const relatedBonus = 0.15;
/** Bonus when the approach lists as related a section the candidate sits in (its direction or group). */
const relatedPartBonus = 0.05;

/** A candidate measure, with the keys of the sections and measures it sits in. */
export type Candidate = RelationFields & { ancestors?: readonly string[] };

/**
 * For each approach, the candidate measure it serves most, or none when nothing relates them.
 * Score = 10 for a citation in either direction + the cosine similarity of their topics, each topic
 * weighted by its rarity among the candidates (inverse document frequency: sharing "cybercrime" says
 * more than sharing a topic most measures have) + 0.15 when one lists the other as `related` (0.05 when
 * the approach lists a section the candidate sits in). Ties go to reading order, then key.
 */
export function findServesLinks(input: {
  approaches: readonly ApproachEvidence[];
  candidates: readonly Candidate[];
}): ServesLink[] {
  const weight = topicWeights(input.candidates);
  const norm = (topics: ReadonlySet<string>) => Math.sqrt([...topics].reduce((sum, t) => sum + (weight.get(t) ?? 0) ** 2, 0));
  const links: ServesLink[] = [];
  for (const approach of input.approaches) {
    const keys = new Set(approach.evidence.map((e) => e.key));
    keys.add(approach.key);
    const topics = new Set(approach.evidence.flatMap((e) => e.topics));
    let best: { link: ServesLink; order: number } | undefined;
    for (const c of input.candidates) {
      if (keys.has(c.key)) continue;
      const cites = approach.evidence.some((e) => e.cites.includes(c.key)) || c.cites.some((k) => keys.has(k));
      const relatedDirect =
        approach.evidence.some((e) => e.related.includes(c.key)) || c.related.some((k) => keys.has(k));
      const relatedPart = approach.evidence.some((e) => e.related.some((k) => c.ancestors?.includes(k)));
      const own = new Set(c.topics);
      const sharedTopics = [...own].filter((t) => topics.has(t)).sort();
      const dot = sharedTopics.reduce((sum, t) => sum + (weight.get(t) ?? 0) ** 2, 0);
      const cosine = dot === 0 ? 0 : dot / (norm(topics) * norm(own));
      const score =
        (cites ? citeBonus : 0) + cosine + (relatedDirect ? relatedBonus : relatedPart ? relatedPartBonus : 0);
      if (score === 0) continue;
      const reasons: ServesReason[] = [];
      if (cites) reasons.push('cites');
      if (relatedDirect || relatedPart) reasons.push('related');
      if (sharedTopics.length > 0) reasons.push('topics');
      const candidate = {
        link: { from: approach.key, to: c.key, score: Math.round(score * 10_000) / 10_000, reasons, sharedTopics },
        order: c.order,
      };
      if (best === undefined || isStronger(candidate, best)) best = candidate;
    }
    if (best) links.push(best.link);
  }
  return links;
}

/** Each topic's weight: ln((n + 1) / (df + 1)) + 1, where df is how many of the n candidates have it. */
function topicWeights(candidates: readonly RelationFields[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.topics)) df.set(t, (df.get(t) ?? 0) + 1);
  return new Map([...df].map(([t, n]) => [t, Math.log((candidates.length + 1) / (n + 1)) + 1]));
}

/** Higher score, then earlier in reading order, then smaller key. */
function isStronger(a: { link: ServesLink; order: number }, b: { link: ServesLink; order: number }): boolean {
  if (a.link.score !== b.link.score) return a.link.score > b.link.score;
  if (a.order !== b.order) return a.order < b.order;
  return a.link.to < b.link.to;
}
