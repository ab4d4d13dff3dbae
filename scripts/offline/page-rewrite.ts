import type { StartTag } from '../built-site/scan-html';
import { fileUrl } from '../built-site/url-file';
import type { ClassicScripts } from './classic-scripts';
import { missingFragment, type PendingFragmentCheck } from './fragment-checks';
import { escapeAttr, type Edit } from './html-page';
import { fragmentId, resolveUrl, type SiteMap } from './site-urls';

/** The offline search files a search page loads instead of the online search. */
export interface SearchAssets {
  /** Style sheets (site paths), added at the end of `<head>`. */
  styles: readonly string[];
  /** Classic scripts (site paths) in load order, added at the end of `<body>` with `defer`. */
  scripts: readonly string[];
}

/** What rewriting a page needs to know about the rest of the copy. */
export interface RewriteContext {
  /** URL space and files of the copy. */
  map: SiteMap;
  /**
   * Fragment targets of an HTML file of the copy (undefined for files that are not pages). `'later'` for a
   * page whose ids are not known yet (a streaming build): the check is returned in `fragmentChecks`.
   * The page being rewritten answers for itself.
   */
  idsOf(file: string): ReadonlySet<string> | undefined | 'later';
  /** Converter of module and inline scripts. */
  scripts: ClassicScripts;
  /** Set on the search pages: the offline search replaces the online one there. */
  search?: SearchAssets | undefined;
  /** Text that replaces `data-offline` placeholders (the zip cannot state its own size). */
  offlineNote: string;
}

/**
 * The state of one page's rewrite: the edits spliced into its source, what a reader would notice, and the
 * operations the element handlers share (rewrite a URL, replace an attribute or an element).
 */
export class PageRewrite {
  readonly edits: Edit[] = [];
  readonly warnings: string[] = [];
  readonly notes: string[] = [];
  readonly fragmentChecks: PendingFragmentCheck[] = [];
  /** Every `id` and `<a name>` of the page, filled while it is read. */
  readonly ids = new Set<string>();
  /** Offsets of `</head>` and `</body>`, where the search assets go. */
  headEnd: number | undefined;
  bodyEnd: number | undefined;
  private base: URL | undefined;

  constructor(
    readonly file: string,
    readonly html: string,
    readonly ctx: RewriteContext,
  ) {}

  /** Checks a link's fragment against its target's ids (the page's own ones once it is read). */
  checkFragment(target: string, fragment: string, raw: string): void {
    const id = fragmentId(fragment);
    if (!id || id === 'top' || id.includes(':~:')) return;
    const ids = target === this.file ? 'later' : this.ctx.idsOf(target);
    if (ids === 'later') this.fragmentChecks.push({ at: this.warnings.length, file: this.file, raw, target, id });
    else if (ids && !ids.has(id)) this.warnings.push(missingFragment(this.file, raw, id, target));
  }

  /** The offline form of one URL value (`what` names where it was found, for warnings). */
  rewriteRef(raw: string, what: string): string {
    const resolved = resolveUrl(raw, this.file, this.ctx.map);
    switch (resolved.kind) {
      case 'external':
        if (raw.trim().startsWith('#')) this.checkFragment(this.file, raw.trim(), raw);
        return raw;
      case 'internal':
        this.checkFragment(resolved.file, resolved.fragment, raw);
        return resolved.relative;
      case 'online-only':
        return resolved.absolute;
      case 'missing':
        this.warnings.push(`${this.file}: ${what} "${raw}" matches no file of the site (written as ${resolved.absolute})`);
        return resolved.absolute;
    }
  }

  /** The absolute online form of a URL written in the page (metadata stays online). */
  absolute(raw: string): string {
    this.base ??= fileUrl(this.ctx.map.site, this.file);
    try {
      return raw.trim() ? new URL(raw.trim(), this.base).href : raw;
    } catch {
      return raw;
    }
  }

  /** Replaces an attribute (found by name) with `name="value"`. */
  setAttr(tag: StartTag, name: string, value: string): void {
    const a = tag.attrs.find((x) => x.name === name);
    if (!a) throw new Error(`${this.file}: no attribute ${name} on <${tag.name}> at offset ${tag.start}`);
    this.edits.push({ start: a.start, end: a.end, text: `${name}="${escapeAttr(value)}"` });
  }

  /** Removes an attribute's text. */
  removeAttr(start: number, end: number): void {
    this.edits.push({ start, end, text: '' });
  }

  /** Replaces a whole element (start tag to end tag) with `text`. */
  replaceElement(tag: StartTag, text: string): void {
    this.edits.push({ start: tag.start, end: tag.endTag?.end ?? tag.end, text });
  }

  /** Removes a whole element. */
  removeElement(tag: StartTag): void {
    this.replaceElement(tag, '');
  }

  /** The text between an element's tags (a script's code, a style sheet), or undefined without an end tag. */
  contentOf(tag: StartTag): string | undefined {
    return tag.endTag ? this.html.slice(tag.end, tag.endTag.start) : undefined;
  }

  /** Replaces the text between an element's tags; nothing when it has no end tag. */
  replaceContent(tag: StartTag, text: string): void {
    if (tag.endTag) this.edits.push({ start: tag.end, end: tag.endTag.start, text });
  }
}
