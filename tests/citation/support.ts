import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { parse } from 'parse5';
import { attr, elements, textContent } from '../../scripts/built-site/parse';
import { repoRoot } from '../support/paths';
import type { DocumentData, MeasureData, SectionData } from '../../src/schemas';

/** An English entry as ingest wrote it: what the citations are checked against. */
export interface ContentEntry {
  collection: 'documents' | 'sections' | 'measures';
  key: string;
  data: DocumentData | SectionData | MeasureData;
  body: string;
}

/** Every English document, section and measure in content/, read with gray-matter (not through the site). */
export function englishEntries(): ContentEntry[] {
  const out: ContentEntry[] = [];
  for (const collection of ['documents', 'sections', 'measures'] as const) {
    const dir = join(repoRoot, 'content', collection, 'en');
    for (const file of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
      if (!file.endsWith('.md')) continue;
      const { data, content } = matter(readFileSync(join(dir, file), 'utf8'));
      out.push({ collection, key: file.slice(0, -3).split('\\').join('/'), data: data as ContentEntry['data'], body: content });
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : 1));
}

/** The page path of an entry in a language, as ARCHITECTURE.md's URL table gives it. */
export function entryPagePath(lang: string, entry: Pick<ContentEntry, 'collection' | 'key'>): string {
  return `${lang}/${entry.collection}/${entry.key}/index.html`;
}

/** The `<meta name>` → contents, the JSON-LD blocks and every link of one HTML page. */
export interface PageMetadata {
  meta: Map<string, string[]>;
  jsonLd: unknown[];
  links: { href: string; text: string }[];
}

/** Reads the metadata tools read from a built page. */
export function readMetadata(html: string): PageMetadata {
  const doc = parse(html);
  const meta = new Map<string, string[]>();
  const jsonLd: unknown[] = [];
  const links: PageMetadata['links'] = [];
  for (const el of elements(doc)) {
    if (el.tagName === 'meta') {
      const name = attr(el, 'name');
      if (name) meta.set(name, [...(meta.get(name) ?? []), attr(el, 'content') ?? '']);
    } else if (el.tagName === 'script' && attr(el, 'type') === 'application/ld+json') {
      jsonLd.push(JSON.parse(textContent(el)));
    } else if (el.tagName === 'a' && attr(el, 'href') !== undefined) {
      links.push({ href: attr(el, 'href')!, text: textContent(el).trim() });
    }
  }
  return { meta, jsonLd, links };
}

/** The document of an entry (itself for a document). */
export function documentOf(entries: readonly ContentEntry[], entry: ContentEntry): DocumentData {
  const key = entry.data.type === 'document' ? entry.key : (entry.data as SectionData).document;
  const doc = entries.find((e) => e.collection === 'documents' && e.key === key);
  if (!doc) throw new Error(`no document ${key}`);
  return doc.data as DocumentData;
}
