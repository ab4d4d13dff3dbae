import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultLocale, locales, type Locale } from '../../src/schemas';
import { offlineFolder } from './classic-scripts';
import type { SearchAssets } from './rewrite-page';
import { buildIndex, indexScript, parseSearchDocuments, searchDocs, searchDocumentsFile } from './search-index';
import { loadTokenizer, tokenizerScriptPath } from './tokenizer';
import type { ZipContent } from './zip';

const here = dirname(fileURLToPath(import.meta.url));
/** MiniSearch's package folder (its `exports` hide the UMD build from the resolver; `dist/es/index.js` is two levels down). */
const miniSearchRoot = resolve(dirname(fileURLToPath(import.meta.resolve('minisearch'))), '../..');

/** Where the offline search's files go in the copy. */
export const searchFiles = {
  miniSearch: `${offlineFolder}/minisearch.js`,
  license: `${offlineFolder}/minisearch.LICENSE.txt`,
  tokenizer: `${offlineFolder}/tokenize.js`,
  client: `${offlineFolder}/offline-search.js`,
  style: `${offlineFolder}/offline-search.css`,
  index: (lang: Locale) => `${offlineFolder}/search-index.${lang}.js`,
  crossNames: (lang: Locale) => `${offlineFolder}/cross-language.${lang}.js`,
};

/** The site's names file of a translated edition (`/data/cross-language/<lang>.json`), when the build wrote one. */
const crossNamesFile = (lang: Locale): string => `data/cross-language/${lang}.json`;

/** The site's search page of a language. */
const searchPage = (lang: Locale): string => `${lang}/search/index.html`;

/** The offline search files each search page of the site loads, by page. */
export function searchAssetsByPage(files: ReadonlySet<string>): Map<string, SearchAssets> {
  const pages = new Map<string, SearchAssets>();
  for (const lang of locales) {
    if (!files.has(searchPage(lang))) continue;
    // The page's own language first; a translation's page also searches the English originals.
    const indexLangs = lang === defaultLocale ? [lang] : [lang, defaultLocale];
    // The same names the online search page reads, so a Japanese query finds the English text offline too.
    const cross = lang !== defaultLocale && files.has(crossNamesFile(lang)) ? [searchFiles.crossNames(lang)] : [];
    pages.set(searchPage(lang), {
      styles: [searchFiles.style],
      scripts: [searchFiles.miniSearch, searchFiles.tokenizer, ...indexLangs.map(searchFiles.index), ...cross, searchFiles.client],
    });
  }
  return pages;
}

/**
 * The classic script that hands a translated edition's names to the offline search page
 * (`window.__OFFLINE_CROSS_LANGUAGE__[lang]`): the site's own `/data/cross-language/<lang>.json`, unchanged.
 */
export function crossNamesScript(lang: Locale, json: string): string {
  const data: unknown = JSON.parse(json);
  return `/* Names of the ${lang} edition and the English terms they stand for; from data/cross-language/${lang}.json. */\n(window.__OFFLINE_CROSS_LANGUAGE__ = window.__OFFLINE_CROSS_LANGUAGE__ || {})[${JSON.stringify(lang)}] = ${JSON.stringify(data)};\n`;
}

/** MiniSearch's UMD build, minus its source-map comment (the map is not shipped). */
function miniSearchScript(): Buffer {
  const umd = readFileSync(join(miniSearchRoot, 'dist/umd/index.js'), 'utf8');
  return Buffer.from(umd.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'), 'utf8');
}

/** What the search files are built from. */
export interface SearchSources {
  distDir: string;
  files: ReadonlySet<string>;
  idsOf(file: string): ReadonlySet<string> | undefined;
}

/**
 * Adds the offline search to the copy: a MiniSearch index per language from the site's search documents
 * (`data/search/<lang>.json`; a document is indexed only if its page or anchor exists, so every page's ids must be
 * known), the cross-language names, MiniSearch, the tokeniser and the client. Returns the warnings.
 */
export function addSearchFiles(output: Map<string, ZipContent>, sources: SearchSources): string[] {
  const warnings: string[] = [];
  const { files, idsOf } = sources;
  const tokenizer = loadTokenizer();
  const lookup = { files, idsOf };
  for (const lang of locales) {
    const file = searchDocumentsFile(lang);
    if (!files.has(file)) throw new Error(`${join(sources.distDir, file)} is missing: the offline search is built from the site's search documents; rebuild the site with \`astro build\`.`);
    const docs = searchDocs(parseSearchDocuments(file, readFileSync(join(sources.distDir, file), 'utf8'), lang), lookup, (m) => warnings.push(m));
    output.set(searchFiles.index(lang), Buffer.from(indexScript(buildIndex(lang, docs, tokenizer)), 'utf8'));
  }
  for (const lang of locales) {
    if (lang === defaultLocale || !files.has(crossNamesFile(lang))) continue;
    const json = readFileSync(join(sources.distDir, crossNamesFile(lang)), 'utf8');
    output.set(searchFiles.crossNames(lang), Buffer.from(crossNamesScript(lang, json), 'utf8'));
  }
  for (const lang of locales) {
    const page = searchPage(lang);
    if (!files.has(page)) warnings.push(`search: the site has no ${page}; the offline search is not wired into any page for ${lang}`);
  }
  return warnings;
}

/** Adds the search runtime: MiniSearch (with its licence), the tokeniser, the client script and style sheet. */
export function addSearchRuntime(output: Map<string, ZipContent>): void {
  output.set(searchFiles.miniSearch, miniSearchScript());
  output.set(searchFiles.license, readFileSync(join(miniSearchRoot, 'LICENSE.txt')));
  output.set(searchFiles.tokenizer, readFileSync(tokenizerScriptPath));
  output.set(searchFiles.client, readFileSync(join(here, 'client/offline-search.js')));
  output.set(searchFiles.style, readFileSync(join(here, 'client/offline-search.css')));
}
