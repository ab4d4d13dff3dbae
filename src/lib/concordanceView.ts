import type { Locale } from '../schemas';
import type { ConcordancePair, PairReason } from './relations';
import type { LocDocument, PlacedItem, SiteModel } from './siteModel';
import { numberedTitle } from './siteModel';
import { entryUrl } from './urls';

/** One row of the concordance: an entry and its counterparts in the other document, strongest first. */
export interface ConcordanceRow {
  /** The entry. */
  item: PlacedItem;
  /** Its counterparts with the reasons for each pairing. */
  counterparts: { item: PlacedItem; reasons: PairReason[] }[];
}

/** The concordance as the page shows it: each mapped document's measures, then the frame's entries. */
export interface ConcordanceView {
  /** The frame document. */
  frame: LocDocument;
  /** The mapped documents. */
  mapped: LocDocument[];
  /** Per mapped document, every measure (in reading order) with the frame entries it serves. */
  byMapped: { document: LocDocument; rows: ConcordanceRow[] }[];
  /** Every frame entry that is paired, in reading order, with the measures serving it. */
  byFrame: ConcordanceRow[];
}

/** Shapes the concordance from the site model's relations; undefined when the manifest declares no frame. */
export function concordanceView(site: SiteModel): ConcordanceView | undefined {
  const { relations } = site;
  const frame = relations.frame === undefined ? undefined : site.documentsByKey.get(relations.frame);
  if (!frame) return undefined;
  const mapped = relations.mapped.flatMap((key) => site.documentsByKey.get(key) ?? []);
  const row = (key: string, side: 'mapped' | 'frame'): ConcordanceRow | undefined => {
    const item = site.itemsByKey.get(key);
    if (!item) return undefined;
    const own = relations.pairs.filter((p) => p[side] === key).sort((a, b) => b.strength - a.strength);
    const other = (p: ConcordancePair) => site.itemsByKey.get(side === 'mapped' ? p.frame : p.mapped);
    return { item, counterparts: own.flatMap((p) => { const o = other(p); return o ? [{ item: o, reasons: p.reasons }] : []; }) };
  };
  const byMapped = mapped.map((document) => ({
    document,
    rows: (site.byDocument.get(document.key) ?? []).filter((i) => i.collection === 'measures').flatMap((i) => row(i.key, 'mapped') ?? []),
  }));
  const framed = new Set(relations.pairs.map((p) => p.frame));
  const byFrame = (site.byDocument.get(frame.key) ?? []).filter((i) => framed.has(i.key)).flatMap((i) => row(i.key, 'frame') ?? []);
  return { frame, mapped, byMapped, byFrame };
}

/** One pairing as published in `/data/concordance.json`. */
export interface ConcordanceRecord {
  mapped: { key: string; title: string; url: string };
  frame: { key: string; title: string; url: string };
  reasons: PairReason[];
}

/** The concordance as data: every pairing, the mapped side's reading order, strongest first within it. */
export function concordanceRecords(site: SiteModel, lang: Locale = site.lang): { frame: string | null; mapped: string[]; pairs: ConcordanceRecord[] } {
  const side = (key: string) => {
    const item = site.itemsByKey.get(key)!;
    return { key, title: numberedTitle(item), url: entryUrl(lang, item.collection, key) };
  };
  return {
    frame: site.relations.frame ?? null,
    mapped: site.relations.mapped,
    pairs: site.relations.pairs.map((p) => ({ mapped: side(p.mapped), frame: side(p.frame), reasons: p.reasons })),
  };
}
