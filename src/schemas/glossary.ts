import { z } from 'astro/zod';
import { baseEntrySchema, entryKeySchema } from './common';

/** Kinds of glossary term. */
export const termKinds = ['organization', 'programme', 'abbreviation', 'document', 'concept'] as const;

/** Where a term is mentioned. */
export const mentionSchema = z.object({
  /** Key of the section or measure (or document) whose own text mentions the term. */
  entry: entryKeySchema,
  /** The seed line the mention is on. */
  line: z.number().int().positive(),
});

/** A glossary term: an abbreviation, a named body or programme; its body explains it. */
export const glossarySchema = baseEntrySchema.extend({
  type: z.literal('term'),
  /** The term as it is written in the sources (e.g. "NISC"). */
  term: z.string().min(1),
  /** The expansion or full name (e.g. "National center of Incident readiness and Strategy for Cybersecurity"). */
  expansion: z.string().min(1),
  /** The Japanese name, where it is certain. */
  nameJa: z.string().optional(),
  /** Where the Japanese name comes from (a URL or a publication). */
  nameJaSource: z.string().optional(),
  /** Other spellings that count as a mention (e.g. "CSIRTs"). */
  aliases: z.array(z.string()).default([]),
  /** What kind of term it is. */
  kind: z.enum(termKinds),
  /** Every place the term is mentioned, in document reading order. */
  mentions: z.array(mentionSchema).default([]),
});
/** A glossary entry's frontmatter. */
export type GlossaryData = z.output<typeof glossarySchema>;
