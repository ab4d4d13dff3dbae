/**
 * The built-site checks of `scripts/check/check-site.ts` over the real `dist/`, one test per check so a
 * failure names its kind (links, anchors, lang, hreflang, CSP rules…) and lists one line per problem.
 */
import { describe, expect, it } from 'vitest';
import { allChecks, formatProblem, loadSite } from '../../scripts/check/check-site';
import { siteDir } from './site';

const site = loadSite(siteDir(), { site: process.env.SITE_URL });

describe('check-site over the built site', () => {
  it('has pages in both languages and knows the site origin', () => {
    const urls = [...site.pages.keys()];
    expect(urls.filter((u) => u.startsWith('/en/')).length).toBeGreaterThan(10);
    expect(urls.filter((u) => u.startsWith('/ja/')).length).toBeGreaterThan(10);
    expect(site.origin).toMatch(/^https?:\/\//);
  });

  for (const check of allChecks()) {
    it(`[${check.name}] finds no problem`, () => {
      expect(check.run(site).map(formatProblem)).toEqual([]);
    });
  }
});
