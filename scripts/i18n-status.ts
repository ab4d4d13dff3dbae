/**
 * Translation status of the content: coverage per collection and language, and the drift check.
 *
 * A translation (`content/<collection>/<lang>/<key>.md`, lang ≠ en) repeats its English entry's structural
 * frontmatter (document, parent, order, depth, number, kind, direction, group, source, topics, actors, …): the
 * site places, links and filters the Japanese page by the Japanese entry's own fields, so a structural field
 * that drifts from English breaks pages silently. Only the translatable fields (`translatableFields`) may differ
 * — in wording, not in presence.
 *
 * Usage: npm run i18n:status [-- --strict] [-- --list]
 *   --strict  exit 1 when there is any drift problem (CI, before publishing a translation)
 *   --list    list every untranslated key, not only the first few
 * `CONTENT_DIR` swaps the content folder (fixtures, temp corpora).
 *
 * Also a module: `checkDrift`, `coverage`, `formatReport` and `run` are used by tests/i18n.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import matter from 'gray-matter';
import { parse as parseYaml } from 'yaml';
import { collectionSchemas, defaultLocale, locales, type CollectionName } from '../src/schemas/index';

/** The collections, in the order they are reported. */
export const collections = Object.keys(collectionSchemas) as CollectionName[];

/**
 * The fields a translation may word differently from its English entry. Everything else in the frontmatter is
 * structural and must be identical (after the schema's defaults are applied). The body counts as translatable,
 * but must have text exactly when the English body has text.
 */
export const translatableFields: Readonly<Record<CollectionName, readonly string[]>> = {
  documents: ['title', 'shortTitle', 'originalTitle', 'issuer', 'approvedBy', 'dateLabel', 'kindLabels'],
  sections: ['title'],
  measures: ['title'],
  glossary: ['term', 'expansion', 'nameJa', 'aliases'],
  topics: ['title'],
};

/**
 * Translatable fields a translation may leave out: without a document's own names for its kinds of part, the
 * pages of that language show the interface's names for the kinds.
 */
export const omissibleFields: Readonly<Partial<Record<CollectionName, readonly string[]>>> = {
  documents: ['kindLabels'],
};

/** Fields that differ between languages by definition, checked on their own. */
const perLanguageFields = ['lang', 'generated'];

/** One Markdown entry as read from disk. */
export interface EntryFile {
  /** Path relative to the content folder, with `/` separators (e.g. `sections/ja/strategy-2021/direction-1.md`). */
  file: string;
  collection: CollectionName;
  /** The language folder the file is in. */
  folder: string;
  /** The key the path implies (`<key>.md` below the language folder). */
  pathKey: string;
  /** The frontmatter as written. */
  raw: Record<string, unknown>;
  /**
   * The frontmatter after the collection schema (defaults applied, unknown fields dropped); when the whole does
   * not parse, each schema field parsed on its own, leaving out the fields that fail.
   */
  data: Record<string, unknown>;
  /** Schema problems, as `field: message`. */
  schemaErrors: { field: string; message: string }[];
  body: string;
}

/** One reason a translation does not match its English entry. */
export interface DriftProblem {
  /** The translation's path, relative to the content folder's parent as given (e.g. `content/sections/ja/…`). */
  file: string;
  /** The frontmatter field (dotted for nested ones: `source.startLine`), `body`, or `file`. */
  field: string;
  message: string;
}

/** Coverage of one collection in one language. */
export interface CoverageRow {
  collection: CollectionName;
  lang: string;
  /** English entries that have a translation with the same key. */
  translated: number;
  /** English entries. */
  total: number;
  /** translated / total × 100 (100 when there is nothing to translate). */
  percent: number;
  /** Keys of English entries without a translation, in key order. */
  missing: string[];
  /** Translations whose key has no English entry. */
  orphans: string[];
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? markdownFiles(path) : name.endsWith('.md') ? [path] : [];
    });
}

const posix = (path: string) => path.split(sep).join('/');

/** The schema's fields parsed one by one (defaults applied), so one bad value does not hide the others' drift. */
function parseFieldByField(shape: Record<string, { safeParse(value: unknown): { success: boolean; data?: unknown } }>, raw: Record<string, unknown>): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [field, schema] of Object.entries(shape)) {
    const result = schema.safeParse(raw[field]);
    if (result.success && result.data !== undefined) data[field] = result.data;
  }
  return data;
}

/**
 * Frontmatter read with the `yaml` package (YAML 1.2 core schema), the engine ingest writes it with: gray-matter's
 * default (js-yaml, YAML 1.1) would read an unquoted date as a Date and `no` as false, which the schemas reject.
 */
const frontmatterOptions = { engines: { yaml: (source: string) => parseYaml(source) as object } };

/** Every entry of the content folder, by collection, in every language folder found. */
export function readCorpus(contentDir: string): EntryFile[] {
  const entries: EntryFile[] = [];
  for (const collection of collections) {
    const base = join(contentDir, collection);
    if (!existsSync(base)) continue;
    for (const folder of readdirSync(base).sort()) {
      const langDir = join(base, folder);
      if (!statSync(langDir).isDirectory()) continue;
      for (const path of markdownFiles(langDir)) {
        const parsed = matter(readFileSync(path, 'utf8'), frontmatterOptions);
        const raw = { ...(parsed.data as Record<string, unknown>) };
        const schema = collectionSchemas[collection];
        const result = schema.safeParse(raw);
        entries.push({
          file: posix(relative(contentDir, path)),
          collection,
          folder,
          pathKey: posix(relative(langDir, path)).replace(/\.md$/, ''),
          raw,
          data: result.success ? (result.data as Record<string, unknown>) : parseFieldByField(schema.shape, raw),
          schemaErrors: result.success
            ? []
            : result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(frontmatter)', message: issue.message })),
          body: parsed.content,
        });
      }
    }
  }
  return entries;
}

/** The key an entry is known by: its frontmatter `key`, else its path. */
const keyOf = (entry: EntryFile) => (typeof entry.raw.key === 'string' ? entry.raw.key : entry.pathKey);

const show = (value: unknown) => {
  const text = value === undefined ? '(missing)' : JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return Object.is(a, b);
}

/** Field-by-field differences between two frontmatter objects (nested objects by dotted path, arrays whole). */
function differences(english: Record<string, unknown>, translation: Record<string, unknown>, skip: Set<string>, prefix = ''): { field: string; english: unknown; translation: unknown }[] {
  const keys = [...new Set([...Object.keys(english), ...Object.keys(translation)])].sort();
  const found: { field: string; english: unknown; translation: unknown }[] = [];
  for (const key of keys) {
    const field = `${prefix}${key}`;
    if (skip.has(field)) continue;
    const a = english[key];
    const b = translation[key];
    if (isPlainObject(a) && isPlainObject(b)) found.push(...differences(a, b, skip, `${field}.`));
    else if (!sameValue(a, b)) found.push({ field, english: a, translation: b });
  }
  return found;
}

const hasText = (body: string) => body.trim() !== '';

/**
 * Checks every non-English entry against the English entry with the same key: same structural fields, the
 * translatable fields present exactly where English has them, text in the body exactly where English has text,
 * a valid frontmatter, a path that matches `<collection>/<lang>/<key>.md`, `lang` equal to its folder and
 * `generated: false`. `displayDir` prefixes the reported paths (default: the content folder as given).
 */
export function checkDrift(contentDir: string, displayDir = contentDir): DriftProblem[] {
  const entries = readCorpus(contentDir);
  const problems: DriftProblem[] = [];
  const at = (entry: EntryFile) => posix(join(displayDir, entry.file));
  const english = new Map<string, EntryFile>();
  for (const entry of entries) {
    if (entry.folder === defaultLocale) english.set(`${entry.collection}/${keyOf(entry)}`, entry);
  }
  const seen = new Map<string, string>();

  for (const entry of entries) {
    if (entry.folder === defaultLocale) continue;
    const file = at(entry);
    const report = (field: string, message: string) => problems.push({ file, field, message });
    if (!(locales as readonly string[]).includes(entry.folder)) {
      report('file', `is in "${entry.folder}/", which is not a language folder of the edition (${locales.join(', ')}): move it`);
    }
    for (const error of entry.schemaErrors) report(error.field, `invalid frontmatter: ${error.message}`);
    const shape = collectionSchemas[entry.collection].shape as Record<string, unknown>;
    for (const field of Object.keys(entry.raw)) {
      if (!(field in shape)) report(field, `unknown field (not in src/schemas; the site drops it): misspelt?`);
    }
    const key = keyOf(entry);
    if (key !== entry.pathKey) report('key', `is ${show(key)}, but the file's path says "${entry.pathKey}": keep the path ${entry.collection}/${entry.folder}/<key>.md`);
    if (entry.raw.lang !== entry.folder) report('lang', `is ${show(entry.raw.lang)}, but the file is in the "${entry.folder}/" folder: set \`lang: ${entry.folder}\``);
    if (entry.raw.generated === true) report('generated', 'is true: set `generated: false` (ingest writes only en/; true marks a file as ingest output)');
    const duplicate = seen.get(`${entry.collection}/${entry.folder}/${key}`);
    if (duplicate) report('key', `"${key}" is also the key of ${duplicate}`);
    seen.set(`${entry.collection}/${entry.folder}/${key}`, file);

    const source = english.get(`${entry.collection}/${key}`);
    if (!source) {
      report('key', `no English entry ${entry.collection}/${defaultLocale}/${key}.md: a translation needs its English entry with the same key (renamed by a re-ingest?)`);
      continue;
    }
    const a = source.data;
    const b = entry.data;
    const translatable = new Set(translatableFields[entry.collection]);
    const omissible = new Set(omissibleFields[entry.collection]);
    const skip = new Set([...translatable, ...perLanguageFields]);
    // Fields the schema rejected are reported above; comparing their values again would only repeat it.
    const rejected = new Set(entry.schemaErrors.map((error) => error.field.split('.')[0]!));
    for (const field of rejected) skip.add(field);
    for (const diff of differences(a, b, skip)) {
      report(diff.field, `is ${show(diff.translation)}, English has ${show(diff.english)}: structural fields must be copied from the English entry`);
    }
    for (const field of translatable) {
      if (rejected.has(field)) continue;
      const inEnglish = a[field] !== undefined;
      const inTranslation = b[field] !== undefined;
      if (inEnglish && !inTranslation && !omissible.has(field)) report(field, 'is missing, but the English entry has it: translate it');
      if (!inEnglish && inTranslation) report(field, 'is set, but the English entry has none: remove it (or add it to the English source)');
    }
    if (hasText(source.body) && !hasText(entry.body)) report('body', 'is empty, but the English entry has text: translate the body');
    if (!hasText(source.body) && hasText(entry.body)) report('body', 'has text, but the English entry is an empty container: leave the body empty');
  }
  return problems;
}

/** Coverage per collection and language: how many English entries have a translation with the same key. */
export function coverage(contentDir: string): CoverageRow[] {
  const entries = readCorpus(contentDir);
  const rows: CoverageRow[] = [];
  const folders = [...new Set([...locales, ...entries.map((e) => e.folder)])].filter((lang) => lang !== defaultLocale);
  for (const collection of collections) {
    const source = new Set(entries.filter((e) => e.collection === collection && e.folder === defaultLocale).map(keyOf));
    for (const lang of folders) {
      const translated = new Set(entries.filter((e) => e.collection === collection && e.folder === lang).map(keyOf));
      const done = [...source].filter((key) => translated.has(key));
      rows.push({
        collection,
        lang,
        translated: done.length,
        total: source.size,
        percent: source.size === 0 ? 100 : (done.length / source.size) * 100,
        missing: [...source].filter((key) => !translated.has(key)).sort(),
        orphans: [...translated].filter((key) => !source.has(key)).sort(),
      });
    }
  }
  return rows;
}

/** How many topics and glossary terms have a Japanese name (a translation, or the name recorded in the vocabulary). */
export interface JapaneseNameRow {
  collection: 'topics' | 'glossary';
  /** Entries with a Japanese name. */
  named: number;
  /** English entries. */
  total: number;
  /** Named from an official or published source (`nameJaSource`, `titleJaSource`, or a hand-made translation). */
  sourced: number;
  /** Named by the edition itself (`titleJaEditorial`). */
  editorial: number;
  /** Keys without a Japanese name. */
  unnamed: string[];
}

/**
 * Japanese-name coverage of topics and glossary terms: the name a Japanese page shows for an entry that has no
 * Japanese translation (`titleJa` of a topic, `nameJa` of a term, from seeds/vocabulary.yaml), or the translation's own.
 */
export function japaneseNames(contentDir: string): JapaneseNameRow[] {
  const entries = readCorpus(contentDir);
  return (['topics', 'glossary'] as const).map((collection) => {
    const translated = new Set(entries.filter((e) => e.collection === collection && e.folder === 'ja').map(keyOf));
    const english = entries.filter((e) => e.collection === collection && e.folder === defaultLocale);
    const row: JapaneseNameRow = { collection, named: 0, total: english.length, sourced: 0, editorial: 0, unnamed: [] };
    for (const entry of english) {
      const name = collection === 'topics' ? entry.data.titleJa : entry.data.nameJa;
      if (translated.has(keyOf(entry))) {
        row.named += 1;
        row.sourced += 1;
      } else if (typeof name === 'string' && name !== '') {
        row.named += 1;
        if (entry.data.titleJaEditorial === true) row.editorial += 1;
        else row.sourced += 1;
      } else {
        row.unnamed.push(keyOf(entry));
      }
    }
    row.unnamed.sort();
    return row;
  });
}

const pct = (value: number) => `${value.toFixed(1)}%`;

/** The Japanese-name part of the report: one line per collection. */
export function formatJapaneseNames(rows: readonly JapaneseNameRow[], options: { listAll?: boolean } = {}): string[] {
  const out = ['Japanese names (what a Japanese page shows for a topic or term without a translation):'];
  for (const row of rows) {
    const share = pct(row.total === 0 ? 100 : (row.named / row.total) * 100);
    const how = row.collection === 'topics' ? `${row.editorial} editorial, ${row.sourced} official` : `${row.sourced} with a source`;
    out.push(`- ${row.collection}: ${row.named}/${row.total} (${share}; ${how})`);
    if (row.unnamed.length > 0) {
      const shown = options.listAll ? row.unnamed : row.unnamed.slice(0, 8);
      const more = row.unnamed.length - shown.length;
      out.push(`  without a Japanese name: ${shown.join(', ')}${more > 0 ? `, … (${more} more; --list shows all)` : ''}`);
    }
  }
  return out;
}

/** The report `npm run i18n:status` prints. */
export function formatReport(contentDir: string, rows: CoverageRow[], problems: DriftProblem[], options: { listAll?: boolean } = {}): string {
  const out: string[] = [];
  out.push(`Translation coverage of ${contentDir} (source language: ${defaultLocale})`, '');
  const table: string[][] = rows.map((row) => [
    row.collection,
    row.lang,
    `${row.translated}/${row.total}`,
    pct(row.percent),
    row.orphans.length ? `${row.orphans.length} without English` : '',
  ]);
  for (const lang of [...new Set(rows.map((row) => row.lang))]) {
    const mine = rows.filter((row) => row.lang === lang);
    const translated = mine.reduce((sum, row) => sum + row.translated, 0);
    const total = mine.reduce((sum, row) => sum + row.total, 0);
    table.push(['all', lang, `${translated}/${total}`, pct(total === 0 ? 100 : (translated / total) * 100), '']);
  }
  const header = ['collection', 'lang', 'translated', 'coverage', 'notes'];
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 2 || i === 3 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ').trimEnd();
  out.push(line(header), line(widths.map((w) => '-'.repeat(w))));
  for (const row of table) out.push(line(row));

  const missing = rows.filter((row) => row.missing.length > 0);
  if (missing.length > 0) {
    out.push('', 'Not yet translated:');
    for (const row of missing) {
      const shown = options.listAll ? row.missing : row.missing.slice(0, 5);
      const more = row.missing.length - shown.length;
      out.push(`- ${row.collection} (${row.lang}): ${shown.join(', ')}${more > 0 ? `, … (${more} more; --list shows all)` : ''}`);
    }
  }

  out.push('');
  if (problems.length === 0) {
    const count = rows.reduce((sum, row) => sum + row.translated + row.orphans.length, 0);
    out.push(`Drift check: OK (${count} translated ${count === 1 ? 'entry matches its' : 'entries match their'} English structure).`);
  } else {
    out.push(`Drift check: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} (a translation must repeat its English entry's structural fields; only ${[...new Set(Object.values(translatableFields).flat())].join(', ')} and the body may differ):`);
    for (const problem of problems) out.push(`- ${problem.file}: ${problem.field} ${problem.message}`);
  }
  return out.join('\n');
}

/** Runs the command line; returns the exit code (1 on a missing content folder, or on drift with --strict). */
export function run(argv: readonly string[], contentDir = process.env.CONTENT_DIR ?? 'content', print: (text: string) => void = console.log): number {
  if (!existsSync(contentDir)) {
    print(`No content folder at ${contentDir}: run \`npm run ingest\` or set CONTENT_DIR.`);
    return 1;
  }
  const strict = argv.includes('--strict');
  const problems = checkDrift(contentDir);
  const listAll = argv.includes('--list');
  print(formatReport(contentDir, coverage(contentDir), problems, { listAll }));
  print(['', ...formatJapaneseNames(japaneseNames(contentDir), { listAll })].join('\n'));
  if (strict && problems.length > 0) {
    print(`\n--strict: failing on ${problems.length} drift ${problems.length === 1 ? 'problem' : 'problems'}.`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = run(process.argv.slice(2));
}
