/**
 * No broken link, asset or anchor anywhere: a crawl over HTTP from `/` that follows every internal URL of
 * every page it reaches, a check that it reaches every built page, and a browser walk over a sample of pages
 * that checks the links as the live DOM has them (after scripts ran).
 */
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useServedSite } from '../support/session';
import { crawl, type CrawlResult } from './crawl';
import { siteDir, unbuiltPrefixes } from './site';
import { newContext, watchContext } from './watch';

const dir = siteDir();
/** Later build steps (search index, offline zip) whose folders may be missing: links into them are not followed then. */
const unbuilt = unbuiltPrefixes(dir);
/** How many pages the browser walk visits (breadth-first from `/`, so every page type near the top). */
const browserSample = 40;
const site = useServedSite(dir);
let result: CrawlResult;

beforeAll(async () => {
  const home = await (await fetch(`${site.server.origin}/`)).text();
  const siteOrigin = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(home)?.[1];
  result = await crawl(site.server.origin, { siteOrigin, skip: unbuilt });
});

describe('crawl from /', () => {
  it('finds no broken link, asset or #anchor', () => {
    expect(result.pages.length).toBeGreaterThan(10);
    expect(result.problems).toEqual([]);
  });

  it('reaches every built page (none is orphaned)', () => {
    const built = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/') && file !== '404.html')
      .map((file) => `/${file}`.replace(/(^|\/)index\.html$/, '$1'))
      .sort();
    const reached = new Set(result.pages);
    expect(built.filter((path) => !reached.has(path))).toEqual([]);
  });

  it('in the browser, the links of the live pages (after scripts ran) lead somewhere', async () => {
    const context = await newContext(site.browser);
    const trouble = await watchContext(context, site.server.origin, unbuilt);
    const page = await context.newPage();
    const problems: string[] = [];
    try {
      for (const path of result.pages.slice(0, browserSample)) {
        await page.goto(site.server.origin + path);
        // `a[href]` also matches SVG links (the map), whose `.href` is not a string: resolve the attribute instead.
        const links = await page.evaluate(() =>
          [...document.querySelectorAll('a[href]')].map((a) => {
            const raw = a.getAttribute('href') ?? '';
            return { href: new URL(raw, document.baseURI).href, raw };
          }),
        );
        for (const { href, raw } of links) {
          const url = new URL(href);
          if (url.origin !== site.server.origin || unbuilt.some((prefix) => url.pathname.startsWith(prefix))) continue;
          let status = result.fetched.get(decodeURI(url.pathname));
          if (status === undefined) {
            status = (await fetch(site.server.origin + url.pathname)).status;
            result.fetched.set(decodeURI(url.pathname), status);
          }
          if (status !== 200) problems.push(`${path}: <a href="${raw}">: HTTP ${status}`);
          if (url.pathname === path && url.hash.length > 1) {
            const id = decodeURIComponent(url.hash.slice(1));
            if (!(await page.evaluate((i) => document.getElementById(i) !== null, id))) problems.push(`${path}: <a href="${raw}">: no id "${id}" in the live page`);
          }
        }
      }
      expect(problems).toEqual([]);
      expect(trouble.consoleErrors).toEqual([]);
      expect(trouble.failedRequests).toEqual([]);
      expect(trouble.offSiteRequests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
