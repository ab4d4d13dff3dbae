import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas, type CollectionName } from './schemas';

/** Where the collections live; a fixture or synthetic corpus can be swapped in through CONTENT_DIR. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** A collection over `content/<name>/<lang>/**.md`; the entry id is `<lang>/<key>`. */
function markdownCollection<N extends CollectionName>(name: N) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: `${contentDir}/${name}`,
      generateId: ({ data }) => `${String(data.lang)}/${String(data.key)}`,
    }),
    schema: collectionSchemas[name],
  });
}

export const collections = {
  documents: markdownCollection('documents'),
  sections: markdownCollection('sections'),
  measures: markdownCollection('measures'),
  glossary: markdownCollection('glossary'),
  topics: markdownCollection('topics'),
};
