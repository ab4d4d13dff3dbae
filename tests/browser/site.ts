/**
 * What the browser tests need to know about the built site: where it is, which page stands for each page
 * type (found in dist, so the suite runs on the real content and on `tests/fixtures/content-sample` alike),
 * the UI strings, and the measures data.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../src/i18n/en.json';
import ja from '../../src/i18n/ja.json';
import { requireDist } from '../support/paths';

/** The site's languages. */
export const langs = ['en', 'ja'] as const;
export type Lang = (typeof langs)[number];

/** The UI strings of each language (the site's own dictionaries). */
export const ui: Record<Lang, Record<string, string>> = { en, ja };

/** A UI string with `{name}` placeholders filled. */
export function t(lang: Lang, key: string, vars: Record<string, string | number> = {}): string {
  const value = ui[lang][key];
  if (value === undefined) throw new Error(`no UI string "${key}" in src/i18n/${lang}.json`);
  return value.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The built site to test: `DIST_DIR` when set (a build elsewhere), else `dist/` (which must exist). */
export function siteDir(): string {
  const dir = process.env.DIST_DIR;
  if (dir === undefined) return requireDist();
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`DIST_DIR=${dir} holds no built site (no index.html).`);
  return dir.endsWith('/') ? dir : `${dir}/`;
}

/**
 * URL prefixes of later build steps (search index, offline zip) whose folders are missing from dist: tests do
 * not count requests into them (nor the errors those cause) — as `scripts/check` does not check links into them.
 */
export function unbuiltPrefixes(dir: string = siteDir()): string[] {
  return ['pagefind', 'downloads'].filter((folder) => !existsSync(join(dir, folder))).map((folder) => `/${folder}/`);
}

/** The URL paths of the `index.html` pages below `dir/<lang>/<folder>/`, sorted (`/en/measures/a/b/`). */
function pagesUnder(dir: string, lang: Lang, folder: string): string[] {
  const root = join(dir, lang, folder);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'index.html' || file.endsWith('/index.html'))
    .map((file) => `/${lang}/${folder}/${file.slice(0, -'index.html'.length)}`.replace(/\/+$/, '/'))
    .filter((path) => path !== `/${lang}/${folder}/`)
    .sort();
}

/** A page standing for one page type, in one language. */
export interface SamplePage {
  /** `home`, `reading edition strategy-2021`, `measure`, … */
  type: string;
  lang: Lang | 'both';
  path: string;
}

/** The entry keys a sample is built from. */
export interface SiteKeys {
  documents: string[];
  /** A section page key (the first one that has its own page). */
  section: string;
  /** A measure key inside the first document. */
  measure: string;
  topic: string;
}

/** Picks the documents, a section, a measure and a topic from the built English pages. */
export function siteKeys(dir: string = siteDir()): SiteKeys {
  const keysOf = (folder: string): string[] => pagesUnder(dir, 'en', folder).map((p) => p.slice(`/en/${folder}/`.length, -1));
  const documents = keysOf('documents');
  const sections = keysOf('sections');
  const measures = keysOf('measures');
  const topics = keysOf('topics');
  const [section] = sections;
  // A measure with text of its own (a leaf of the first document), so its page shows body text.
  const withText = new Set(existsSync(join(dir, 'data', 'measures.json')) ? measuresData(dir).filter((m) => m.text?.trim()).map((m) => m.key) : []);
  const inFirst = measures.filter((m) => m.startsWith(`${documents[0]}/`));
  const measure = inFirst.find((m) => withText.has(m)) ?? inFirst[0] ?? measures[0];
  const [topic] = topics;
  if (!documents.length || section === undefined || measure === undefined || topic === undefined) {
    throw new Error(`the site in ${dir} lacks documents, sections, measures or topics: build it with content`);
  }
  return { documents, section, measure, topic };
}

/**
 * One page per page type and language: home, the reading edition of each document, a section page, a measure
 * page, the measures explorer, the glossary, the topics index and one topic, the map and the download page;
 * plus the language chooser and the 404 page (both languages on one page).
 */
export function samplePages(dir: string = siteDir()): SamplePage[] {
  const keys = siteKeys(dir);
  const pages: SamplePage[] = [{ type: 'language chooser', lang: 'both', path: '/' }];
  for (const lang of langs) {
    pages.push(
      { type: 'home', lang, path: `/${lang}/` },
      ...keys.documents.map((doc) => ({ type: `reading edition ${doc}`, lang, path: `/${lang}/documents/${doc}/` })),
      { type: 'section', lang, path: `/${lang}/sections/${keys.section}/` },
      { type: 'measure', lang, path: `/${lang}/measures/${keys.measure}/` },
      { type: 'explorer', lang, path: `/${lang}/measures/` },
      { type: 'glossary', lang, path: `/${lang}/glossary/` },
      { type: 'topics', lang, path: `/${lang}/topics/` },
      { type: 'topic', lang, path: `/${lang}/topics/${keys.topic}/` },
      { type: 'map', lang, path: `/${lang}/map/` },
      { type: 'download', lang, path: `/${lang}/download/` },
    );
  }
  pages.push({ type: '404', lang: 'both', path: '/404.html' });
  return pages;
}

/** One measure of `/data/measures.json`. */
export interface MeasureRecord {
  key: string;
  document: string;
  documentTitle: string;
  title: string;
  number?: string;
  direction?: string;
  actors: string[];
  topics: string[];
  /** The measure's own text (Markdown), empty for a heading with parts only. */
  text?: string;
}

/** The measures data file of the built site (English records). */
export function measuresData(dir: string = siteDir()): MeasureRecord[] {
  const data = JSON.parse(readFileSync(join(dir, 'data', 'measures.json'), 'utf8')) as { measures: MeasureRecord[] };
  return data.measures;
}

/** `#<key with / replaced by ->`: where an entry sits in its document's reading edition. */
export function anchorOf(key: string): string {
  return key.replaceAll('/', '-');
}
