import { z } from 'astro/zod';
import { entryKeySchema } from './common';

/** The kinds of editorial relation an editor can declare in the manifest (`none` is a veto, never written). */
export const editorialKinds = ['serves', 'implements', 'see-also'] as const;

/** An editor's statement that two entries are related, with the note the reader is shown. */
export const editorialSchema = z.object({
  /** What the relation says: `serves`, `implements` or `see-also`. */
  kind: z.enum(editorialKinds),
  /** The editor's reason, in English. */
  note: z.string().min(1),
  /** `from`: this entry serves (implements…) the other; `to`: the other serves this one. */
  direction: z.enum(['from', 'to']),
});

/** One related entry, with the evidence for it: shared glossary terms, weighty words, topics, or an editor. */
const relatedObjectSchema = z.object({
  /** Key of the related section or measure. */
  key: entryKeySchema,
  /** Text similarity plus topic share (absent for a relation only an editor declared). */
  score: z.number().nonnegative().optional(),
  /** Glossary term keys both entries mention. */
  terms: z.array(entryKeySchema).default([]),
  /** Words (as this entry writes them) that weigh most in the similarity. */
  words: z.array(z.string().min(1)).default([]),
  /** Topic keys both entries have. */
  topics: z.array(entryKeySchema).default([]),
  /** Present when an editor declared the relation. */
  editorial: editorialSchema.optional(),
});

/** A related entry; a bare key (hand-written fixtures) means a relation without stated evidence. */
export const relatedSchema = z
  .union([entryKeySchema, relatedObjectSchema])
  .transform((value) => (typeof value === 'string' ? relatedObjectSchema.parse({ key: value }) : value));
/** One related entry with its evidence. */
export type Related = z.output<typeof relatedSchema>;
