/**
 * A plain-text excerpt of a Markdown body for meta descriptions: tags, emphasis marks, list bullets and
 * backslash escapes removed, whitespace collapsed, cut at a word (or, in Japanese, a character) near `max`.
 */
export function excerpt(markdown: string, max = 160): string {
  const text = markdown
    // Escaped angle brackets are text: keep them out of the tag stripping.
    .replace(/\\</g, '\u0001').replace(/\\>/g, '\u0002')
    .replace(/<[^>]+>/g, '')
    .replace(/\u0001/g, '<').replace(/\u0002/g, '>')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>&])/g, '$1')
    .replace(/(^|[^\\])[*_]+/g, '$1')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:、。]+$/, '')}…`;
}
