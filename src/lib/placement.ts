/** Where a section or measure stands in its document: the fields reading order and breadcrumbs need. */
export interface Placed {
  /** The shared key. */
  key: string;
  /** Key of the document. */
  document: string;
  /** Key of the parent section or measure, absent at the top level. */
  parent?: string | undefined;
  /** Position in the document's reading order. */
  order: number;
}

/** A placed item with its children, in reading order. */
export interface TreeNode<T extends Placed> {
  /** The item. */
  item: T;
  /** Its children, by `order`. */
  children: TreeNode<T>[];
}

/** The items of one document, by `order` (the document's reading order). */
export function readingOrder<T extends Placed>(items: readonly T[], docKey: string): T[] {
  return items.filter((item) => item.document === docKey).sort((a, b) => a.order - b.order);
}

/**
 * Checks that the items of every document have unique orders and that every parent exists in the same
 * document; throws one message listing every problem with the key, the bad value and the fix.
 */
export function checkPlacement(items: readonly Placed[]): void {
  const problems: string[] = [];
  const byKey = new Map(items.map((item) => [item.key, item]));
  const seenOrder = new Map<string, string>();
  for (const item of items) {
    const slot = `${item.document}#${item.order}`;
    const other = seenOrder.get(slot);
    if (other) {
      problems.push(`"${item.key}" and "${other}" both have order ${item.order} in document "${item.document}": orders must be unique within a document.`);
    }
    seenOrder.set(slot, item.key);
    if (item.parent !== undefined) {
      const parent = byKey.get(item.parent);
      if (!parent) problems.push(`"${item.key}" has parent "${item.parent}", which is no section or measure: fix its \`parent\` or add the missing entry.`);
      else if (parent.document !== item.document) problems.push(`"${item.key}" (document "${item.document}") has parent "${item.parent}" from document "${parent.document}": a parent must be in the same document.`);
    }
  }
  if (problems.length > 0) {
    throw new Error(`Content placement is inconsistent (re-run \`npm run ingest\`, or fix the frontmatter named below):\n- ${problems.join('\n- ')}`);
  }
}

/** Nests the items of one document by `parent`, each level in reading order. */
export function buildTree<T extends Placed>(items: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<string, TreeNode<T>>();
  const sorted = [...items].sort((a, b) => a.order - b.order);
  for (const item of sorted) nodes.set(item.key, { item, children: [] });
  const roots: TreeNode<T>[] = [];
  for (const item of sorted) {
    const node = nodes.get(item.key)!;
    const parent = item.parent !== undefined ? nodes.get(item.parent) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The chain of ancestors of `key`, outermost first (not including the item itself). */
export function ancestors<T extends Placed>(key: string, byKey: ReadonlyMap<string, T>): T[] {
  const chain: T[] = [];
  const seen = new Set<string>([key]);
  let parentKey = byKey.get(key)?.parent;
  while (parentKey !== undefined) {
    if (seen.has(parentKey)) {
      throw new Error(`The parents of "${key}" form a loop at "${parentKey}": fix the \`parent\` fields so each chain ends at a top-level part.`);
    }
    seen.add(parentKey);
    const parent = byKey.get(parentKey);
    if (!parent) break;
    chain.unshift(parent);
    parentKey = parent.parent;
  }
  return chain;
}

/** The items just before and after `key` in an ordered list. */
export function prevNext<T extends { key: string }>(ordered: readonly T[], key: string): { prev?: T; next?: T } {
  const index = ordered.findIndex((item) => item.key === key);
  if (index < 0) return {};
  const result: { prev?: T; next?: T } = {};
  if (index > 0) result.prev = ordered[index - 1]!;
  if (index < ordered.length - 1) result.next = ordered[index + 1]!;
  return result;
}

/** The items of a tree in reading order (each before its children). */
export function flatten<T extends Placed>(nodes: readonly TreeNode<T>[]): T[] {
  return nodes.flatMap((node) => [node.item, ...flatten(node.children)]);
}
