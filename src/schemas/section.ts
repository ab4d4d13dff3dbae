import { z } from 'astro/zod';
import { baseEntrySchema, entryKeySchema, sourceRangeSchema } from './common';
import { relatedSchema } from './relation';

/** What a section is within its document's hierarchy. */
export const sectionKinds = [
  'chapter', // top-level numbered part: "1 Basic Understanding", "Cross-Cutting Approaches"
  'direction', // one of the strategy's three directions
  'issues', // "Issues and direction—…"
  'measures-group', // "Specific measures (n) …"
  'approach', // a numbered cross-cutting approach or approach of support
  'subsection', // any other numbered part: "(1)", "(a)"
  'framework', // implementation framework
  'outline', // the outline table
  'other',
] as const;

/**
 * Where an entry's title comes from. `heading`: the source prints it as the part's heading. `editorial`: a
 * name the manifest gives a part the source prints without one (shown marked as editorial). `place`: the
 * source gives no heading, so the title names the part by its number and place ("1 Basic Understanding, (2)").
 */
export const titleSources = ['heading', 'editorial', 'place'] as const;
/** One of `titleSources`. */
export type TitleSource = (typeof titleSources)[number];

/** Fields shared by sections and measures: where the entry stands in its document. */
export const placedEntrySchema = baseEntrySchema.extend({
  /** Key of the document the entry belongs to. */
  document: entryKeySchema,
  /** Key of the parent section (or measure), absent for a document's top-level parts. */
  parent: entryKeySchema.optional(),
  /** Position in the document's reading order (0-based, unique within the document). */
  order: z.number().int().nonnegative(),
  /** Depth below the document (1 = top-level part). */
  depth: z.number().int().positive(),
  /** The numbering as printed in the source ("1", "(2)", "(a)", "2."), if any. */
  number: z.string().optional(),
  /** Heading text, without its number; for a part without a heading, its name (see `titleSource`). */
  title: z.string().min(1),
  /** Where `title` comes from (default: a heading printed in the source). */
  titleSource: z.enum(titleSources).default('heading'),
  /** Where this entry's own text is in the seed. */
  source: sourceRangeSchema,
  /** Keys of topics the entry touches. */
  topics: z.array(entryKeySchema).default([]),
  /** Keys of glossary terms mentioned in the entry's own text. */
  terms: z.array(entryKeySchema).default([]),
  /**
   * Sections and measures (of any document) that say something alike, strongest first, each with the
   * evidence: editorial relations first, then computed ones (text similarity, shared terms and topics).
   */
  related: z.array(relatedSchema).default([]),
  /** Keys of entries (or documents) this entry explicitly cites: a document, or the cited part of it. */
  cites: z.array(entryKeySchema).default([]),
});

/** A section of a document's own hierarchy; its body is the section's own text (not its children's). */
export const sectionSchema = placedEntrySchema.extend({
  type: z.literal('section'),
  /** What kind of part of the document this is. */
  kind: z.enum(sectionKinds),
});
/** A section entry's frontmatter. */
export type SectionData = z.output<typeof sectionSchema>;
