import type { EditorialRelation } from './manifest';
import type { ComputedRelation } from './related';

/** One entry of an entry's `related` list as ingest writes it (see `src/schemas/relation.ts`). */
export interface RelatedRecord extends Partial<Omit<ComputedRelation, 'key'>> {
  key: string;
  /** Present when an editor declared the relation (`manifest.yaml`, `relations`). */
  editorial?: { kind: Exclude<EditorialRelation['kind'], 'none'>; note: string; direction: 'from' | 'to' };
}

/** How many relations a list shows, and how many of its places go to other documents first. */
export interface ChooseOptions {
  limit: number;
  across: number;
}

/**
 * The related lists written to the content: per entry, the `across` strongest relations with other
 * documents, then the strongest of any document up to `limit`, strongest first. A relation with another
 * document that either side chose is listed by both (a list may then exceed `limit` by up to `across`), so
 * a reader finds the counterpart from either passage. Editorial relations come first on both sides; an
 * editorial `none` removes the computed relation both ways.
 */
export function chooseRelated(
  computed: ReadonlyMap<string, readonly ComputedRelation[]>,
  documentOf: ReadonlyMap<string, string>,
  editorial: readonly EditorialRelation[],
  options: ChooseOptions = { limit: 6, across: 3 },
): Map<string, RelatedRecord[]> {
  const vetoed = new Set(editorial.filter((r) => r.kind === 'none').flatMap((r) => [`${r.from}\u0000${r.to}`, `${r.to}\u0000${r.from}`]));
  const allowed = (from: string, r: { key: string }) => !vetoed.has(`${from}\u0000${r.key}`);
  const chosen = new Map<string, ComputedRelation[]>();
  for (const [key, all] of computed) {
    const usable = all.filter((r) => allowed(key, r));
    const doc = documentOf.get(key);
    const far = usable.filter((r) => documentOf.get(r.key) !== doc).slice(0, options.across);
    const rest = usable.filter((r) => !far.includes(r)).slice(0, Math.max(0, options.limit - far.length));
    chosen.set(key, [...far, ...rest].sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1)));
  }
  // Cross-document relations both ways, from each side's own evidence (its words, in its own text).
  const additions: [string, ComputedRelation][] = [];
  for (const [key, list] of chosen) {
    for (const r of list) {
      if (documentOf.get(r.key) === documentOf.get(key)) continue;
      if (chosen.get(r.key)?.some((back) => back.key === key)) continue;
      const back = computed.get(r.key)?.find((c) => c.key === key);
      if (back) additions.push([r.key, back]);
    }
  }
  for (const [key, back] of additions) {
    const list = chosen.get(key)!;
    if (list.length < options.limit + options.across && !list.some((r) => r.key === back.key)) list.push(back);
  }
  const result = new Map<string, RelatedRecord[]>();
  for (const [key, list] of chosen) result.set(key, list.sort((x, y) => y.score - x.score || (x.key < y.key ? -1 : 1)));
  for (const relation of editorial) {
    if (relation.kind === 'none') continue;
    const { kind, note } = relation;
    for (const [from, to, direction] of [[relation.from, relation.to, 'from'], [relation.to, relation.from, 'to']] as const) {
      const list = result.get(from) ?? [];
      const found = list.findIndex((r) => r.key === to);
      const base: RelatedRecord = found >= 0 ? list[found]! : { key: to };
      const record: RelatedRecord = { ...base, editorial: { kind, note, direction } };
      if (found >= 0) list.splice(found, 1);
      const firstComputed = list.findIndex((r) => r.editorial === undefined);
      list.splice(firstComputed < 0 ? list.length : firstComputed, 0, record);
      result.set(from, list);
    }
  }
  return result;
}
