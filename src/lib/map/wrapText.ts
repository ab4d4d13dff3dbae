/**
 * Line breaking for SVG text, measured roughly by character count: SVG has no text wrapping, and the
 * picture is drawn at build time without a font engine, so a character's width is estimated from its
 * kind (full-width CJK = 1 em, Latin letters about 0.6 em). The Latin figures fit the widest common
 * sans-serif fallback (DejaVu Sans, regular), so narrower system fonts leave a little room instead of overflowing.
 */

/**
 * Width of one character in ems, as a rough estimate of a proportional sans-serif font; `latinScale`
 * widens the narrow (non-CJK) characters, e.g. for bold text (CJK glyphs stay 1 em in bold).
 */
export function charWidth(ch: string, latinScale = 1): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (isWide(cp)) return 1;
  return latinScale * narrowWidth(ch);
}

/** Width of a narrow character in ems. */
function narrowWidth(ch: string): number {
  if (ch === ' ') return 0.32;
  if ('iljtf.,;:!|\'()[]'.includes(ch)) return 0.34;
  if ('mwMW@'.includes(ch)) return 0.92;
  if (ch >= 'A' && ch <= 'Z') return 0.7;
  return 0.6;
}

/** True for code points drawn full width: CJK ideographs, kana, full-width forms and CJK punctuation. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6)
  );
}

/** Estimated width of a string in ems. */
export function textWidth(text: string, latinScale = 1): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch, latinScale);
  return width;
}

/** Characters that must not begin a line in Japanese (closing brackets, small kana, punctuation). */
const noLineStart = new Set([...'、。，．・：；？！ー゛゜ヽヾゝゞ々）」』】〕〉》］｝〙〗’”ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ)]},.:;!?%']);
/** Characters that must not end a line in Japanese (opening brackets). */
const noLineEnd = new Set([...'（「『【〔〈《［｛〘〖‘“([{']);

/**
 * Breaks `text` into lines no wider than `maxEms`. Text with wide characters breaks between any two
 * characters (with the simple Japanese rules for punctuation and brackets) and also at spaces; other
 * text breaks at spaces, and a word longer than a line is cut.
 */
export function wrapText(text: string, maxEms: number, latinScale = 1): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  const tokens = tokenize(clean);
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const w = textWidth(token, latinScale);
    if (token === ' ') {
      if (line !== '') {
        line += ' ';
        width += w;
      }
      continue;
    }
    if (width + w <= maxEms || line.trim() === '') {
      if (w > maxEms && line.trim() === '') {
        // A single word wider than the line: cut it.
        for (const piece of cutWord(token, maxEms, latinScale)) {
          if (line.trim() !== '') lines.push(line.trimEnd());
          line = piece;
          width = textWidth(piece, latinScale);
        }
        continue;
      }
      line += token;
      width += w;
      continue;
    }
    // Keep a forbidden line-start character on the current line (it may overhang slightly),
    // and carry a forbidden line-end character over to the next line.
    // At most one such character hangs over; after that the line's last character moves down with it.
    if (noLineStart.has(token) && width <= maxEms) {
      line += token;
      width += w;
      continue;
    }
    const chars = [...line.trimEnd()];
    const moved: string[] = [];
    const nextStart = () => moved[0] ?? [...token][0] ?? '';
    while (chars.length > 1 && (noLineStart.has(nextStart()) || noLineEnd.has(chars.at(-1) ?? ''))) {
      moved.unshift(chars.pop() ?? '');
    }
    const carry = moved.join('');
    line = chars.join('');
    lines.push(line.trimEnd());
    if (w > maxEms) {
      const pieces = cutWord(carry + token, maxEms, latinScale);
      for (const piece of pieces.slice(0, -1)) lines.push(piece);
      line = pieces.at(-1) ?? '';
    } else {
      line = carry + token;
    }
    width = textWidth(line, latinScale);
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

/** Splits text into break opportunities: spaces, single wide characters, and runs of narrow characters. */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let run = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === ' ' || isWide(cp)) {
      if (run !== '') tokens.push(run);
      run = '';
      tokens.push(ch);
    } else {
      run += ch;
    }
  }
  if (run !== '') tokens.push(run);
  return tokens;
}

/** Cuts a word wider than a line into pieces that fit. */
function cutWord(word: string, maxEms: number, latinScale: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const ch of word) {
    const w = charWidth(ch, latinScale);
    if (width + w > maxEms && piece !== '') {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += ch;
    width += w;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}
