/** A URL written in CSS: the `url(…)` token or the `@import "…"` string, with where its text lies. */
export interface CssUrl {
  /** The URL with CSS escapes resolved (`url(a\)b.png)` → `a)b.png`). */
  value: string;
  /** Offsets of the URL's text as written (inside the quotes; unquoted: without surrounding spaces). */
  start: number;
  end: number;
  /** The quote around it, or '' for an unquoted `url(…)`. */
  quote: '"' | "'" | '';
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\w-]/.test(ch);
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/** Resolves CSS escapes: `\` + up to six hex digits (+ one space), an escaped newline (a line continuation), or `\` + any character. */
export function unescapeCss(text: string): string {
  if (!text.includes('\\')) return text;
  return text.replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n\f]?|(\r\n|[\n\f\r])|([\s\S]))/g, (_, hex: string | undefined, newline: string | undefined, ch: string | undefined) => {
    if (hex !== undefined) {
      const code = Number.parseInt(hex, 16);
      return code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
    }
    return newline !== undefined ? '' : (ch ?? '');
  });
}

/** Writes a URL back for its place: escaped for a quoted string, or for an unquoted `url(…)`. */
export function escapeCssUrl(url: string, quote: CssUrl['quote']): string {
  if (quote) return url.replace(/[\\\n]/g, (c) => (c === '\n' ? '\\a ' : '\\\\')).replaceAll(quote, `\\${quote}`);
  return url.replace(/[\\()'"\s]/g, (c) => (/\s/.test(c) ? `\\${c.codePointAt(0)!.toString(16)} ` : `\\${c}`));
}

/** Index just past the string that starts at `start` (a quote); strings end at their quote or a newline. */
function stringEnd(css: string, start: number): number {
  const quote = css[start];
  let j = start + 1;
  while (j < css.length && css[j] !== quote && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
  return Math.min(j + 1, css.length);
}

/** The URL of the quoted string `[start, stop)`, or undefined when the string is not closed. */
function quoted(css: string, start: number, stop: number): CssUrl | undefined {
  const quote = css[start] as '"' | "'";
  if (stop - start < 2 || css[stop - 1] !== quote) return undefined;
  return { value: unescapeCss(css.slice(start + 1, stop - 1)), start: start + 1, end: stop - 1, quote };
}

/** The `url(` token starting at `i`: its URL (if any) and the index to go on from. */
function urlToken(css: string, i: number): { url: CssUrl | undefined; next: number } {
  let j = i + 4;
  while (j < css.length && isSpace(css[j])) j++;
  if (css[j] === '"' || css[j] === "'") {
    const stop = stringEnd(css, j);
    return { url: quoted(css, j, stop), next: stop };
  }
  let k = j;
  while (k < css.length && css[k] !== ')') k += css[k] === '\\' ? 2 : 1;
  k = Math.min(k, css.length);
  let end = k;
  while (end > j && isSpace(css[end - 1])) end--;
  const url = end > j ? { value: unescapeCss(css.slice(j, end)), start: j, end, quote: '' as const } : undefined;
  return { url, next: k };
}

/**
 * Every URL of a style sheet (or a `style` attribute) in order: `url(…)` tokens and `@import "…"` strings,
 * found by a scanner that knows CSS comments and strings, so text that merely looks like a URL inside them
 * is left alone.
 */
export function scanCssUrls(css: string): CssUrl[] {
  const found: CssUrl[] = [];
  let i = 0;
  let afterImport = false;
  while (i < css.length) {
    const ch = css[i]!;
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end === -1 ? css.length : end + 2;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const stop = stringEnd(css, i);
      const url = afterImport ? quoted(css, i, stop) : undefined;
      if (url) found.push(url);
      afterImport = false;
      i = stop;
      continue;
    }
    if (ch === '@') {
      let j = i + 1;
      while (j < css.length && isWordChar(css[j])) j++;
      afterImport = css.slice(i, j).toLowerCase() === '@import';
      i = j;
      continue;
    }
    if ((ch === 'u' || ch === 'U') && css.slice(i, i + 4).toLowerCase() === 'url(' && !isWordChar(css[i - 1])) {
      const { url, next } = urlToken(css, i);
      if (url) found.push(url);
      afterImport = false;
      i = next;
      continue;
    }
    // Only whitespace may stand between `@import` and its string.
    if (!isSpace(ch)) afterImport = false;
    i++;
  }
  return found;
}

/**
 * The style sheet with every URL replaced by `rewrite(url)`; a URL that `rewrite` returns unchanged keeps
 * its text as written (escapes included), so a sheet without changes comes back byte for byte.
 */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string): string {
  let out = '';
  let pos = 0;
  for (const url of scanCssUrls(css)) {
    const next = rewrite(url.value);
    if (next === url.value) continue;
    out += css.slice(pos, url.start) + escapeCssUrl(next, url.quote);
    pos = url.end;
  }
  return pos === 0 ? css : out + css.slice(pos);
}

/** The 1-based line of an offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
