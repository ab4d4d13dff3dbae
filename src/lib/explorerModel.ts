import { actors as allActors, type Actor } from '../schemas';
import { groupMeasures, type DocumentGroup } from './groupMeasures';
import type { LocTopic, PlacedItem, SiteModel } from './siteModel';

/** A measure as the explorer lists and filters it. */
export interface ExplorerMeasure extends PlacedItem {
  /** The top-level part it serves. */
  direction: string;
  /** Who it concerns. */
  actors: Actor[];
  /** The topics it touches. */
  topics: string[];
  /** The group it is listed in, if any. */
  group?: string | undefined;
}

/** Splits a direction's measures (in reading order) into consecutive runs of the same group. */
export function runsByGroup<M extends { group?: string | undefined }>(measures: readonly M[]): { group?: string | undefined; measures: M[] }[] {
  const runs: { group?: string | undefined; measures: M[] }[] = [];
  for (const measure of measures) {
    const last = runs.at(-1);
    if (last && last.group === measure.group) last.measures.push(measure);
    else runs.push({ group: measure.group, measures: [measure] });
  }
  return runs;
}

/** The explorer's list (grouped) and the choices of its filters, each limited to values that occur. */
export interface ExplorerModel {
  /** Measures by document and direction. */
  groups: DocumentGroup<ExplorerMeasure>[];
  /** How many measures there are. */
  total: number;
  /** Direction sections, per document key. */
  directions: Map<string, PlacedItem[]>;
  /** Topics that some measure touches. */
  topics: LocTopic[];
  /** Actors that some measure concerns, in schema order. */
  actors: Actor[];
}

/** Shapes the explorer of one language from the site model. */
export function explorerModel(site: SiteModel): ExplorerModel {
  const measures: ExplorerMeasure[] = site.items.flatMap((item) =>
    item.data.type === 'measure'
      ? [{ ...item, direction: item.data.direction, actors: item.data.actors, topics: item.data.topics, group: item.data.group }]
      : [],
  );
  const sectionOrder = new Map(site.items.map((item) => [item.key, item.order]));
  const groups = groupMeasures(measures, site.documents.map((doc) => doc.key), sectionOrder);
  const directions = new Map(
    groups.map((group) => [group.document, group.directions.flatMap((d) => site.itemsByKey.get(d.direction) ?? [])]),
  );
  const usedTopics = new Set(measures.flatMap((m) => m.topics));
  const usedActors = new Set(measures.flatMap((m) => m.actors));
  return {
    groups,
    total: measures.length,
    directions,
    topics: site.topics.filter((topic) => usedTopics.has(topic.key)),
    actors: allActors.filter((actor) => usedActors.has(actor)),
  };
}
