/**
 * The offline edition: a zip of the built site that works when opened from disk, search included.
 *
 *   tsx scripts/offline/build-bundle.ts [--dist dist] [--out <dist>/downloads/jp-cyber-policy-offline.zip]
 *                                       [--site https://…] [--no-fill] [--strict]
 *
 * Runs after `astro build` and the Pagefind step. Reads `dist/` (leaving out `pagefind/` and `downloads/`),
 * rewrites every page for `file:` (relative links to real files, classic scripts only, CSP adapted), adds the
 * offline search (MiniSearch indexes as classic scripts, built from the site's `data/search/<lang>.json`),
 * writes a reproducible zip and its `.sha256`, then fills the size and checksum into the site's `data-offline` placeholders (unless `--no-fill`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { relTokens } from '../built-site/links';
import { scanHtml, tagAttr } from '../built-site/scan-html';
import { listFiles } from '../built-site/walk';
import { locales } from '../../src/schemas';
import { ClassicScripts } from './classic-scripts';
import { copySite } from './copy-site';
import { fillPlaceholders } from './fill-placeholders';
import { addSearchFiles, addSearchRuntime, searchAssetsByPage } from './offline-search-files';
import { readmeText } from './readme';
import { resolveFragmentChecks } from './rewrite-page';
import { isOnlineOnly } from './site-files';
import type { SiteMap } from './site-urls';
import { writeDeterministicZip, type ZipContent, type ZipResult } from './zip';
import { siteUrl as configuredSiteUrl, siteUrlIsPlaceholder } from '../../src/siteUrl';
import { offlineZipName } from '../../src/lib/urls';

/** The zip's file name, under `dist/downloads/` (src/lib/urls.ts: the site links the same name). */
export const zipName = offlineZipName;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

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

/** The copy's language chooser when the site has none at its root (it should: `/` is the chooser). */
function fallbackChooser(): string {
  const links = locales.map((l) => `<li><a href="${l}/index.html" hreflang="${l}" lang="${l}">${l === 'ja' ? '日本語' : 'English'}</a></li>`);
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Japan's Cybersecurity Policy: Public Edition</title></head>\n<body><ul>${links.join('')}</ul></body>\n</html>\n`;
}

/** Adds what the copy holds besides the site: the scripts moved out of pages, a chooser if missing, the README. */
function addCopyFiles(output: Map<string, ZipContent>, scripts: ClassicScripts, site: URL, warnings: string[]): void {
  for (const [file, content] of scripts.files) output.set(file, content);
  for (const file of scripts.onlineSearchFiles()) output.delete(file);
  if (!output.has('index.html')) {
    warnings.push('the site has no index.html (language chooser); the copy gets a plain one');
    output.set('index.html', Buffer.from(fallbackChooser(), 'utf8'));
  }
  output.set('README.txt', Buffer.from(readmeText({ siteUrl: site.href, zipName }), 'utf8'));
}

/** Builds the offline edition: rewritten copy, search, zip, checksum, placeholders. */
export async function buildBundle(options: BundleOptions): Promise<BundleResult> {
  const started = performance.now();
  const { distDir, site } = options;
  const siteFiles = listFiles(distDir).filter((f) => !isOnlineOnly(f));
  const files = new Set(siteFiles);
  const map: SiteMap = { site, files };
  const scripts = new ClassicScripts((file) => readFileSync(join(distDir, file)));
  const copy = copySite(distDir, siteFiles, map, scripts, searchAssetsByPage(files));
  const idsOf = (file: string) => copy.ids.get(file);
  const { output } = copy;

  const warnings = addSearchFiles(output, { distDir, files, idsOf });
  for (const page of copy.pending) warnings.push(...resolveFragmentChecks(page.warnings, page.checks, idsOf));
  copy.pending.length = 0;
  addSearchRuntime(output);
  addCopyFiles(output, scripts, site, warnings);

  const zip = await writeDeterministicZip(output, options.out);
  writeFileSync(`${options.out}.sha256`, `${zip.sha256}  ${basename(options.out)}\n`);
  const filled = options.fill ? await fillPlaceholders(distDir, copy.placeholderPages, zip) : [];
  return { ...zip, files: output.size, elapsedMs: Math.round(performance.now() - started), warnings, notes: copy.notes, filled };
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
  let href: string | undefined;
  scanHtml(html, {
    startTag: (tag) => {
      if (href === undefined && tag.name === 'link' && relTokens(tagAttr(tag, 'rel')).includes('canonical')) href = tagAttr(tag, 'href')?.trim() ?? '';
    },
  });
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
