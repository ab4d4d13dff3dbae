/** The format of seeds/manifest.yaml and seeds/vocabulary.yaml, as zod schemas (see README.md). */
import { z } from 'astro/zod';
import { actors, editorialKinds as editorialRelationKinds, entryKeySchema, kindLabelsSchema, sectionKinds, termKinds } from '../../src/schemas/index';

/** One path segment of an entry key (`intro`, `2`, `a`). */
const segmentSchema = z.string().regex(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/, {
  message: 'a key segment is lower-case letters, digits, "-" or "." (no "/")',
});

/** True for `YYYY-MM-DD` strings naming a day that exists (`2021-02-29` and `2021-13-45` do not). */
export function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A piece of a flattened table's real structure; a bare string is a leaf. */
export type TablePiece = string | { text: string; header?: boolean | undefined; children?: TablePiece[] | undefined };
const tablePieceSchema: z.ZodType<TablePiece> = z.lazy(() =>
  z.union([
    z.string().min(1),
    z.strictObject({
      text: z.string().min(1),
      header: z.boolean().optional(),
      children: z.array(tablePieceSchema).optional(),
    }),
  ]),
);

/** The layout a flattened table lost: its tree of cell texts, plus the glyphs that are not text. */
export const tableSpecSchema = z.strictObject({
  /** Cell contents (whole cells, after clean-up) that are decoration, not text. */
  strays: z.array(z.string().min(1)).default([]),
  /** The table in reading order; every word of the cells must appear here exactly once. */
  tree: z.array(tablePieceSchema).min(1),
});
/** A table description from the manifest. */
export type TableSpec = z.output<typeof tableSpecSchema>;

/** A node of a slide deck's outline: opened where a line starts with `match`. */
export interface OutlineNode {
  key?: string | undefined;
  kind: (typeof sectionKinds)[number] | 'measure';
  match?: string | undefined;
  title?: string | undefined;
  titleLine?: string | undefined;
  number?: string | undefined;
  autoMeasures?: boolean | undefined;
  table?: TableSpec | undefined;
  children?: OutlineNode[] | undefined;
}
const outlineNodeSchema: z.ZodType<OutlineNode> = z.lazy(() =>
  z.strictObject({
    /** Key segment; defaults to the digits of the number. */
    key: segmentSchema.optional(),
    /** Section kind, or `measure` when the node is itself a measure. */
    kind: z.enum([...sectionKinds, 'measure']),
    /** The text the node's heading line starts with; absent for a container that opens with its first child. */
    match: z.string().min(1).optional(),
    /** Title when the line does not carry it (or carries it merged with body text). */
    title: z.string().min(1).optional(),
    /** A line elsewhere in the node (slide titles printed after their bullets) that is the node's title. */
    titleLine: z.string().min(1).optional(),
    /** Numbering as printed, when the heading line does not start with it. */
    number: z.string().min(1).optional(),
    /** Lines `(n) Title` / `- (n) Title` inside this node open measures. */
    autoMeasures: z.boolean().optional(),
    /** The node's body is a flattened table. */
    table: tableSpecSchema.optional(),
    children: z.array(outlineNodeSchema).optional(),
  }),
);

const citationSchema = z.strictObject({
  /** Key of the cited document. */
  document: entryKeySchema,
  /** Phrases whose presence in an entry's text means the entry cites that document. */
  phrases: z.array(z.string().min(1)).min(1),
  /** The cited part, as a key inside the cited document (`<part>/<subpart>`, without the document key), when the citing text names one. */
  part: z.string().min(1).optional(),
});

const documentFields = {
  key: segmentSchema,
  file: z.string().min(1),
  title: z.string().min(1),
  shortTitle: z.string().min(1),
  originalTitle: z.string().min(1).optional(),
  issuer: z.string().min(1),
  approvedBy: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'a date is written YYYY-MM-DD (quoted)' })
    .refine(isCalendarDate, { message: 'not a real calendar date (month 01–12, day within the month)' }),
  dateLabel: z.string().min(1),
  originalLanguage: z.string().min(2),
  /** True when the English text is a provisional translation, as the document itself says. */
  provisionalTranslation: z.boolean().default(false),
  /** Where the issuer publishes the original (Japanese) document; absent when not verified. */
  originalUrl: z.url({ message: 'originalUrl is an absolute URL (https://…) of the official publication' }).optional(),
  /** Where the issuer publishes the English translation this edition's text comes from; absent when not verified. */
  translationUrl: z.url({ message: 'translationUrl is an absolute URL (https://…) of the official publication' }).optional(),
  order: z.number().int().nonnegative(),
  /** Whole lines that are slide decoration, not text. */
  strays: z.array(z.string().min(1)).default([]),
  cites: z.array(citationSchema).default([]),
  /**
   * The document's own names for its kinds of part, as the source prints them (`measures-group: Specific
   * measures`): shown with each part of that kind and read in citation paths instead of the interface's name.
   */
  kindLabels: kindLabelsSchema.optional(),
  /** Key of the glossary term that names this document, so the glossary can link to its reading edition. */
  term: segmentSchema.optional(),
};

/**
 * A numbered policy's closing block: from the first line that starts with `match` to the end of the text,
 * a top-level section of kind `other` rather than the tail of the last numbered part.
 */
const closingSchema = z.strictObject({
  /** The text the block's first line starts with (after a bullet marker). */
  match: z.string().min(1),
  /** Key segment of the section (`<doc>/<key>`). */
  key: segmentSchema,
  /** Heading of the section; the matched line is then body text. Absent: the matched line is the heading. */
  title: z.string().min(1).optional(),
});

/** A document of genre `numbered-policy`: structure comes from the numbering itself. */
const numberedPolicySchema = z.strictObject({
  ...documentFields,
  genre: z.literal('numbered-policy'),
  /** Chapter numbers (as printed) whose numbered descendants are measures. */
  measureChapters: z.array(z.string().min(1)).default([]),
  /** Title overrides by relative key (`1/2`), for numbered paragraphs that have no heading. */
  titles: z.record(z.string(), z.string().min(1)).default({}),
  /** The text after the last numbered part that belongs to the whole document (closing statement, "(End)"). */
  closing: closingSchema.optional(),
});

/** A document of genre `slide-overview`: structure comes from the manifest's outline. */
const slideOverviewSchema = z.strictObject({
  ...documentFields,
  genre: z.literal('slide-overview'),
  outline: z.array(outlineNodeSchema).min(1),
});

/** Phrases in which a keyword does not count ("criminal infrastructure" is no critical infrastructure). */
const exceptSchema = z.array(z.string().min(1)).default([]);

/** An actor's keywords: a bare list, or keywords with the phrases in which they do not count. */
const actorRuleSchema = z
  .union([
    z.array(z.string().min(1)),
    z.strictObject({ keywords: z.array(z.string().min(1)).min(1), except: exceptSchema }),
  ])
  .transform((rule) => (Array.isArray(rule) ? { keywords: rule, except: [] as string[] } : rule));

/** Shared vocabulary: the glossary, topics and actor keyword tables. */
export const vocabularySchema = z.strictObject({
  actors: z.partialRecord(z.enum(actors), actorRuleSchema).default({}),
  glossary: z
    .array(
      z.strictObject({
        key: segmentSchema,
        term: z.string().min(1),
        expansion: z.string().min(1),
        nameJa: z.string().min(1).optional(),
        /** Where the Japanese name comes from: a URL or a publication. */
        nameJaSource: z.string().min(1).optional(),
        aliases: z.array(z.string().min(1)).default([]),
        kind: z.enum(termKinds),
        description: z.string().min(1),
      })
      .refine((term) => (term.nameJa === undefined) === (term.nameJaSource === undefined), {
        message: 'a Japanese name needs its source: give nameJa and nameJaSource (a URL or publication) together, or neither',
        path: ['nameJaSource'],
      }),
    )
    .default([]),
  topics: z
    .array(
      z.strictObject({
        key: segmentSchema,
        title: z.string().min(1),
        /** The topic's name in Japanese, shown on Japanese pages. */
        titleJa: z.string().min(1).optional(),
        /** Where the Japanese title comes from (URL or publication), when it is an official wording. */
        titleJaSource: z.string().min(1).optional(),
        /** True when the Japanese title is the edition's own translation of the topic name, not an official wording. */
        titleJaEditorial: z.boolean().optional(),
        keywords: z.array(z.string().min(1)).min(1),
        /** Phrases in which a keyword does not count. */
        except: exceptSchema,
        description: z.string().min(1),
      })
      .refine((topic) => topic.titleJa === undefined || (topic.titleJaSource !== undefined) !== (topic.titleJaEditorial === true), {
        message: 'a Japanese topic title is either official (titleJaSource: URL or publication) or editorial (titleJaEditorial: true), exactly one of them',
        path: ['titleJa'],
      }),
    )
    .default([]),
});
/** The vocabulary after defaults. */
export type Vocabulary = z.output<typeof vocabularySchema>;

/** The kinds of editorial relation between two entries; `none` vetoes a computed relation. */
export const manifestRelationKinds = [...editorialRelationKinds, 'none'] as const;

/** An editor's statement that two entries are (or are not) related, shown to the reader as editorial. */
const editorialRelationSchema = z.strictObject({
  /** Key of an entry (section or measure). */
  from: entryKeySchema,
  /** Key of the entry it relates to. */
  to: entryKeySchema,
  /** `serves`: `from` serves `to`; `implements`: `from` implements `to`; `see-also`; `none`: never related. */
  kind: z.enum(manifestRelationKinds),
  /** Why, in English, shown beside the link as an editorial note. */
  note: z.string().min(1),
});
/** An editorial relation from the manifest. */
export type EditorialRelation = z.output<typeof editorialRelationSchema>;

/** Which document is the frame the others are mapped onto (the map's columns, the concordance's rows). */
const concordanceSchema = z.strictObject({
  /** Key of the frame document. */
  frame: segmentSchema,
  /** Keys of the documents mapped onto it. */
  mapped: z.array(segmentSchema).min(1),
});

/** The manifest: document facts and layout, plus (inline or by file name) the vocabulary. */
export const manifestSchema = z.strictObject({
  vocabulary: z.union([z.string().min(1), vocabularySchema]).optional(),
  concordance: concordanceSchema.optional(),
  relations: z.array(editorialRelationSchema).default([]),
  documents: z.array(z.discriminatedUnion('genre', [numberedPolicySchema, slideOverviewSchema])).min(1),
});
/** A manifest document entry. */
export type ManifestDocument = z.output<typeof manifestSchema>['documents'][number];
/** A slide-overview manifest document. */
export type SlideOverviewDocument = Extract<ManifestDocument, { genre: 'slide-overview' }>;
/** A numbered-policy manifest document. */
export type NumberedPolicyDocument = Extract<ManifestDocument, { genre: 'numbered-policy' }>;
