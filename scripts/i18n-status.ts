/**
 * Prints translation coverage per collection: for every language, how many of the English entries
 * have an entry with the same key, and which are missing (first few). `CONTENT_DIR` swaps the content folder.
 * Usage: npm run i18n:status [-- --list]
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import matter from 'gray-matter';
import { locales, defaultLocale } from '../src/schemas/common';

const contentDir = process.env.CONTENT_DIR ?? 'content';
const collections = ['documents', 'sections', 'measures', 'glossary', 'topics'] as const;
const listAll = process.argv.includes('--list');

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
  });
}

/** The keys of a collection in one language (frontmatter `key`, else the path). */
function keysOf(collection: string, lang: string): Set<string> {
  const base = join(contentDir, collection, lang);
  return new Set(
    markdownFiles(base).map((file) => {
      const { data } = matter(readFileSync(file, 'utf8'));
      return typeof data.key === 'string' ? data.key : relative(base, file).replace(/\.md$/, '');
    }),
  );
}

if (!existsSync(contentDir)) {
  console.error(`No content folder at ${contentDir}: run \`npm run ingest\` or set CONTENT_DIR.`);
  process.exit(1);
}

const rows: string[][] = [];
const missing: string[] = [];
for (const collection of collections) {
  const source = keysOf(collection, defaultLocale);
  for (const lang of locales) {
    if (lang === defaultLocale) continue;
    const translated = keysOf(collection, lang);
    const done = [...source].filter((key) => translated.has(key));
    const orphans = [...translated].filter((key) => !source.has(key));
    const pct = source.size === 0 ? 100 : Math.round((done.length / source.size) * 100);
    rows.push([collection, lang, `${done.length}/${source.size}`, `${pct}%`, orphans.length ? `${orphans.length} without English` : '']);
    const todo = [...source].filter((key) => !translated.has(key));
    if (todo.length > 0) {
      const shown = listAll ? todo : todo.slice(0, 5);
      missing.push(`${collection} (${lang}): ${shown.join(', ')}${shown.length < todo.length ? `, … (${todo.length - shown.length} more; --list shows all)` : ''}`);
    }
  }
}

const header = ['collection', 'lang', 'translated', 'coverage', 'notes'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
console.log(`Translation coverage of ${contentDir} (source language: ${defaultLocale})\n`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
if (missing.length > 0) console.log(`\nNot yet translated:\n- ${missing.join('\n- ')}`);
