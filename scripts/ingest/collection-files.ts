import { stringify as stringifyYaml } from 'yaml';
import { collectionSchemas, type CollectionName } from '../../src/schemas/index';
import { IngestError } from './errors';

/**
 * The strict schema of each collection, made once: zod compiles a new object schema's parser on first
 * use, so `.strict()` per entry would compile one per entry.
 */
const strictSchemas = new Map<CollectionName, ReturnType<(typeof collectionSchemas)[CollectionName]['strict']>>();

function strictSchema(collection: CollectionName): ReturnType<(typeof collectionSchemas)[CollectionName]['strict']> {
  let schema = strictSchemas.get(collection);
  if (!schema) strictSchemas.set(collection, (schema = collectionSchemas[collection].strict()));
  return schema;
}

/** Where an entry came from, for messages when it cannot be written. */
export interface Origin {
  file: string;
  line?: number | undefined;
}

/**
 * Collects the output files in memory. Every entry is validated against the shared schema (strictly:
 * a field the schema does not know is a bug) before it is accepted, so nothing invalid reaches disk.
 */
export class CollectionFiles {
  /** Output files by path relative to the out folder. */
  readonly files = new Map<string, string>();
  /** Entries accepted per collection. */
  readonly counts: Record<CollectionName, number> = { documents: 0, sections: 0, measures: 0, glossary: 0, topics: 0 };

  constructor(private readonly lang: string) {}

  /** Validates and serializes one entry; undefined fields are left out. */
  add(collection: CollectionName, data: Record<string, unknown>, body: string, origin: Origin): void {
    const clean = Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined));
    const key = String(clean.key);
    const result = strictSchema(collection).safeParse(clean);
    if (!result.success) {
      const issue = result.error.issues[0]!;
      throw new IngestError({
        ...origin,
        problem: `the ${collection} entry "${key}" does not fit the schema: ${issue.path.join('.')}: ${issue.message}`,
        fix: 'correct the manifest or vocabulary value this field comes from',
      });
    }
    const path = `${collection}/${this.lang}/${key}.md`;
    if (this.files.has(path)) {
      throw new IngestError({ ...origin, problem: `duplicate key "${key}" in ${collection}`, fix: 'give each entry its own key' });
    }
    this.files.set(path, serialize(clean, body));
    this.counts[collection]++;
  }

  /** The files sorted by path, so every consumer sees the same order. */
  sorted(): Map<string, string> {
    return new Map([...this.files].sort(([a], [b]) => (a < b ? -1 : 1)));
  }
}

/**
 * Frontmatter + body. Every string is double-quoted so no YAML reader (gray-matter's js-yaml reads
 * YAML 1.1) turns a date, "yes" or "1.0" into something else.
 */
function serialize(data: Record<string, unknown>, body: string): string {
  const yaml = stringifyYaml(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });
  return `---\n${yaml}---\n${body ? `\n${body}` : ''}`;
}
