import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rewriteCssUrls } from '../built-site/css-urls';
import { locales, type Locale } from '../../src/schemas';
import type { ClassicScripts } from './classic-scripts';
import type { PendingFragmentCheck } from './fragment-checks';
import { rewritePage, type SearchAssets } from './rewrite-page';
import { resolveUrl, type SiteMap } from './site-urls';
import type { ZipContent } from './zip';

/** Offline text for `data-offline` placeholders in the copy: a zip cannot state its own size and checksum. */
const offlineNotes: Record<Locale, string> = {
  en: 'not shown in the offline copy',
  ja: 'オフライン版には表示されません',
};

/** What copying the site's files gave. */
export interface SiteCopy {
  /** Zip path → content; files copied unchanged are read when the zip is written. */
  output: Map<string, ZipContent>;
  /** Every page's ids (link fragments, search anchors). */
  ids: Map<string, ReadonlySet<string>>;
  /** Per file, its warnings and the fragment checks still waiting for pages read after it. */
  pending: Array<{ warnings: string[]; checks: PendingFragmentCheck[] }>;
  notes: string[];
  /** Pages that may hold `data-offline` placeholders (only these are read again to fill them). */
  placeholderPages: string[];
}

/** The language of a site file: its top folder when that is a locale, else English (the chooser, 404). */
function languageOf(file: string): Locale {
  const top = file.split('/', 1)[0]!;
  return (locales as readonly string[]).includes(top) ? (top as Locale) : 'en';
}

/** A style sheet with its URLs made relative; missing targets are reported. */
function copyStylesheet(file: string, css: string, map: SiteMap): { css: string; warnings: string[] } {
  const warnings: string[] = [];
  const rewritten = rewriteCssUrls(css, (url) => {
    const r = resolveUrl(url, file, map);
    if (r.kind === 'internal') return r.relative;
    if (r.kind === 'missing') warnings.push(`${file}: url(${url}) matches no file of the site`);
    return r.kind === 'external' ? url : r.absolute;
  });
  return { css: rewritten, warnings };
}

/**
 * Copies the site's files for the copy, one at a time: pages are read, rewritten and kept as output bytes
 * (what other pages need from a page, its ids, is kept as a set of strings; a link to a page not read yet
 * is checked at the end), style sheets get relative URLs, every other file is read only when zipped.
 */
export function copySite(distDir: string, siteFiles: readonly string[], map: SiteMap, scripts: ClassicScripts, searchPages: ReadonlyMap<string, SearchAssets>): SiteCopy {
  const copy: SiteCopy = { output: new Map(), ids: new Map(), pending: [], notes: [], placeholderPages: [] };
  const read = (file: string): Buffer => readFileSync(join(distDir, file));
  const idsOrLater = (file: string) => copy.ids.get(file) ?? (file.endsWith('.html') && map.files.has(file) ? 'later' : undefined);
  for (const file of siteFiles) {
    if (file.endsWith('.html')) {
      const html = read(file).toString('utf8');
      if (html.includes('data-offline')) copy.placeholderPages.push(file);
      const offlineNote = offlineNotes[languageOf(file)];
      const result = rewritePage(file, html, { map, idsOf: idsOrLater, scripts, search: searchPages.get(file), offlineNote });
      copy.ids.set(file, result.ids);
      copy.pending.push({ warnings: result.warnings, checks: result.fragmentChecks });
      copy.notes.push(...result.notes);
      copy.output.set(file, Buffer.from(result.html, 'utf8'));
    } else if (file.endsWith('.css')) {
      const { css, warnings } = copyStylesheet(file, read(file).toString('utf8'), map);
      copy.pending.push({ warnings, checks: [] });
      copy.output.set(file, Buffer.from(css, 'utf8'));
    } else {
      copy.output.set(file, () => read(file));
    }
  }
  return copy;
}
