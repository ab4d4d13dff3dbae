/**
 * Page weight per page type of a built site: the HTML, and the CSS and JavaScript each page loads
 * (stylesheets, `<script src>` and inline scripts), raw and gzip, as a first visit would fetch them.
 *
 *   tsx scripts/bench/page-weights.ts [distDir] [--json <file>]
 *
 * Page types come from the URL (docs/ARCHITECTURE.md): home, document, section, measure, explorer,
 * glossary, topic, topics (index), map, search, download, chooser (`/`), 404. Images and fonts are not
 * counted (the site ships none but the favicon); Pagefind's files load only when a search runs.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { listFiles } from '../built-site/walk';
import { formatBytes, markdownTable } from './format';
import { median } from './stats';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Page types, in the order the report lists them. */
export const pageTypes = ['chooser', 'home', 'document', 'section', 'measure', 'explorer', 'glossary', 'topics', 'topic', 'map', 'search', 'download', '404', 'other'] as const;
/** A page type. */
export type PageType = (typeof pageTypes)[number];

/** Bytes, raw and gzip. */
export interface Weight {
  raw: number;
  gzip: number;
}

/** The weight of one page. */
export interface PageWeight {
  url: string;
  type: PageType;
  html: Weight;
  css: Weight;
  js: Weight;
  total: Weight;
  /** Scripts the page loads (URLs, or `inline`). */
  scripts: string[];
}

/** The page type of a site URL (`/en/measures/x/1/`). */
export function pageType(url: string): PageType {
  if (url === '/') return 'chooser';
  if (url === '/404.html' || url === '/404/') return '404';
  const parts = url.split('/').filter(Boolean);
  if (parts.length === 1) return 'home';
  const [, section, ...rest] = parts;
  switch (section) {
    case 'documents':
      return rest.length ? 'document' : 'other';
    case 'sections':
      return 'section';
    case 'measures':
      return rest.length ? 'measure' : 'explorer';
    case 'glossary':
      return 'glossary';
    case 'topics':
      return rest.length ? 'topic' : 'topics';
    case 'map':
      return 'map';
    case 'search':
      return 'search';
    case 'download':
      return 'download';
    default:
      return 'other';
  }
}

const gzipCache = new Map<string, Weight>();

function weightOf(bytes: Buffer | string): Weight {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes) : bytes;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
}

/** Weight of a file of the site by URL path (cached: stylesheets and scripts are shared). */
function assetWeight(dist: string, url: string): Weight {
  const path = join(dist, decodeURIComponent(url.split(/[?#]/)[0]!));
  let weight = gzipCache.get(path);
  if (!weight) {
    weight = existsSync(path) ? weightOf(readFileSync(path)) : { raw: 0, gzip: 0 };
    gzipCache.set(path, weight);
  }
  return weight;
}

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as unknown as Node);
}

const attr = (el: Element, name: string): string | undefined => el.attrs.find((a) => a.name === name)?.value;

const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** Scripts that are data, not code. */
const DATA_SCRIPT = /^(application\/(ld\+)?json|importmap|speculationrules)$/i;

/** Measures one page. `file` is relative to `dist`. */
export function measurePage(dist: string, file: string): PageWeight {
  const url = `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
  const html = readFileSync(join(dist, file));
  const pageUrl = posix.join('/', posix.dirname(file), '/');
  const resolveUrl = (href: string): string | undefined => {
    if (/^(https?:)?\/\//.test(href) || href.startsWith('data:')) return undefined;
    return href.startsWith('/') ? href : posix.join(pageUrl, href);
  };
  let css: Weight = { raw: 0, gzip: 0 };
  let js: Weight = { raw: 0, gzip: 0 };
  const scripts: string[] = [];
  const seen = new Set<string>();
  for (const el of elements(parse(html.toString('utf8')))) {
    if (el.tagName === 'link' && /(^|\s)stylesheet(\s|$)/i.test(attr(el, 'rel') ?? '')) {
      const href = resolveUrl(attr(el, 'href') ?? '');
      if (href && !seen.has(href)) {
        seen.add(href);
        css = add(css, assetWeight(dist, href));
      }
    } else if (el.tagName === 'link' && /modulepreload/i.test(attr(el, 'rel') ?? '')) {
      const href = resolveUrl(attr(el, 'href') ?? '');
      if (href && !seen.has(href)) {
        seen.add(href);
        js = add(js, assetWeight(dist, href));
        scripts.push(href);
      }
    } else if (el.tagName === 'script' && !DATA_SCRIPT.test(attr(el, 'type') ?? '')) {
      const src = attr(el, 'src');
      if (src !== undefined) {
        const href = resolveUrl(src);
        if (href && !seen.has(href)) {
          seen.add(href);
          js = add(js, assetWeight(dist, href));
          scripts.push(href);
        }
      } else {
        const text = el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
        if (text.trim()) {
          scripts.push('inline');
          // Inline code is already inside the HTML's bytes; counted there, listed here.
        }
      }
    }
  }
  const htmlWeight = weightOf(html);
  return { url, type: pageType(url), html: htmlWeight, css, js, total: add(add(htmlWeight, css), js), scripts };
}

/** Every HTML page of the site (Pagefind's and the downloads' folders left out). */
export function listPages(dist: string): string[] {
  return listFiles(dist, { dotFiles: true }).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && !f.startsWith('downloads/'));
}

/** Median and maximum of a set of pages' weights. */
export interface TypeSummary {
  type: PageType;
  pages: number;
  html: { median: Weight; max: Weight };
  css: { median: Weight; max: Weight };
  js: { median: Weight; max: Weight };
  total: { median: Weight; max: Weight };
  /** Pages that load any script, and the distinct scripts. */
  withScripts: number;
  scripts: string[];
  /** The heaviest page (gzip total). */
  heaviest: string;
}

function stat(values: readonly Weight[]): { median: Weight; max: Weight } {
  return {
    median: { raw: median(values.map((v) => v.raw)), gzip: median(values.map((v) => v.gzip)) },
    max: { raw: Math.max(...values.map((v) => v.raw)), gzip: Math.max(...values.map((v) => v.gzip)) },
  };
}

/** Groups pages by type. */
export function summarizeWeights(pages: readonly PageWeight[]): TypeSummary[] {
  return pageTypes
    .map((type) => {
      const group = pages.filter((p) => p.type === type);
      if (group.length === 0) return undefined;
      const heaviest = [...group].sort((a, b) => b.total.gzip - a.total.gzip)[0]!;
      return {
        type,
        pages: group.length,
        html: stat(group.map((p) => p.html)),
        css: stat(group.map((p) => p.css)),
        js: stat(group.map((p) => p.js)),
        total: stat(group.map((p) => p.total)),
        withScripts: group.filter((p) => p.scripts.length > 0).length,
        scripts: [...new Set(group.flatMap((p) => p.scripts))].sort(),
        heaviest: heaviest.url,
      };
    })
    .filter((s) => s !== undefined);
}

/** The page-weight report as Markdown. */
export function weightReport(pages: readonly PageWeight[]): string {
  const summaries = summarizeWeights(pages);
  const kb = (w: Weight, key: keyof Weight): string => (w[key] / 1024).toFixed(1);
  const rows = summaries.map((s) => [
    s.type,
    String(s.pages),
    `${kb(s.html.median, 'raw')} / ${kb(s.html.max, 'raw')}`,
    `${kb(s.html.median, 'gzip')} / ${kb(s.html.max, 'gzip')}`,
    `${kb(s.css.median, 'gzip')} / ${kb(s.css.max, 'gzip')}`,
    `${kb(s.js.median, 'gzip')} / ${kb(s.js.max, 'gzip')}`,
    `${kb(s.total.median, 'gzip')} / ${kb(s.total.max, 'gzip')}`,
    `${s.withScripts}/${s.pages}`,
  ]);
  const all = pages.map((p) => p.total.gzip);
  const scripts = [...new Set(pages.filter((p) => p.type !== 'search').flatMap((p) => p.scripts))].sort();
  const withJs = pages.filter((p) => p.type !== 'search' && p.scripts.length > 0).length;
  const lines = [
    markdownTable(['page type', 'pages', 'HTML KB raw (median / max)', 'HTML KB gzip', 'CSS KB gzip', 'JS KB gzip', 'total KB gzip', 'pages with JS'], rows),
    '',
    `All ${pages.length} pages: median total ${formatBytes(median(all))} gzip, max ${formatBytes(Math.max(...all))} (${
      [...pages].sort((a, b) => b.total.gzip - a.total.gzip)[0]?.url
    }). Pages other than search that load JavaScript: ${withJs} of ${pages.filter((p) => p.type !== 'search').length}` +
      (scripts.length ? ` (${scripts.join(', ')}).` : '.'),
    '',
    'Heaviest page per type: ' + summaries.map((s) => `${s.type} ${s.heaviest}`).join('; ') + '.',
  ];
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const { values, positionals } = parseArgs({ args: [...argv], options: { json: { type: 'string' } }, allowPositionals: true });
  const dist = resolve(positionals[0] ?? 'dist');
  if (!existsSync(dist)) {
    console.error(`page-weights: no built site at ${dist}; run the build first`);
    return 1;
  }
  const pages = listPages(dist).map((file) => measurePage(dist, file));
  if (pages.length === 0) {
    console.error(`page-weights: no HTML pages in ${dist}`);
    return 1;
  }
  console.log(`Page weight of ${dist} (KB = 1024 bytes; gzip level 6; CSS and JS as loaded by each page):\n`);
  console.log(weightReport(pages));
  if (values.json) writeFileSync(values.json, `${JSON.stringify({ dist, pages, summary: summarizeWeights(pages) }, null, 2)}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
