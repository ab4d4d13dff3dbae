import type { Related } from '../schemas';

/** Why two passages are paired: an explicit citation, an editor's statement, or computed similarity. */
export type PairReason =
  | { kind: 'citation'; /** Key of the citing entry. */ from: string }
  | { kind: 'editorial'; relation: NonNullable<Related['editorial']>['kind']; note: string; /** Key of the entry that serves (implements…) the other. */ from: string }
  | { kind: 'computed'; score: number; terms: string[]; words: string[]; topics: string[] };

/** A passage of a mapped document beside a passage of the frame document, with every reason for the pairing. */
export interface ConcordancePair {
  /** Key of the entry of the mapped document. */
  mapped: string;
  /** Key of the entry of the frame document. */
  frame: string;
  /** Editorial first, then citations, then computed. */
  reasons: PairReason[];
  /** Ranking weight: an editor's statement, then a citation, outrank any similarity. */
  strength: number;
}

/** What the relation model is built from: every section and measure, in the site's reading order. */
export interface RelationSource {
  key: string;
  document: string;
  /** Measure or section. */
  collection: 'sections' | 'measures';
  cites: readonly string[];
  related: readonly Related[];
}

/** The edition's connections, computed once per site model and read by entry pages, concordance, map and data. */
export interface RelationModel {
  /** Key of the frame document (the manifest's `concordance.frame`), if any. */
  frame?: string | undefined;
  /** Keys of the documents mapped onto the frame. */
  mapped: string[];
  /** Outgoing explicit citations per entry: keys of cited entries or documents. */
  cites: Map<string, string[]>;
  /** Incoming explicit citations per cited key (entry or document), citing entries in reading order. */
  citedBy: Map<string, string[]>;
  /** Every pairing of a mapped document's measure with a frame passage, mapped documents' reading order. */
  pairs: ConcordancePair[];
}

const EDITORIAL = 100;
const CITATION = 10;

/**
 * Builds the relation model. `frame` and `mapped` come from the documents' `mapsOnto` (the manifest). A pair
 * joins a measure of a mapped document and a passage of the frame when either cites the other, an editor
 * relates them, or the measure lists the passage as related (ingest lists such a relation on both sides).
 */
export function buildRelations(
  items: readonly RelationSource[],
  documents: readonly { key: string; mapsOnto?: string | undefined }[],
): RelationModel {
  const mappedDocs = documents.filter((d) => d.mapsOnto !== undefined);
  const frame = mappedDocs[0]?.mapsOnto;
  const mapped = mappedDocs.filter((d) => d.mapsOnto === frame).map((d) => d.key);
  const byKey = new Map(items.map((item) => [item.key, item]));
  const cites = new Map(items.map((item) => [item.key, [...item.cites]]));
  const citedBy = new Map<string, string[]>();
  for (const item of items) {
    for (const target of item.cites) {
      const list = citedBy.get(target) ?? [];
      list.push(item.key);
      citedBy.set(target, list);
    }
  }

  const pairs = new Map<string, ConcordancePair>();
  const pairOf = (mappedKey: string, frameKey: string): ConcordancePair => {
    const id = `${mappedKey}\u0000${frameKey}`;
    let pair = pairs.get(id);
    if (!pair) pairs.set(id, (pair = { mapped: mappedKey, frame: frameKey, reasons: [], strength: 0 }));
    return pair;
  };
  const isMappedMeasure = (key: string) => {
    const item = byKey.get(key);
    return item !== undefined && item.collection === 'measures' && mapped.includes(item.document);
  };
  const isFrame = (key: string) => byKey.get(key)?.document === frame;
  const orient = (a: string, b: string): [string, string] | undefined =>
    isMappedMeasure(a) && isFrame(b) ? [a, b] : isMappedMeasure(b) && isFrame(a) ? [b, a] : undefined;

  for (const item of items) {
    for (const target of item.cites) {
      const ends = orient(item.key, target);
      if (!ends) continue;
      const pair = pairOf(...ends);
      if (!pair.reasons.some((r) => r.kind === 'citation' && r.from === item.key)) {
        pair.reasons.push({ kind: 'citation', from: item.key });
        pair.strength += CITATION;
      }
    }
    for (const related of item.related) {
      const ends = orient(item.key, related.key);
      // Computed evidence counts from the mapped measure's own list (the frame side's list may name it
      // from a broad container, which the measure never lists); an editor's relation counts from either.
      if (!ends || (ends[0] !== item.key && !related.editorial)) continue;
      const pair = pairOf(...ends);
      if (related.editorial) {
        const from = related.editorial.direction === 'from' ? item.key : related.key;
        if (!pair.reasons.some((r) => r.kind === 'editorial')) {
          pair.reasons.push({ kind: 'editorial', relation: related.editorial.kind, note: related.editorial.note, from });
          pair.strength += EDITORIAL;
        }
      }
      if (related.score !== undefined && !pair.reasons.some((r) => r.kind === 'computed')) {
        pair.reasons.push({ kind: 'computed', score: related.score, terms: related.terms, words: related.words, topics: related.topics });
        pair.strength += related.score;
      }
    }
  }
  const rank = new Map(items.map((item, i) => [item.key, i]));
  const order = { editorial: 0, citation: 1, computed: 2 } as const;
  const list = [...pairs.values()];
  for (const pair of list) pair.reasons.sort((a, b) => order[a.kind] - order[b.kind]);
  list.sort((a, b) => rank.get(a.mapped)! - rank.get(b.mapped)! || b.strength - a.strength || rank.get(a.frame)! - rank.get(b.frame)!);
  return { frame, mapped, cites, citedBy, pairs: list };
}

/** The pairs of one entry (of either side), strongest first. */
export function pairsOf(model: RelationModel, key: string): ConcordancePair[] {
  return model.pairs.filter((p) => p.mapped === key || p.frame === key).sort((a, b) => b.strength - a.strength);
}
