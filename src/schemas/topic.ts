import { z } from 'astro/zod';
import { baseEntrySchema, entryKeySchema } from './common';

/** A cross-cutting theme both documents share; its body describes it. */
export const topicSchema = baseEntrySchema.extend({
  type: z.literal('topic'),
  /** Display name of the theme. */
  title: z.string().min(1),
  /** The name of the theme in Japanese, for Japanese pages that show this entry as the fallback. */
  titleJa: z.string().optional(),
  /** Where the Japanese title comes from, when it is an official wording (URL or publication). */
  titleJaSource: z.string().optional(),
  /** True when the Japanese title is the edition's own translation of the topic name. */
  titleJaEditorial: z.boolean().default(false),
  /** Keys of the sections and measures (of both documents) that touch the theme, in reading order. */
  entries: z.array(entryKeySchema).default([]),
});
/** A topic entry's frontmatter. */
export type TopicData = z.output<typeof topicSchema>;
