/**
 * The offline edition: a zip of the built site that works when opened from disk, search included.
 *
 *   tsx scripts/offline/build-bundle.ts [--dist dist] [--out <dist>/downloads/jp-cyber-policy-offline.zip]
 *                                       [--site https://…] [--no-fill] [--strict]
 *
 * Runs after `astro build` and the Pagefind step. Reads `dist/` (leaving out `pagefind/` and `downloads/`),
 * rewrites every page for `file:` (relative links to real files, classic scripts only, CSP adapted), adds the
 * offline search (MiniSearch indexes as classic scripts, built from the site's `data/search/<lang>.json`),
 * writes a reproducible zip and its `.sha256`, then fills the size and checksum into the site's `data-offline`
 * placeholders (unless `--no-fill`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'parse5';
import { defaultLocale, locales, type Locale } from '../../src/schemas';
import { ClassicScripts, offlineFolder } from './classic-scripts';
import { fillPlaceholders } from './fill-placeholders';
import { attr, findElement, parsePage } from './html-page';
import { readmeText } from './readme';
import { rewriteCssUrls } from './rewrite-css';
import { resolveFragmentChecks, rewritePage, type PendingFragmentCheck, type SearchAssets } from './rewrite-page';
import { buildIndex, indexScript, parseSearchDocuments, searchDocs, searchDocumentsFile } from './search-index';
import { isOnlineOnly, listFiles } from './site-files';
import { resolveUrl, type SiteMap } from './site-urls';
import { loadTokenizer, tokenizerScriptPath } from './tokenizer';
import { writeDeterministicZip, type ZipContent, type ZipResult } from './zip';
import { siteUrl as configuredSiteUrl, siteUrlIsPlaceholder } from '../../src/siteUrl';
import { offlineZipName } from '../../src/lib/urls';

/** The zip's file name, under `dist/downloads/` (src/lib/urls.ts: the site links the same name). */
export const zipName = offlineZipName;

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
/** MiniSearch's package folder (its `exports` hide the UMD build from the resolver; `dist/es/index.js` is two levels down). */
const miniSearchRoot = resolve(dirname(fileURLToPath(import.meta.resolve('minisearch'))), '../..');

/** Options of a bundle build. */
export interface BundleOptions {
  /** The built site. */
  distDir: string;
  /** Where the zip goes; its `.sha256` goes beside it. */
  out: string;
  /** The site's public URL, e.g. `https://cyber-policy.example.jp/`. */
  site: URL;
  /** Write the zip's size and checksum into the site's `data-offline` placeholders. */
  fill: boolean;
}

/** What a bundle build did. */
export interface BundleResult extends ZipResult {
  /** Files in the zip (folders not counted). */
  files: number;
  /** Milliseconds from start to the summary. */
  elapsedMs: number;
  /** Problems a reader of the offline copy would meet (broken links, scripts that cannot run from disk). */
  warnings: string[];
  /** Expected changes (online search removed from pages). */
  notes: string[];
  /** Pages of the site whose placeholders were filled. */
  filled: string[];
}

/** Offline text for `data-offline` placeholders in the copy: a zip cannot state its own size and checksum. */
const offlineNotes: Record<Locale, string> = {
  en: 'not shown in the offline copy',
  ja: 'オフライン版には表示されません',
};

/** The copy's language chooser when the site has none at its root (it should: `/` is the chooser). */
function fallbackChooser(): string {
  const links = locales.map((l) => `<li><a href="${l}/index.html" hreflang="${l}" lang="${l}">${l === 'ja' ? '日本語' : 'English'}</a></li>`);
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Japan's Cybersecurity Policy: Public Edition</title></head>\n<body><ul>${links.join('')}</ul></body>\n</html>\n`;
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

/** Builds the offline edition: rewritten copy, search, zip, checksum, placeholders. */
export async function buildBundle(options: BundleOptions): Promise<BundleResult> {
  const started = performance.now();
  const { distDir, site } = options;
  const siteFiles = listFiles(distDir).filter((f) => !isOnlineOnly(f));
  const read = (file: string): Buffer => readFileSync(join(distDir, file));

  const searchFiles = {
    miniSearch: `${offlineFolder}/minisearch.js`,
    license: `${offlineFolder}/minisearch.LICENSE.txt`,
    tokenizer: `${offlineFolder}/tokenize.js`,
    client: `${offlineFolder}/offline-search.js`,
    style: `${offlineFolder}/offline-search.css`,
    index: (lang: Locale) => `${offlineFolder}/search-index.${lang}.js`,
    crossNames: (lang: Locale) => `${offlineFolder}/cross-language.${lang}.js`,
  };
  /** The site's names file of a translated edition (`/data/cross-language/<lang>.json`), when the build wrote one. */
  const crossNamesFile = (lang: Locale) => `data/cross-language/${lang}.json`;
  const files = new Set(siteFiles);
  const map: SiteMap = { site, files };

  // One page at a time: read, parse, rewrite, keep the output bytes, drop the tree. What other pages need
  // from a page (its ids, for link fragments) is kept as a set of strings; a link to a page not reached yet
  // is checked at the end (`fragmentChecks`), so the warnings come out as if every page had been known.
  const ids = new Map<string, ReadonlySet<string>>();
  const idsOf = (file: string) => ids.get(file);
  const idsOrLater = (file: string) => ids.get(file) ?? (file.endsWith('.html') && files.has(file) ? 'later' : undefined);

  const pageWarnings: Array<{ warnings: string[]; checks: PendingFragmentCheck[] }> = [];
  const notes: string[] = [];
  /** Zip path → content; files copied unchanged are read again when the zip is written. */
  const output = new Map<string, ZipContent>();

  const searchPages = new Map<string, SearchAssets>();
  for (const lang of locales) {
    const page = `${lang}/search/index.html`;
    if (!files.has(page)) continue;
    // The page's own language first; a translation's page also searches the English originals.
    const indexLangs = lang === defaultLocale ? [lang] : [lang, defaultLocale];
    // The same names the online search page reads, so a Japanese query finds the English text offline too.
    const cross = lang !== defaultLocale && files.has(crossNamesFile(lang)) ? [searchFiles.crossNames(lang)] : [];
    searchPages.set(page, {
      styles: [searchFiles.style],
      scripts: [searchFiles.miniSearch, searchFiles.tokenizer, ...indexLangs.map(searchFiles.index), ...cross, searchFiles.client],
    });
  }

  const scripts = new ClassicScripts(read);
  /** Pages that may hold `data-offline` placeholders (only these are read again to fill them). */
  const placeholderPages: string[] = [];
  for (const file of siteFiles) {
    if (file.endsWith('.html')) {
      const html = read(file).toString('utf8');
      if (html.includes('data-offline')) placeholderPages.push(file);
      const page = parsePage(file, html);
      ids.set(file, page.ids);
      const lang = (locales as readonly string[]).includes(file.split('/', 1)[0]!) ? (file.split('/', 1)[0] as Locale) : 'en';
      const result = rewritePage(page, {
        map,
        idsOf: idsOrLater,
        scripts,
        search: searchPages.get(file),
        offlineNote: offlineNotes[lang],
      });
      pageWarnings.push({ warnings: result.warnings, checks: result.fragmentChecks });
      notes.push(...result.notes);
      output.set(file, Buffer.from(result.html, 'utf8'));
    } else if (file.endsWith('.css')) {
      const css = read(file).toString('utf8');
      const warnings: string[] = [];
      const rewritten = rewriteCssUrls(css, (url) => {
        const r = resolveUrl(url, file, map);
        if (r.kind === 'internal') return r.relative;
        if (r.kind === 'missing') warnings.push(`${file}: url(${url}) matches no file of the site`);
        return r.kind === 'external' ? url : r.absolute;
      });
      pageWarnings.push({ warnings, checks: [] });
      output.set(file, Buffer.from(rewritten, 'utf8'));
    } else {
      output.set(file, () => read(file));
    }
  }

  // Search: needs every page's ids (an entry is indexed only if its page or anchor exists).
  const warnings: string[] = [];
  const tokenizer = loadTokenizer();
  const lookup = { files, idsOf };
  for (const lang of locales) {
    const file = searchDocumentsFile(lang);
    if (!files.has(file)) throw new Error(`${join(distDir, file)} is missing: the offline search is built from the site's search documents; rebuild the site with \`astro build\`.`);
    const docs = searchDocs(parseSearchDocuments(file, read(file).toString('utf8'), lang), lookup, (m) => warnings.push(m));
    output.set(searchFiles.index(lang), Buffer.from(indexScript(buildIndex(lang, docs, tokenizer)), 'utf8'));
  }
  for (const lang of locales) {
    if (lang === defaultLocale || !files.has(crossNamesFile(lang))) continue;
    output.set(searchFiles.crossNames(lang), Buffer.from(crossNamesScript(lang, read(crossNamesFile(lang)).toString('utf8')), 'utf8'));
  }
  for (const lang of locales) {
    const page = `${lang}/search/index.html`;
    if (!files.has(page)) warnings.push(`search: the site has no ${page}; the offline search is not wired into any page for ${lang}`);
  }
  for (const page of pageWarnings) warnings.push(...resolveFragmentChecks(page.warnings, page.checks, idsOf));
  pageWarnings.length = 0;
  output.set(searchFiles.miniSearch, miniSearchScript());
  output.set(searchFiles.license, readFileSync(join(miniSearchRoot, 'LICENSE.txt')));
  output.set(searchFiles.tokenizer, readFileSync(tokenizerScriptPath));
  output.set(searchFiles.client, readFileSync(join(here, 'client/offline-search.js')));
  output.set(searchFiles.style, readFileSync(join(here, 'client/offline-search.css')));

  for (const [file, content] of scripts.files) output.set(file, content);
  for (const file of scripts.onlineSearchFiles()) output.delete(file);
  if (!output.has('index.html')) {
    warnings.push('the site has no index.html (language chooser); the copy gets a plain one');
    output.set('index.html', Buffer.from(fallbackChooser(), 'utf8'));
  }
  output.set('README.txt', Buffer.from(readmeText({ siteUrl: site.href, zipName }), 'utf8'));

  const zip = await writeDeterministicZip(output, options.out);
  writeFileSync(`${options.out}.sha256`, `${zip.sha256}  ${basename(options.out)}\n`);

  const filled = options.fill
    ? await fillPlaceholders(distDir, placeholderPages, zip)
    : [];
  return { ...zip, files: output.size, elapsedMs: Math.round(performance.now() - started), warnings, notes, filled };
}


/**
 * The site URL the built pages were made for: the canonical link of `<dist>/index.html` (Astro writes
 * `site` there), or undefined when the page or the link is missing.
 */
export function siteUrlFromDist(distDir: string): string | undefined {
  let html: string;
  try {
    html = readFileSync(join(distDir, 'index.html'), 'utf8');
  } catch {
    return undefined;
  }
  const canonical = findElement(
    parse(html, { scriptingEnabled: false }),
    (el) => el.tagName === 'link' && (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'),
  );
  const href = canonical && attr(canonical, 'href')?.trim();
  if (!href) return undefined;
  try {
    return new URL(href).href;
  } catch {
    return undefined;
  }
}

/**
 * The site URL: `--site`, else `SITE_URL`, else the canonical link of the built `index.html`, else the
 * default that astro.config.ts also uses (src/siteUrl.ts; Astro's config itself is not loaded: that costs
 * a second or more).
 */
function siteUrl(flag: string | undefined, distDir: string): URL {
  const value = flag ?? (siteUrlIsPlaceholder ? undefined : configuredSiteUrl) ?? siteUrlFromDist(distDir) ?? configuredSiteUrl;
  const url = new URL(value);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url;
}

/** Command line entry: parses the options, builds, prints warnings and a one-line summary. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string' },
      out: { type: 'string' },
      site: { type: 'string' },
      'no-fill': { type: 'boolean', default: false },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const distDir = resolve(values.dist ?? join(repoRoot, 'dist'));
  const result = await buildBundle({
    distDir,
    out: resolve(values.out ?? join(distDir, 'downloads', zipName)),
    site: siteUrl(values.site, distDir),
    fill: !values['no-fill'],
  });
  if (!values.quiet) for (const w of result.warnings) console.warn(`offline: warning: ${w}`);
  console.log(
    `offline: ${result.files} files, ${result.bytes} bytes zip, sha256 ${result.sha256}, ${result.elapsedMs} ms` +
      ` (${result.warnings.length} warnings, ${result.filled.length} pages filled)`,
  );
  if (values.strict && result.warnings.length > 0) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`offline: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
