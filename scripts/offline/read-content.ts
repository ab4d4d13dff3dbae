import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import {
  collectionSchemas,
  locales,
  type CollectionName,
  type DocumentData,
  type GlossaryData,
  type Locale,
  type MeasureData,
  type SectionData,
  type TopicData,
} from '../../src/schemas';
import { byCodeUnit } from './site-files';

/** An entry of the content collections, its frontmatter validated by the collection's schema. */
export type ContentEntry =
  | { collection: 'documents'; data: DocumentData; body: string; file: string }
  | { collection: 'sections'; data: SectionData; body: string; file: string }
  | { collection: 'measures'; data: MeasureData; body: string; file: string }
  | { collection: 'glossary'; data: GlossaryData; body: string; file: string }
  | { collection: 'topics'; data: TopicData; body: string; file: string };

/** The content folder: `CONTENT_DIR` (relative to the repository, as the site's build reads it, or absolute) or `content/`. */
export function defaultContentDir(repoRoot: string): string {
  return resolve(repoRoot, process.env.CONTENT_DIR || 'content');
}

/** Markdown files under a folder, sorted, as paths relative to it; none when it does not exist. */
function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string): void => {
    let entries;
    try {
      entries = readdirSync(join(dir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.md')) out.push(path);
    }
  };
  walk('');
  return out.sort(byCodeUnit);
}

/**
 * Reads every entry of `content/<collection>/<lang>/**.md`, validating frontmatter with the shared schemas
 * (YAML 1.2 core schema: dates stay strings, as the schemas expect). Entries come sorted by file path.
 * Throws with the file and the schema's complaint when an entry is invalid.
 */
export function readContent(contentDir: string): ContentEntry[] {
  const entries: ContentEntry[] = [];
  for (const collection of Object.keys(collectionSchemas) as CollectionName[]) {
    for (const lang of locales) {
      const dir = join(contentDir, collection, lang);
      for (const path of markdownFiles(dir)) {
        const file = join(dir, path);
        const parsed = matter(readFileSync(file, 'utf8'), { engines: { yaml: (s: string) => parseYaml(s) as object } });
        const result = collectionSchemas[collection].safeParse(parsed.data);
        if (!result.success) {
          const issues = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
          const shown = relative(process.cwd(), file).startsWith('..') ? file : relative(process.cwd(), file);
          throw new Error(`${shown}: invalid ${collection} frontmatter (${issues}); run \`npm run ingest\` or fix the file.`);
        }
        entries.push({ collection, data: result.data, body: parsed.content, file } as ContentEntry);
      }
    }
  }
  return entries;
}

/** The languages content exists for, in the schemas' order. */
export function languagesOf(entries: readonly ContentEntry[]): Locale[] {
  return locales.filter((l) => entries.some((e) => e.data.lang === l));
}
