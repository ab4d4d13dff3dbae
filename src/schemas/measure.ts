import { z } from 'astro/zod';
import { entryKeySchema } from './common';
import { placedEntrySchema } from './section';

/** Who a measure concerns; the explorer filters by these. */
export const actors = [
  'government',
  'critical-infrastructure',
  'businesses',
  'smes',
  'local-governments',
  'universities-research',
  'international-partners',
  'law-enforcement',
  'defense',
  'individuals',
] as const;
/** One of the measure actors. */
export type Actor = (typeof actors)[number];

/** A single policy measure: a numbered item under "Specific measures", a cross-cutting approach, or an approach of support. */
export const measureSchema = placedEntrySchema.extend({
  type: z.literal('measure'),
  /** Key of the top-level part the measure serves (a direction, the cross-cutting approaches, "Approaches of Support"). */
  direction: entryKeySchema,
  /** Key of the group the measure is listed in (e.g. "Specific measures (1)"), when there is one. */
  group: entryKeySchema.optional(),
  /** Who the measure concerns. */
  actors: z.array(z.enum(actors)).default([]),
});
/** A measure entry's frontmatter. */
export type MeasureData = z.output<typeof measureSchema>;
