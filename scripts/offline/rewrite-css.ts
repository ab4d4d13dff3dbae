/**
 * Rewrites the URLs of a style sheet — `url(...)` tokens and `@import "..."` strings — with a scanner that
 * knows CSS comments and strings, so text that merely looks like a URL inside them is left alone.
 * Escapes inside URLs are kept as written (the site's own CSS does not use them).
 */
export function rewriteCssUrls(css: string, rewrite: (url: string) => string): string {
  let out = '';
  let i = 0;
  let lastAtRule = '';
  const n = css.length;
  /** Index just past the string that starts at `start` (a quote), honouring backslash escapes. */
  const stringEnd = (start: number): number => {
    const quote = css[start];
    let j = start + 1;
    while (j < n && css[j] !== quote && css[j] !== '\n') j += css[j] === '\\' ? 2 : 1;
    return Math.min(j + 1, n);
  };
  while (i < n) {
    const ch = css[i]!;
    if (ch === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      out += css.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '"' || ch === "'") {
      const stop = stringEnd(i);
      const literal = css.slice(i, stop);
      if (lastAtRule === '@import' && literal.endsWith(ch) && literal.length >= 2) {
        out += ch + rewrite(literal.slice(1, -1)) + ch;
      } else {
        out += literal;
      }
      lastAtRule = '';
      i = stop;
      continue;
    }
    if (ch === '@') {
      let j = i + 1;
      while (j < n && /[\w-]/.test(css[j]!)) j++;
      lastAtRule = css.slice(i, j).toLowerCase();
      out += css.slice(i, j);
      i = j;
      continue;
    }
    if ((ch === 'u' || ch === 'U') && css.slice(i, i + 4).toLowerCase() === 'url(' && !/[\w-]/.test(css[i - 1] ?? ' ')) {
      let j = i + 4;
      while (j < n && /\s/.test(css[j]!)) j++;
      if (css[j] === '"' || css[j] === "'") {
        const quote = css[j]!;
        const stop = stringEnd(j);
        const literal = css.slice(j, stop);
        out += css.slice(i, j);
        out += literal.endsWith(quote) && literal.length >= 2 ? quote + rewrite(literal.slice(1, -1)) + quote : literal;
        i = stop;
      } else {
        let k = j;
        while (k < n && css[k] !== ')') k += css[k] === '\\' ? 2 : 1;
        const value = css.slice(j, k).trimEnd();
        out += css.slice(i, j) + (value ? rewrite(value) : '') + css.slice(j + value.length, k);
        i = k;
      }
      lastAtRule = '';
      continue;
    }
    // Only whitespace may stand between `@import` and its string.
    if (!/\s/.test(ch)) lastAtRule = '';
    out += ch;
    i++;
  }
  return out;
}
