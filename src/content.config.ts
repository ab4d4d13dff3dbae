import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { documentSchema, glossarySchema, measureSchema, sectionSchema, topicSchema } from './schemas';
import type { CollectionName } from './schemas';

/** Where the collections live; a fixture or synthetic corpus can be swapped in through CONTENT_DIR. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** Loads `content/<name>/<lang>/**.md`; the entry id is `<lang>/<key>`, so one key can exist in each language. */
function markdownLoader(name: CollectionName) {
  return glob({
    pattern: '**/*.md',
    base: `${contentDir}/${name}`,
    generateId: ({ data }) => `${String(data.lang)}/${String(data.key)}`,
  });
}

// Each collection names its schema directly (not through a lookup) so Astro can infer the entry types.
export const collections = {
  documents: defineCollection({ loader: markdownLoader('documents'), schema: documentSchema }),
  sections: defineCollection({ loader: markdownLoader('sections'), schema: sectionSchema }),
  measures: defineCollection({ loader: markdownLoader('measures'), schema: measureSchema }),
  glossary: defineCollection({ loader: markdownLoader('glossary'), schema: glossarySchema }),
  topics: defineCollection({ loader: markdownLoader('topics'), schema: topicSchema }),
};
