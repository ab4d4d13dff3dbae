import { Parser } from 'htmlparser2';

/** An attribute of a start tag, with the source range of its whole text (`name="value"`). */
export interface ScannedAttribute {
  /** Lower-cased name as written, prefix included (`xlink:href`). */
  name: string;
  /** The value with character references decoded. */
  value: string;
  start: number;
  end: number;
}

/** A start tag met by {@link scanHtml}, with source offsets (`end` is past its `>`). */
export interface StartTag {
  /** Lower-cased tag name. */
  name: string;
  /** Attributes in source order; a repeated name keeps its first occurrence, as browsers do. */
  attrs: ScannedAttribute[];
  start: number;
  end: number;
  /** The explicit end tag, once the element has closed with one (undefined for void and implicitly closed elements). */
  endTag?: { start: number; end: number } | undefined;
}

/** What {@link scanHtml} reports. */
export interface ScanHandlers {
  /** A start tag, in document order; `'skip'` hides the element's descendants from `startTag` (not from `anyStartTag`). */
  startTag?(tag: StartTag): 'skip' | void;
  /** Every start tag, skipped ones included (for facts of the whole page, such as its ids). */
  anyStartTag?(tag: StartTag): void;
  /** An element has closed (explicitly or not); its `endTag` is set when it had one. */
  endTag?(tag: StartTag): void;
}

/** The value of an attribute of a scanned tag, or undefined when absent. */
export function tagAttr(tag: StartTag, name: string): string | undefined {
  for (const a of tag.attrs) if (a.name === name) return a.value;
  return undefined;
}

/**
 * Reads a page as a stream of tags with source offsets, without building a tree: the offline copy
 * only edits attributes and whole elements in place, and a tree costs three times as much (htmlparser2's
 * tokenizer, which handles raw text elements — `script`, `style`, `title`, `textarea` — and foreign content;
 * `<noscript>` content is read as markup, like a parser with scripting off). Element nesting follows
 * htmlparser2's stack: on well-formed pages, such as the site's, the same as a spec parser's tree.
 */
export function scanHtml(html: string, handlers: ScanHandlers): void {
  const stack: Array<{ tag: StartTag; skipping: boolean }> = [];
  let current: StartTag | undefined;
  let skipDepth = -1;
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        current = { name, attrs: [], start: parser.startIndex, end: parser.startIndex };
      },
      onattribute(name, value) {
        if (current && !current.attrs.some((a) => a.name === name)) {
          current.attrs.push({ name, value, start: parser.startIndex, end: parser.endIndex });
        }
      },
      onopentag() {
        const tag = current!;
        current = undefined;
        tag.end = Math.min(parser.endIndex + 1, html.length);
        handlers.anyStartTag?.(tag);
        const visible = skipDepth === -1;
        const skip = visible ? handlers.startTag?.(tag) === 'skip' : false;
        stack.push({ tag, skipping: skip });
        if (skip) skipDepth = stack.length - 1;
      },
      onclosetag(_name, implied) {
        const open = stack.pop();
        if (!open) return;
        if (!implied) open.tag.endTag = { start: parser.startIndex, end: parser.endIndex + 1 };
        if (skipDepth === stack.length) skipDepth = -1;
        if (skipDepth === -1) handlers.endTag?.(open.tag);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}
