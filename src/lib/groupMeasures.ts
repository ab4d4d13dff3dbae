/** What the explorer needs of a measure to group it. */
export interface GroupableMeasure {
  /** The measure's key. */
  key: string;
  /** Key of its document. */
  document: string;
  /** Key of the top-level part it serves. */
  direction: string;
  /** Position in the document's reading order. */
  order: number;
}

/** One direction (or approach, or other top-level part) with its measures. */
export interface DirectionGroup<M> {
  /** The direction's key. */
  direction: string;
  /** Its measures in reading order. */
  measures: M[];
}

/** One document with its directions. */
export interface DocumentGroup<M> {
  /** The document's key. */
  document: string;
  /** Its directions in reading order. */
  directions: DirectionGroup<M>[];
}

/**
 * Groups measures by document (in the given document order) and by direction, both in reading order.
 * A direction's place is the place of its section in `sectionOrder` when known, else of its first measure.
 * Documents without measures are left out.
 */
export function groupMeasures<M extends GroupableMeasure>(
  measures: readonly M[],
  documentOrder: readonly string[],
  sectionOrder: ReadonlyMap<string, number> = new Map(),
): DocumentGroup<M>[] {
  const groups: DocumentGroup<M>[] = [];
  for (const document of documentOrder) {
    const own = measures.filter((m) => m.document === document).sort((a, b) => a.order - b.order);
    if (own.length === 0) continue;
    const byDirection = new Map<string, M[]>();
    for (const measure of own) {
      const list = byDirection.get(measure.direction) ?? [];
      list.push(measure);
      byDirection.set(measure.direction, list);
    }
    const place = (direction: string, list: M[]) => sectionOrder.get(direction) ?? list[0]!.order;
    const directions = [...byDirection]
      .sort(([a, la], [b, lb]) => place(a, la) - place(b, lb))
      .map(([direction, list]) => ({ direction, measures: list }));
    groups.push({ document, directions });
  }
  return groups;
}
