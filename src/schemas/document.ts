import { z } from 'astro/zod';
import { baseEntrySchema, entryKeySchema, sourceRangeSchema } from './common';
import { sectionKinds } from './section';

/** The genres of source text the parser understands. */
export const documentGenres = ['slide-overview', 'numbered-policy'] as const;

/**
 * What a document calls its kinds of part, in its own words ("Specific measures" for a measures group), where it
 * names them: the label shown with a part of that kind and read in citation paths. A kind it does not name is
 * shown with the interface's name for the kind (`sectionKind.*` in the dictionaries).
 */
export const kindLabelsSchema = z.partialRecord(z.enum(sectionKinds), z.string().min(1));

/** A whole source document: its bibliographic facts and its cover text as body. */
export const documentSchema = baseEntrySchema.extend({
  type: z.literal('document'),
  /** Full title as printed on the document. */
  title: z.string().min(1),
  /** A short title for navigation and breadcrumbs. */
  shortTitle: z.string().min(1),
  /** Title of the original (Japanese) document, when known. */
  originalTitle: z.string().optional(),
  /** The body that issued the document. */
  issuer: z.string().min(1),
  /** The body that approved the document, when it says so. */
  approvedBy: z.string().optional(),
  /** Date of the document (ISO 8601). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What the date means, in the document's words (e.g. "As of September 28, 2021"). */
  dateLabel: z.string().min(1),
  /** Language the document was originally written in. */
  originalLanguage: z.string().min(2),
  /** True when the English text is a provisional translation, as the document itself says. */
  provisionalTranslation: z.boolean().default(false),
  /** The issuer's publication of the original (Japanese) document, when verified. */
  originalUrl: z.url().optional(),
  /** The issuer's publication of the English translation, when verified. */
  translationUrl: z.url().optional(),
  /** Genre of the source text, which decides how it is parsed. */
  genre: z.enum(documentGenres),
  /** The document's own names for its kinds of part (`kindLabelsSchema`), from the manifest. */
  kindLabels: kindLabelsSchema.optional(),
  /** Position among the documents on the home page. */
  order: z.number().int().nonnegative(),
  /** Keys of other documents this one cites. */
  cites: z.array(entryKeySchema).default([]),
  /** Key of the document this one is mapped onto in the concordance and the map (the manifest's frame). */
  mapsOnto: entryKeySchema.optional(),
  /** Where the document's cover lines are in the seed. */
  source: sourceRangeSchema,
  /** SHA-256 of the seed file the document was parsed from. */
  sourceSha256: z.string().regex(/^[0-9a-f]{64}$/),
});
/** A document entry's frontmatter. */
export type DocumentData = z.output<typeof documentSchema>;
