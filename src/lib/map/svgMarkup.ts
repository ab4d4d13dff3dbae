import type { Locale } from '../../schemas';

/**
 * Puts back the space a line break replaced at the end of its line (invisible there), so the text
 * content reads as the label does ("to Cybersecurity", not "toCybersecurity") for assistive technology.
 */
export function withBreakSpaces(lines: readonly string[], text: string): string[] {
  const source = text.replace(/\s+/g, ' ').trim();
  let at = 0;
  return lines.map((line) => {
    at = source.indexOf(line, at);
    if (at < 0) return line;
    at += line.length;
    return source[at] === ' ' ? `${line} ` : line;
  });
}

/** Lines as `<tspan>`s, the first on the baseline of the first line. */
export function tspans(lines: readonly string[], x: number, lineH: number, font: number): string {
  const first = (lineH + font) / 2 - 2;
  return lines
    .map((line, i) => `<tspan x="${n(x)}" dy="${n(i === 0 ? first : lineH)}">${text(line)}</tspan>`)
    .join('');
}

/** A panel background. */
export function rect(x: number, y: number, w: number, h: number, cls: string, key: string): string {
  return `<rect class="${cls}" x="${n(x)}" y="${n(y)}" width="${n(w)}" height="${n(Math.max(0, h))}" rx="8" data-key="${attr(key)}"/>`;
}

/** ` lang="en"` when a label's language differs from the page's. */
export function langAttr(label: Locale, page: Locale): string {
  return label === page ? '' : ` lang="${label}"`;
}

/** A coordinate with at most one decimal, so output is stable and short. */
export function n(v: number): string {
  return String(Math.round(v * 10) / 10);
}

/** Escapes text content for XML. */
export function text(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes an attribute value for XML. */
export function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;');
}
