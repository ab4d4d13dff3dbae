import type { Problem } from '../problem';
import { resolveUrl } from '../resolve';
import type { SitePage } from '../page';
import type { Site } from '../site';
import type { SiteCheck } from './check';
import { folderLanguage, siteLanguages } from './lang';

/** The hreflang values the site uses. */
const knownHreflangs: readonly string[] = [...siteLanguages, 'x-default'];

/** A page's alternates resolved to site paths, by hreflang. */
type Cluster = Map<string, { path: string | undefined; href: string; line: number }>;

/**
 * `<link rel="alternate" hreflang>` links form reciprocal clusters across the whole site: a page in a language
 * folder names its `en`, `ja` and `x-default` versions (itself included), every named page exists and has the
 * named language, names this page back, and agrees on `x-default`.
 */
export class HreflangCheck implements SiteCheck {
  readonly name = 'hreflang';

  run(site: Site): Problem[] {
    const problems: Problem[] = [];
    const clusters = new Map<SitePage, Cluster>();
    for (const page of site.pages.values()) {
      const report = (line: number, message: string): void => void problems.push({ file: page.file, line, check: this.name, message });
      const cluster: Cluster = new Map();
      for (const alt of page.alternates) {
        if (!knownHreflangs.includes(alt.hreflang)) report(alt.line, `hreflang="${alt.hreflang}"; expected one of ${knownHreflangs.join(', ')}`);
        if (cluster.has(alt.hreflang)) report(alt.line, `hreflang="${alt.hreflang}" is given twice`);
        const target = resolveUrl(site, page.url, alt.href);
        const path = target.kind === 'internal' && target.page ? target.page.url : undefined;
        if (target.kind !== 'internal') report(alt.line, `hreflang="${alt.hreflang}" href="${alt.href}" is not on the site`);
        else if (path === undefined) report(alt.line, `hreflang="${alt.hreflang}" href="${alt.href}" names no page in dist`);
        if (!cluster.has(alt.hreflang)) cluster.set(alt.hreflang, { path, href: alt.href, line: alt.line });
      }
      clusters.set(page, cluster);
      const folder = folderLanguage(page.url);
      if (folder !== undefined) {
        const missing = knownHreflangs.filter((h) => !cluster.has(h));
        if (missing.length > 0) report(page.htmlLine, `no hreflang alternate for ${missing.join(', ')}`);
        const self = cluster.get(folder);
        if (self?.path !== undefined && self.path !== page.url) report(self.line, `hreflang="${folder}" names ${self.path}, not this page`);
      }
    }

    for (const [page, cluster] of clusters) {
      const folder = folderLanguage(page.url);
      const xDefault = cluster.get('x-default')?.path;
      for (const [hreflang, { path, line }] of cluster) {
        if (path === undefined || path === page.url) continue;
        const other = site.pages.get(path)!;
        const otherCluster = clusters.get(other)!;
        const report = (message: string): void => void problems.push({ file: page.file, line, check: this.name, message });
        if (hreflang !== 'x-default' && other.lang !== hreflang) report(`hreflang="${hreflang}" names ${path}, whose <html lang> is "${other.lang ?? ''}"`);
        // A page in a language folder must be named back under its own language; a page outside them
        // (the language chooser) can only be named back as x-default.
        const back = folder === undefined ? [...otherCluster.values()].some((alt) => alt.path === page.url) : otherCluster.get(folder)?.path === page.url;
        if (!back) {
          report(`hreflang="${hreflang}" names ${path}, which does not name this page (${page.url}) back${folder ? ` as hreflang="${folder}"` : ''}`);
        } else if (hreflang !== 'x-default' && page.url < path && otherCluster.get('x-default')?.path !== xDefault) {
          report(`x-default differs from ${path}'s: ${xDefault ?? 'none'} here, ${otherCluster.get('x-default')?.path ?? 'none'} there`);
        }
      }
    }
    return problems;
  }
}
