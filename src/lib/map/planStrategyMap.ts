import type { Locale, MeasureData, SectionData } from '../../schemas';
import { ancestors, type Placed } from '../placement';
import type { ConcordancePair } from '../relations';
import { pickServesLinks, type ServesLink } from './servesLinks';

/** Text shown in the picture, with the language it is written in (a Japanese page may show English). */
export interface MapLabel {
  /** The text, number included. */
  text: string;
  /** Language of `text`. */
  lang: Locale;
  /** Where the label links to, if anywhere. */
  href: string | null;
}

/** A measure as the picture needs it: its English frontmatter (for structure and links) and its label. */
export interface MapMeasureInput {
  /** Frontmatter fields that place the measure and relate it to others. */
  data: Pick<
    MeasureData,
    'key' | 'document' | 'direction' | 'group' | 'parent' | 'order' | 'topics' | 'related' | 'cites'
  >;
  /** The label in the page's language where a translation exists, else in English. */
  label: MapLabel;
}

/** A section as the picture needs it (directions, groups, the parts the approaches belong to). */
export interface MapSectionInput {
  /** Frontmatter fields used for headings and ordering. */
  data: Pick<SectionData, 'key' | 'document' | 'kind' | 'order' | 'parent'>;
  /** The section's heading label. */
  label: MapLabel;
}

/** Plain data the picture is planned from. */
export interface StrategyMapInput {
  /** Key of the strategy document: its directions become columns and its other parts bands. */
  strategy: string;
  /** Key of the document whose approaches are linked to the strategy measures they serve. */
  support: string;
  /** Caption above the columns (the strategy's title). */
  strategyLabel: MapLabel;
  /** Caption above the approaches (the supporting document's title). */
  supportLabel: MapLabel;
  /** Measures of both documents. */
  measures: readonly MapMeasureInput[];
  /** Sections of both documents (only directions, groups and the measures' top-level parts are used). */
  sections: readonly MapSectionInput[];
  /** The concordance pairs of the site model: the links are the strongest of them. */
  pairs: readonly ConcordancePair[];
}

/** One line of a stack: a measure box, or a group heading inside a column. */
export interface MapItem {
  /** Measure box or group heading. */
  kind: 'measure' | 'group';
  /** Entry key. */
  key: string;
  /** What the item shows and links to. */
  label: MapLabel;
  /** Nesting below the stack's top level (a measure inside a measure). */
  indent: number;
}

/** A vertical list of items drawn one below the other. */
export interface MapStack {
  /** The items, in reading order. */
  items: MapItem[];
}

/** A part of a document drawn as one panel: a direction (column), the cross-cutting part (band), the approaches (row). */
export interface MapPanel {
  /** Key of the part (the measures' `direction`). */
  key: string;
  /** Heading of the panel, when the part is a known section. */
  heading: MapLabel | null;
  /** A column has one stack; a band or row has one stack per top-level measure. */
  stacks: MapStack[];
}

/** What the picture shows, before any geometry. */
export interface StrategyMapModel {
  /** Caption above the columns. */
  strategyLabel: MapLabel;
  /** Caption above the approaches. */
  supportLabel: MapLabel;
  /** The strategy's directions, left to right. */
  columns: MapPanel[];
  /** The strategy's other parts with measures (the cross-cutting approaches), top to bottom. */
  bands: MapPanel[];
  /** The supporting document's parts with measures (the approaches of support). */
  rows: MapPanel[];
  /** For each top-level approach that has one, the strategy measure it serves most. */
  links: ServesLink[];
}

/**
 * Plans the picture: groups the strategy's measures into columns (parts whose section is a
 * `direction`) and bands (any other part), the supporting document's measures into rows, and links
 * each top-level approach to the strategy measure it serves most. Pure and deterministic.
 */
export function planStrategyMap(input: StrategyMapInput): StrategyMapModel {
  const sections = new Map(input.sections.map((s) => [s.data.key, s]));
  const parts: PartsByKey = new Map<string, Placed>([...input.sections, ...input.measures].map((entry) => [entry.data.key, entry.data]));
  const strategyParts = panelsOf(input, input.strategy, sections, parts);
  const columns = strategyParts.filter((p) => sections.get(p.key)?.data.kind === 'direction');
  const bands = strategyParts.filter((p) => sections.get(p.key)?.data.kind !== 'direction');
  const rows = panelsOf(input, input.support, sections, parts);

  const targets = new Set(
    [...columns, ...bands].flatMap((p) => p.stacks.flatMap((s) => s.items.filter((i) => i.kind === 'measure').map((i) => i.key))),
  );
  const approachKeys = rows.flatMap((r) =>
    r.stacks.flatMap((s) => s.items.filter((i) => i.kind === 'measure' && i.indent === 0).map((i) => i.key)),
  );
  // Group headings of the frame (an approach holding measures) can be served too.
  for (const panel of [...columns, ...bands]) {
    for (const stack of panel.stacks) for (const item of stack.items) if (item.kind === 'group') targets.add(item.key);
  }
  const links = pickServesLinks(input.pairs, approachKeys, targets);

  return { strategyLabel: input.strategyLabel, supportLabel: input.supportLabel, columns, bands, rows, links };
}

/** The panels of one document, one per `direction`, ordered by the part's section order (else its first measure). */
function panelsOf(
  input: StrategyMapInput,
  document: string,
  sections: ReadonlyMap<string, MapSectionInput>,
  parts: PartsByKey,
): MapPanel[] {
  const measures = input.measures.filter((m) => m.data.document === document);
  const byDirection = new Map<string, MapMeasureInput[]>();
  for (const m of [...measures].sort(byOrder)) {
    const list = byDirection.get(m.data.direction) ?? [];
    list.push(m);
    byDirection.set(m.data.direction, list);
  }
  const position = (key: string) => sections.get(key)?.data.order ?? byDirection.get(key)?.[0]?.data.order ?? 0;
  const keys = [...byDirection.keys()].sort((a, b) => position(a) - position(b) || (a < b ? -1 : 1));
  return keys.map((key) => {
    const list = byDirection.get(key) ?? [];
    const section = sections.get(key);
    const isColumn = section?.data.kind === 'direction';
    return {
      key,
      heading: section?.label ?? null,
      stacks: isColumn ? [columnStack(list, sections, parts)] : rowStacks(key, list, sections, parts),
    };
  });
}

/**
 * A column: all of a direction's measures in one stack. When they fall into more than one group, each
 * group gets a heading with its measures indented under it, and measures outside any group stay at the top level.
 */
function columnStack(list: readonly MapMeasureInput[], sections: ReadonlyMap<string, MapSectionInput>, parts: PartsByKey): MapStack {
  const keys = new Set(list.map((m) => m.data.key));
  const headed = new Set(list.map((m) => m.data.group ?? '')).size > 1;
  const items: MapItem[] = [];
  let currentGroup: string | undefined;
  for (const m of list) {
    const group = m.data.group;
    const section = group === undefined ? undefined : sections.get(group);
    const underHeading = headed && section !== undefined;
    if (underHeading && group !== currentGroup) items.push({ kind: 'group', key: group!, label: section.label, indent: 0 });
    currentGroup = group;
    items.push({ kind: 'measure', key: m.data.key, label: m.label, indent: depthIn(m, keys, parts) + (underHeading ? 1 : 0) });
  }
  return { items };
}

/**
 * A band or row: one stack per part directly under the direction. A part that is a measure heads its
 * stack; a part that is a section (e.g. "1. Promotion of R&D") becomes a heading with its measures under it.
 */
function rowStacks(
  direction: string,
  list: readonly MapMeasureInput[],
  sections: ReadonlyMap<string, MapSectionInput>,
  parts: PartsByKey,
): MapStack[] {
  const keys = new Set(list.map((m) => m.data.key));
  const stacks = new Map<string, MapStack>();
  for (const m of list) {
    const chain = [m.data.key, ...nearestFirst(m.data.key, parts).map((part) => part.key)];
    const at = chain.indexOf(direction);
    // The part right under the direction; without the direction in the chain, the highest measure of the panel.
    const top = at > 0 ? chain[at - 1]! : (chain.filter((k) => keys.has(k)).at(-1) ?? m.data.key);
    let stack = stacks.get(top);
    if (!stack) {
      stack = { items: [] };
      const section = top === m.data.key ? undefined : sections.get(top);
      if (section) stack.items.push({ kind: 'group', key: top, label: section.label, indent: 0 });
      stacks.set(top, stack);
    }
    const headed = stack.items[0]?.kind === 'group';
    stack.items.push({ kind: 'measure', key: m.data.key, label: m.label, indent: depthIn(m, keys, parts) + (headed ? 1 : 0) });
  }
  return [...stacks.values()];
}

/** Every section and measure of the picture's documents, by key: what the ancestors walk reads. */
type PartsByKey = ReadonlyMap<string, Placed>;

/** An entry's ancestors (sections and measures), nearest first. */
function nearestFirst(key: string, parts: PartsByKey): Placed[] {
  return ancestors(key, parts).reverse();
}

/** How many of a measure's nearest ancestors are measures of the same panel. */
function depthIn(m: MapMeasureInput, keys: ReadonlySet<string>, parts: PartsByKey): number {
  const chain = nearestFirst(m.data.key, parts);
  let depth = 0;
  while (depth < chain.length && keys.has(chain[depth]!.key)) depth += 1;
  return depth;
}

/** Reading order, then key. */
function byOrder(a: MapMeasureInput, b: MapMeasureInput): number {
  return a.data.order - b.data.order || (a.data.key < b.data.key ? -1 : a.data.key > b.data.key ? 1 : 0);
}
