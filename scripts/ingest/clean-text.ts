import { EM_CLOSE, EM_OPEN, plain } from './model';

/**
 * LaTeX commands the PDF extraction left for symbols. Arrows become the character they stand for;
 * ornaments (`\square`) carry no text and are dropped.
 */
const LATEX_SYMBOLS: Record<string, string> = {
  rightarrow: '→',
  Rightarrow: '⇒',
  leftarrow: '←',
  square: '',
  blacksquare: '',
  bullet: '•',
  cdot: '·',
};

/**
 * Removes the extraction artifacts of one piece of seed text and returns what a reader should see.
 * Underlines become EM_OPEN/EM_CLOSE marks (Markdown emphasis later); every word stays.
 */
export function cleanInline(input: string): string {
  let text = input
    // Our emphasis marks are control characters: strip any that the seed itself carries.
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    // Private-use code points are slide decoration fonts, never text.
    .replace(/[\uE000-\uF8FF]/g, '')
    .replace(/\t/g, ' ');
  text = text.replace(/\\([A-Za-z]+)\b/g, (whole, name: string) => LATEX_SYMBOLS[name] ?? whole);
  text = restoreBrokenTags(text);
  text = text.replace(/<\/u>(\s*)<u>/g, '$1');
  text = text.replace(/<u>([\s\S]*?)<\/u>/g, (_whole, inner: string) => {
    const lead = /^\s*/.exec(inner)![0];
    const trail = /\s*$/.exec(inner)![0];
    const core = inner.trim();
    return core ? `${lead}${EM_OPEN}${core}${EM_CLOSE}${trail}` : inner;
  });
  text = text.replace(/[ \u00a0]*→[ \u00a0]*/g, ' → ');
  text = text.replace(/ {2,}/g, ' ');
  return text;
}

/**
 * HTML conversion read text in angle brackets such as "<Two pillars>" as an element
 * `<two pillars="">…</two>`: an element whose attributes are all empty is such text.
 * It is turned back into the bracketed words (capitalised, as a heading would be) and its
 * closing tag removed.
 */
function restoreBrokenTags(text: string): string {
  const names = new Set<string>();
  const opened = text.replace(/<([a-z][a-z0-9]*)((?:\s+[a-z][a-z0-9-]*="")+)\s*>/g, (_whole, name: string, attrs: string) => {
    names.add(name);
    const words = attrs.trim().split(/\s+/).map((attr) => attr.replace(/=""$/, ''));
    return `<${name.charAt(0).toUpperCase()}${name.slice(1)} ${words.join(' ')}>`;
  });
  let closed = opened;
  for (const name of names) closed = closed.replaceAll(`</${name}>`, '');
  return closed;
}

/** One seed line after clean-up; `null` text means the line carries nothing (blank, page number, stray). */
export interface CleanLine {
  /** 1-based line number. */
  line: number;
  /** The raw line (tables need its tabs). */
  raw: string;
  /** Cleaned, trimmed text, or null. */
  text: string | null;
  /** The raw line started with whitespace (nesting and continuation in slide decks). */
  indented: boolean;
}

/** Cleans every line of a seed; `strays` are whole-line glyphs the manifest declares as decoration. */
export function cleanLines(lines: readonly string[], strays: readonly string[]): CleanLine[] {
  return lines.map((raw, index) => {
    const text = cleanInline(raw).trim();
    const dropped =
      plain(text).trim() === '' ||
      // A number alone on a line is a page number: no heading or sentence is a bare number.
      /^\d{1,3}$/.test(text) ||
      strays.includes(text);
    return { line: index + 1, raw, text: dropped ? null : text, indented: /^[ \t\u00a0]/.test(raw) };
  });
}

/** Splits a bullet marker (`-`, `*`, `•`) off a cleaned line. */
export function splitBullet(text: string): { bullet: boolean; rest: string } {
  const match = /^(?:[-*]\s+|[•▪‣]\s*)(?=\S)/.exec(text);
  return match ? { bullet: true, rest: text.slice(match[0].length) } : { bullet: false, rest: text };
}

/** True when the text ends a sentence or clause, so a following paragraph cannot be its continuation. */
export function endsClause(text: string): boolean {
  return /[.:;?!”"’')\]…]$/.test(plain(text).trim());
}
