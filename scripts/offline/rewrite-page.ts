import { scanHtml } from '../built-site/scan-html';
import { settleFragmentChecks, type PendingFragmentCheck } from './fragment-checks';
import { applyEdits, startTag } from './html-page';
import { collectIds, onEndTag, onStartTag } from './element-handlers';
import { PageRewrite, type RewriteContext } from './page-rewrite';
import { relativeUrl } from '../built-site/url-file';

export { offlinePlaceholders } from './element-handlers';
export { resolveFragmentChecks, type PendingFragmentCheck } from './fragment-checks';
export type { RewriteContext, SearchAssets } from './page-rewrite';

/** A rewritten page and what happened on the way. */
export interface RewrittenPage {
  html: string;
  /** Every `id` and `<a name>` of the page: the fragments a link may point at. */
  ids: ReadonlySet<string>;
  /** Things a reader would notice: links to nowhere, missing anchors, scripts that cannot run from disk. */
  warnings: string[];
  /** Expected changes worth counting (online search scripts removed). */
  notes: string[];
  /**
   * Fragment checks against pages whose ids were not known yet (`idsOf` said `'later'`), in order: each one's
   * warning belongs at index `at` of `warnings` (before the warning there) when `target` has no id `id`.
   */
  fragmentChecks: PendingFragmentCheck[];
}

/** On a search page: the offline search's style sheets at the end of `<head>`, its scripts at the end of `<body>`. */
function addSearchAssets(page: PageRewrite): void {
  const { file, html, ctx } = page;
  if (!ctx.search) return;
  const styles = ctx.search.styles.map((s) => `${startTag('link', [['rel', 'stylesheet'], ['href', relativeUrl(file, s)]])}\n`).join('');
  const root = relativeUrl(file, 'index.html').replace(/index\.html$/, '') || './';
  const scripts = ctx.search.scripts
    .map((s, i, all) => {
      const extra: Array<[string, string]> = i === all.length - 1 ? [['data-root', root]] : [];
      return `${startTag('script', [['src', relativeUrl(file, s)], ['defer', ''], ...extra])}</script>\n`;
    })
    .join('');
  page.edits.push({ start: page.headEnd ?? 0, end: page.headEnd ?? 0, text: styles });
  page.edits.push({ start: page.bodyEnd ?? html.length, end: page.bodyEnd ?? html.length, text: scripts });
}

/**
 * Rewrites one page for the offline copy: every reference to the site becomes a relative URL of a real
 * file (directory URLs end in `index.html`), canonical and alternate links and `og:` metadata stay
 * absolute, the CSP is adapted to `file:`, module and inline scripts become classic script files, and on
 * search pages the online search gives way to the offline one. The page is read once as a stream of tags
 * (no tree) and edits are spliced into the source text, so everything else stays byte for byte as the
 * site wrote it. Links to the page's own fragments are checked once its ids are all known.
 */
export function rewritePage(file: string, html: string, ctx: RewriteContext): RewrittenPage {
  const page = new PageRewrite(file, html, ctx);
  scanHtml(html, {
    anyStartTag: (tag) => collectIds(page, tag),
    startTag: (tag) => onStartTag(page, tag),
    endTag: (tag) => onEndTag(page, tag),
  });
  addSearchAssets(page);
  const own = settleFragmentChecks(page.warnings, page.fragmentChecks, () => page.ids, (check) => check.target === file);
  return { html: applyEdits(html, page.edits), ids: page.ids, warnings: own.warnings, notes: page.notes, fragmentChecks: own.checks };
}
