import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../built-site/walk';
import { readPage, type SitePage } from './page';

/** Top-level folders written by build steps after `astro build` (search index, offline zip) that may not have run. */
export const laterStepFolders = ['pagefind', 'downloads'] as const;

/** A stylesheet of the built site. */
export interface SiteStylesheet {
  file: string;
  url: string;
  text: string;
}

/** The built site as the checks see it. */
export interface Site {
  /** The dist folder. */
  dir: string;
  /** Every file in dist, `/`-separated, relative to it. */
  files: Set<string>;
  /** Every HTML page, by the URL path it is served at. */
  pages: Map<string, SitePage>;
  stylesheets: SiteStylesheet[];
  /** The production origin (`https://example.jp`) whose absolute URLs count as the site's own; undefined if unknown. */
  origin: string | undefined;
  /** Later-step folders (`pagefind`, `downloads`) absent from dist: links into them are not checked. */
  unbuiltFolders: Set<string>;
}

/** Options of {@link loadSite}. */
export interface LoadSiteOptions {
  /** The site's own origin; by default the most common origin of the pages' canonical links. */
  site?: string | undefined;
}

/** The origin most canonical links use, or undefined when no page has an absolute canonical. */
function inferOrigin(pages: Iterable<SitePage>): string | undefined {
  const counts = new Map<string, number>();
  for (const page of pages) {
    for (const { href } of page.canonicals) {
      if (!URL.canParse(href)) continue;
      const { origin } = new URL(href);
      if (origin !== 'null') counts.set(origin, (counts.get(origin) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** Reads and parses the built site in `dir` (HTML pages and stylesheets; the Pagefind bundle is left out). */
export function loadSite(dir: string, options: LoadSiteOptions = {}): Site {
  if (!existsSync(dir)) throw new Error(`No built site at ${dir}: run \`npx astro build\` first.`);
  const files = listFiles(dir);
  const pages = new Map<string, SitePage>();
  const stylesheets: SiteStylesheet[] = [];
  for (const file of files) {
    if (file.startsWith('pagefind/')) continue;
    if (file.endsWith('.html')) {
      const page = readPage(file, readFileSync(join(dir, file), 'utf8'));
      pages.set(page.url, page);
    } else if (file.endsWith('.css')) {
      stylesheets.push({ file, url: `/${file}`, text: readFileSync(join(dir, file), 'utf8') });
    }
  }
  const origin = options.site ? new URL(options.site).origin : inferOrigin(pages.values());
  const unbuiltFolders = new Set<string>(laterStepFolders.filter((f) => !files.some((p) => p.startsWith(`${f}/`))));
  return { dir, files: new Set(files), pages, stylesheets, origin, unbuiltFolders };
}
