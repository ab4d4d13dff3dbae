/**
 * Checks the built site (`dist/`) the way a reader's browser and a crawler would meet it: links, anchors,
 * languages, hreflang clusters, canonical links, and the CSP rules (no inline script or style, no
 * off-site requests). Runnable alone — `npx tsx scripts/check/check-site.ts [distDir]` — printing one line per
 * problem and exiting 1 when there is any; `checkSite()` is the same for tests.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnchorsCheck } from './checks/anchors';
import { CanonicalCheck } from './checks/canonical';
import type { SiteCheck } from './checks/check';
import { CspCheck } from './checks/csp';
import { CssUrlsCheck } from './checks/css-urls';
import { ExternalRequestsCheck } from './checks/external';
import { SingleH1Check } from './checks/headings';
import { HreflangCheck } from './checks/hreflang';
import { DuplicateIdsCheck } from './checks/ids';
import { InlineStyleCheck } from './checks/inline-style';
import { HtmlLangCheck } from './checks/lang';
import { LinksCheck } from './checks/links';
import { ScriptsCheck } from './checks/scripts';
import { formatProblem, type Problem } from './problem';
import { loadSite, type LoadSiteOptions, type Site } from './site';
import { siteUrl, siteUrlIsPlaceholder } from '../../src/siteUrl';

export type { Problem } from './problem';
export { formatProblem } from './problem';
export { loadSite, type Site } from './site';

/** Every check, in the order their problems are listed. */
export function allChecks(): SiteCheck[] {
  return [
    new LinksCheck(), new AnchorsCheck(), new ExternalRequestsCheck(), new CssUrlsCheck(),
    new SingleH1Check(), new HtmlLangCheck(), new HreflangCheck(), new CanonicalCheck(),
    new ScriptsCheck(), new InlineStyleCheck(), new CspCheck(), new DuplicateIdsCheck(),
  ];
}

/** Options of {@link checkSite}. */
export interface CheckSiteOptions extends LoadSiteOptions {
  /** Run only the checks with these names (`links`, `anchors`, …); all by default. */
  only?: readonly string[] | undefined;
}

/** The result of a run: the site that was read and what is wrong with it. */
export interface CheckSiteResult {
  site: Site;
  problems: Problem[];
}

/** Runs the checks over an already loaded site. */
export function runChecks(site: Site, only?: readonly string[]): Problem[] {
  const checks = allChecks().filter((c) => only === undefined || only.includes(c.name));
  return checks.flatMap((check) => check.run(site));
}

/** Loads the built site in `distDir` and runs the checks on it. */
export function checkSite(distDir: string, options: CheckSiteOptions = {}): CheckSiteResult {
  const site = loadSite(distDir, options);
  const problems = runChecks(site, options.only);
  if (site.pages.size === 0) problems.push({ file: '.', line: 0, check: 'site', message: `no HTML page in ${distDir}: build the site first` });
  return { site, problems };
}

function main(argv: string[]): number {
  const dir = resolve(argv[0] ?? 'dist');
  const { site, problems } = checkSite(dir, { site: siteUrlIsPlaceholder ? undefined : siteUrl });
  for (const problem of problems) console.log(formatProblem(problem));
  const skipped = [...site.unbuiltFolders].map((f) => `/${f}/`).join(', ');
  console.error(
    `check-site: ${site.pages.size} pages, ${site.files.size} files, ${problems.length} problem(s)` +
      (skipped ? `; not built, links into them not checked: ${skipped}` : ''),
  );
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
