import { z } from 'astro/zod';
import { baseEntrySchema, entryKeySchema } from './common';

/** A cross-cutting theme both documents share; its body describes it. */
export const topicSchema = baseEntrySchema.extend({
  type: z.literal('topic'),
  /** Display name of the theme. */
  title: z.string().min(1),
  /** Keys of the sections and measures (of both documents) that touch the theme, in reading order. */
  entries: z.array(entryKeySchema).default([]),
});
/** A topic entry's frontmatter. */
export type TopicData = z.output<typeof topicSchema>;
