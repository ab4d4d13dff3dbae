import { statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { inDir } from './unzip';

/** What a walk of the unzipped copy found. */
export interface CrawlResult {
  /** Pages visited (paths relative to the copy's root), in visiting order. */
  pages: string[];
  /** Failed requests, console errors (CSP violations among them), script errors, broken links and anchors. */
  problems: string[];
}

/** Logs CSP violations as console errors, so they count whatever the browser itself reports. */
const reportCspViolations = `document.addEventListener('securitypolicyviolation', function (e) {
  console.error('CSP violation: ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

/** True when the path names a file (not a folder). */
function existsFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The path of a file: URL relative to the copy's root URL, or undefined when it lies outside. */
function relativeTo(rootUrl: URL, url: URL): string | undefined {
  if (url.protocol !== 'file:' || !url.pathname.startsWith(rootUrl.pathname)) return undefined;
  return decodeURIComponent(url.pathname.slice(rootUrl.pathname.length));
}

/**
 * Walks the offline copy in `root` from `index.html` by following every `a[href]`, breadth first, with
 * Chromium opening each page from `file://`. Every page's failed requests, console errors, uncaught
 * errors and CSP violations are problems; so is a link to a missing file, to a folder (no web server
 * turns it into `index.html` on disk), out of the copy, or to an `#anchor` its page does not have.
 */
export async function crawlOffline(browser: Browser, root: string, options: { concurrency?: number } = {}): Promise<CrawlResult> {
  const rootUrl = pathToFileURL(`${root}/`);
  const context = await browser.newContext();
  await context.addInitScript(reportCspViolations);
  const problems: string[] = [];
  const pages: string[] = [];
  const queue: string[] = ['index.html'];
  const queued = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const anchors: Array<{ from: string; target: string; id: string }> = [];

  const visit = async (tab: Page, path: string, current: { path: string }): Promise<void> => {
    current.path = path;
    pages.push(path);
    await tab.goto(new URL(path.split('/').map(encodeURIComponent).join('/'), rootUrl).href, { waitUntil: 'load' });
    const found = await tab.evaluate(() => ({
      ids: Array.from(document.querySelectorAll('[id], a[name]')).map((el) => el.id || el.getAttribute('name') || ''),
      // getAttribute, not .href: an SVG <a> (the strategy map) has an SVGAnimatedString there.
      links: Array.from(document.querySelectorAll('a[href], a[*|href]')).map((a) =>
        new URL(a.getAttribute('href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? '', document.baseURI).href,
      ),
    }));
    ids.set(path, new Set(found.ids));
    for (const href of found.links) {
      const url = new URL(href);
      if (url.protocol !== 'file:') continue;
      const target = relativeTo(rootUrl, url);
      if (target === undefined) {
        problems.push(`${path}: link ${href} leaves the offline copy`);
        continue;
      }
      if (!existsFile(inDir(root, target))) {
        problems.push(`${path}: link to ${target || '(root folder)'} is not a file of the copy`);
        continue;
      }
      if (url.hash.length > 1) anchors.push({ from: path, target, id: decodeURIComponent(url.hash.slice(1)) });
      if (target.endsWith('.html') && !queued.has(target)) {
        queued.add(target);
        queue.push(target);
      }
    }
  };

  let busy = 0;
  const worker = async (): Promise<void> => {
    const tab = await context.newPage();
    const current = { path: '' };
    tab.on('requestfailed', (r) => {
      const error = r.failure()?.errorText ?? '?';
      // Moving on to the next page cancels low-priority loads (the favicon): only a missing file counts then.
      if (error === 'net::ERR_ABORTED' && r.url().startsWith(rootUrl.href) && existsFile(fileURLToPath(r.url()))) return;
      problems.push(`${current.path}: request failed: ${r.url()} (${error})`);
    });
    tab.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${current.path}: console error: ${m.text()}`);
    });
    tab.on('pageerror', (e) => problems.push(`${current.path}: uncaught: ${e.message}`));
    try {
      // Workers share the queue; one that finds it empty waits while others may still add pages.
      for (;;) {
        const path = queue.shift();
        if (path === undefined) {
          if (busy === 0) break;
          await new Promise((r) => setTimeout(r, 20));
          continue;
        }
        busy++;
        try {
          await visit(tab, path, current);
        } finally {
          busy--;
        }
      }
    } finally {
      await tab.close();
    }
  };

  try {
    await Promise.all(Array.from({ length: options.concurrency ?? 4 }, worker));
  } finally {
    await context.close();
  }
  for (const { from, target, id } of anchors) {
    const targetIds = ids.get(target);
    if (targetIds && !targetIds.has(id) && id !== 'top') problems.push(`${from}: link to ${target}#${id}: no such anchor`);
  }
  return { pages, problems };
}
