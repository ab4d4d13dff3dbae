/** Every collection schema of the edition, declared once and shared by ingest, site and tests. */
export * from './common';
export * from './document';
export * from './section';
export * from './measure';
export * from './glossary';
export * from './topic';
export * from './relation';

import { documentSchema } from './document';
import { sectionSchema } from './section';
import { measureSchema } from './measure';
import { glossarySchema } from './glossary';
import { topicSchema } from './topic';

/** The collections, by folder name under `content/`, with their frontmatter schema. */
export const collectionSchemas = {
  documents: documentSchema,
  sections: sectionSchema,
  measures: measureSchema,
  glossary: glossarySchema,
  topics: topicSchema,
} as const;
/** A collection's folder name. */
export type CollectionName = keyof typeof collectionSchemas;
