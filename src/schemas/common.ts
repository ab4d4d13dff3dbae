import { z } from 'astro/zod';

/** Languages the edition is published in; English is the language of the source texts. */
export const locales = ['en', 'ja'] as const;
/** One of the edition's languages, as a BCP-47 tag. */
export type Locale = (typeof locales)[number];
/** The language every untranslated page falls back to. */
export const defaultLocale: Locale = 'en';

/** Zod schema for a locale tag. */
export const localeSchema = z.enum(locales);

/**
 * A stable entry key: lower-case path segments derived from the document's own numbering,
 * e.g. `strategy-2021/direction-2/measures-1/3`. Shared by every language of the same entry.
 */
export const entryKeySchema = z
  .string()
  .regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-.][a-z0-9]+)*)*$/, {
    message: 'an entry key is lower-case words, digits, "-" and "." in "/"-separated segments',
  });

/** Where an entry comes from in its seed text (1-based, inclusive line numbers). */
export const sourceRangeSchema = z.object({
  /** The seed file's name inside `seeds/`. */
  file: z.string().min(1),
  /** First line of the seed text this entry was parsed from. */
  startLine: z.number().int().positive(),
  /** Last line of the seed text this entry was parsed from. */
  endLine: z.number().int().positive(),
});
/** A source line range as written in frontmatter. */
export type SourceRange = z.output<typeof sourceRangeSchema>;

/** Fields every entry of every collection carries. */
export const baseEntrySchema = z.object({
  /** Stable key, the same in every language and after every re-ingest. */
  key: entryKeySchema,
  /** The language of this entry's text. */
  lang: localeSchema,
  /** True when this entry was written by ingest from the seeds (false for hand-made translations). */
  generated: z.boolean().default(false),
});
