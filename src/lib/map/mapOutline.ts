import type { ServesLink } from './servesLinks';
import type { MapItem, MapLabel, MapPanel, StrategyMapModel } from './planStrategyMap';

/** One entry of the picture's text alternative: a label, what it serves (approaches), and what it holds. */
export interface OutlineNode {
  /** Entry key (or the part's key). */
  key: string;
  /** The label, as in the picture. */
  label: MapLabel;
  /** For an approach of support: the link and the label of the measure it serves. */
  serves?: { link: ServesLink; target: MapLabel } | undefined;
  /** True for an approach of support (so "serves nothing" can be said). */
  approach?: boolean;
  /** Nested entries, in reading order. */
  children: OutlineNode[];
}

/**
 * The picture as nested lists, with the same links in the same order: the strategy (its directions
 * with their groups and measures, then its cross-cutting part), then the supporting policy (its
 * approaches, each with the measure it serves).
 */
export function mapOutline(model: StrategyMapModel): OutlineNode[] {
  const labels = new Map<string, MapLabel>();
  for (const panel of [...model.columns, ...model.bands, ...model.rows]) {
    for (const stack of panel.stacks) for (const item of stack.items) labels.set(item.key, item.label);
  }
  const links = new Map(model.links.map((l) => [l.from, l]));
  const servesOf = (key: string) => {
    const link = links.get(key);
    const target = link ? labels.get(link.to) : undefined;
    return link && target ? { link, target } : undefined;
  };

  const strategy: OutlineNode = {
    key: 'strategy',
    label: model.strategyLabel,
    children: [...model.columns, ...model.bands].map((panel) => panelNode(panel, () => undefined, false)),
  };
  const support: OutlineNode = {
    key: 'support',
    label: model.supportLabel,
    children: model.rows.map((panel) => panelNode(panel, servesOf, true)),
  };
  return [strategy, ...(model.rows.length > 0 ? [support] : [])].filter((n) => n.children.length > 0);
}

/** A panel as a node holding its items nested by group and indent. */
function panelNode(
  panel: MapPanel,
  servesOf: (key: string) => OutlineNode['serves'],
  approaches: boolean,
): OutlineNode {
  const root: OutlineNode = {
    key: panel.key,
    label: panel.heading ?? { text: panel.key, lang: 'en', href: null },
    children: [],
  };
  for (const stack of panel.stacks) {
    // path[d] is the node that items of level d go into.
    const path: OutlineNode[] = [root];
    for (const item of stack.items) {
      const level = Math.min(item.indent, path.length - 1);
      const node = itemNode(item, servesOf, approaches && item.indent === 0 && item.kind === 'measure');
      (path[level] ?? root).children.push(node);
      path.length = level + 1;
      path.push(node);
    }
  }
  return root;
}

/** One item as a node. */
function itemNode(item: MapItem, servesOf: (key: string) => OutlineNode['serves'], approach: boolean): OutlineNode {
  return approach
    ? { key: item.key, label: item.label, serves: servesOf(item.key), approach: true, children: [] }
    : { key: item.key, label: item.label, children: [] };
}
