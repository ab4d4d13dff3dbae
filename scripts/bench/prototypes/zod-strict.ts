/**
 * Evidence for ingest's per-entry validation cost: scripts/ingest/collection-files.ts `add()` calls
 * `collectionSchemas[collection].strict()` for every entry, and each new zod 4 object schema compiles
 * its fast-path parser (`new Function`, zod/v4/core/doc.js `compile`) on first use. Caching the strict
 * schema once per collection gives the same result without the compile.
 *
 *   node --import tsx scripts/bench/prototypes/zod-strict.ts <content-dir>
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { collectionSchemas, type CollectionName } from '../../../src/schemas/index';

const contentDir = process.argv[2];
if (!contentDir) throw new Error('usage: node --import tsx scripts/bench/prototypes/zod-strict.ts <content-dir>');
const entries: { collection: CollectionName; data: Record<string, unknown> }[] = [];
for (const collection of ['sections', 'measures'] as const) {
  for (const e of readdirSync(join(contentDir, collection, 'en'), { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const { data } = matter(readFileSync(join(e.parentPath, e.name), 'utf8'), { engines: { yaml: (s: string) => parseYaml(s) as object } });
    entries.push({ collection, data });
  }
}
let started = performance.now();
for (const { collection, data } of entries) if (!collectionSchemas[collection].strict().safeParse(data).success) throw new Error('invalid');
const perCall = performance.now() - started;
const strict = new Map<CollectionName, ReturnType<(typeof collectionSchemas)[CollectionName]['strict']>>();
started = performance.now();
for (const { collection, data } of entries) {
  let schema = strict.get(collection);
  if (!schema) strict.set(collection, (schema = collectionSchemas[collection].strict()));
  if (!schema.safeParse(data).success) throw new Error('invalid');
}
const cached = performance.now() - started;
console.log(
  `${entries.length} entries: .strict() per entry ${perCall.toFixed(0)} ms (${(perCall / entries.length).toFixed(2)} ms each), ` +
    `strict schema cached ${cached.toFixed(0)} ms (${(cached / entries.length).toFixed(3)} ms each)`,
);
