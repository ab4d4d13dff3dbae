import type { ConcordancePair } from '../relations';

/** Why an approach is said to serve a measure: an editor says so, a citation, or computed similarity. */
export type ServesReason = 'editorial' | 'cites' | 'computed';

/** "This approach serves that measure of the frame", with the evidence for it. */
export interface ServesLink {
  /** Key of the approach. */
  from: string;
  /** Key of the frame entry it serves most. */
  to: string;
  /** Strength of the pairing (the concordance's). */
  score: number;
  /** The kinds of evidence, strongest first. */
  reasons: ServesReason[];
  /** Topic keys the two share (computed evidence). */
  sharedTopics: string[];
}

/** How much a pair of one of the approach's parts counts, beside a pair of the approach itself. */
const PART_WEIGHT = 0.5;

/**
 * For each approach, the frame entry among `targets` it serves most, taken from the concordance pairs
 * (the same relations the entry pages and the concordance page show): the strongest pair of the approach
 * itself, or of its parts at half weight. Ties go to the pair listed first. An approach without pairs
 * serves nothing.
 */
export function pickServesLinks(
  pairs: readonly ConcordancePair[],
  approaches: readonly string[],
  targets: ReadonlySet<string>,
): ServesLink[] {
  const links: ServesLink[] = [];
  for (const approach of approaches) {
    let best: { pair: ConcordancePair; weight: number } | undefined;
    for (const pair of pairs) {
      if (!targets.has(pair.frame)) continue;
      const own = pair.mapped === approach;
      if (!own && !pair.mapped.startsWith(`${approach}/`)) continue;
      const weight = pair.strength * (own ? 1 : PART_WEIGHT);
      if (best === undefined || weight > best.weight) best = { pair, weight };
    }
    if (!best) continue;
    const reasons = best.pair.reasons.map((r): ServesReason => (r.kind === 'citation' ? 'cites' : r.kind));
    const computed = best.pair.reasons.find((r) => r.kind === 'computed');
    links.push({
      from: approach,
      to: best.pair.frame,
      score: Math.round(best.weight * 1000) / 1000,
      reasons: [...new Set(reasons)],
      sharedTopics: computed?.kind === 'computed' ? [...computed.topics].sort() : [],
    });
  }
  return links;
}
