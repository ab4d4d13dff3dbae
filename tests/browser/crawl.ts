/**
 * A crawler over the served site: breadth-first from `/`, it fetches every internal URL that any page
 * references (links, assets, canonical and hreflang URLs — the production origin mapped onto the test server)
 * and checks that each answers 200 (the test server answers 404 for unknown paths) and that each `#fragment` names an id
 * in its target page.
 */
import { readPage, type SitePage } from '../../scripts/check/page';

/** What the crawl found. */
export interface CrawlResult {
  /** URL paths of the HTML pages reached, in visiting order. */
  pages: string[];
  /** Every internal path fetched (pages and other files), with its status. */
  fetched: Map<string, number>;
  /** One line per broken link, asset or anchor: `<from>: <tag attr="url">: <what is wrong>`. */
  problems: string[];
}

/** Options of {@link crawl}. */
export interface CrawlOptions {
  /** The production origin whose absolute URLs belong to the site. */
  siteOrigin?: string | undefined;
  /** Path prefixes not to fetch (later build steps that did not run). */
  skip?: readonly string[];
}

/** Crawls the site served at `origin`, starting from `/`. */
export async function crawl(origin: string, options: CrawlOptions = {}): Promise<CrawlResult> {
  const fetched = new Map<string, number>();
  const parsed = new Map<string, SitePage>();
  const problems: string[] = [];
  const pages: string[] = [];
  const queue: string[] = ['/'];
  const seen = new Set<string>(queue);
  const pendingAnchors: { from: string; where: string; path: string; fragment: string }[] = [];

  /** Fetches a path once; parses it when it is HTML. */
  async function visit(path: string): Promise<number> {
    const known = fetched.get(path);
    if (known !== undefined) return known;
    const response = await fetch(origin + path, { redirect: 'manual' });
    const type = response.headers.get('content-type') ?? '';
    const status = response.status;
    if (type.startsWith('text/html')) {
      const html = await response.text();
      if (status === 200) parsed.set(path, readPage(path.slice(1) || 'index.html', html));
    } else {
      await response.arrayBuffer();
    }
    fetched.set(path, status);
    return status;
  }

  while (queue.length > 0) {
    const path = queue.shift()!;
    if ((await visit(path)) !== 200) continue;
    const page = parsed.get(path);
    if (!page) continue;
    pages.push(path);
    for (const ref of page.refs) {
      if (!URL.canParse(ref.url, origin + path)) continue;
      const url = new URL(ref.url, origin + path);
      if (url.origin !== origin && url.origin !== options.siteOrigin) continue;
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      const target = decodeURI(url.pathname);
      if (options.skip?.some((prefix) => target.startsWith(prefix))) continue;
      const where = `<${ref.tag} ${ref.attr}="${ref.url}">`;
      const status = await visit(target);
      if (status !== 200) {
        problems.push(`${path}: ${where}: HTTP ${status}`);
        continue;
      }
      if (url.hash.length > 1) pendingAnchors.push({ from: path, where, path: target, fragment: decodeURIComponent(url.hash.slice(1)) });
      if (parsed.has(target) && !seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const { from, where, path, fragment } of pendingAnchors) {
    const target = parsed.get(path);
    if (target && fragment.toLowerCase() !== 'top' && !target.ids.has(fragment)) problems.push(`${from}: ${where}: no id "${fragment}" in ${path}`);
  }
  return { pages, fetched, problems };
}
