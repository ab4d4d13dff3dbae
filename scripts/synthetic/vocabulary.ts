import { parse } from 'yaml';

/** The words of the seeds' vocabulary that the generator weaves into its prose. */
export interface VocabularyWords {
  /** Glossary spellings (terms and aliases), matched case-sensitively by ingest. */
  terms: string[];
  /** Topics: title and keywords. */
  topics: { title: string; keywords: string[] }[];
  /** Actor keyword phrases. */
  actors: string[];
}

/**
 * Reads the parts of `vocabulary.yaml` the generator needs. It reads loosely (only these fields) so
 * that it keeps working while the ingest's vocabulary format gains fields; ingest validates the copy.
 */
export function readVocabularyWords(yamlText: string): VocabularyWords {
  const data = (parse(yamlText) ?? {}) as {
    glossary?: { term?: string; aliases?: string[] }[];
    topics?: { title?: string; keywords?: string[] }[];
    actors?: Record<string, string[]>;
  };
  const terms = (data.glossary ?? []).flatMap((g) => [g.term ?? '', ...(g.aliases ?? [])]).filter((t) => t.length > 0);
  const topics = (data.topics ?? [])
    .filter((t) => t.title && t.keywords && t.keywords.length > 0)
    .map((t) => ({ title: t.title!, keywords: t.keywords! }));
  const actors = Object.values(data.actors ?? {}).flat();
  if (terms.length === 0 || topics.length === 0) throw new Error('synthetic: the vocabulary has no glossary terms or no topics');
  return { terms, topics, actors: actors.length ? actors : ['government agencies'] };
}
