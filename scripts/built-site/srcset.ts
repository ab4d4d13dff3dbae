/** One image candidate of a `srcset`: its URL and its descriptors as written (`2x`, `640w`, or ''). */
export interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\f' || ch === '\r';

/**
 * Splits a `srcset` value the way the HTML standard's "parse a srcset attribute" does: a URL is a run of
 * non-space characters (so it may hold commas and parentheses: `data:` URLs do); trailing commas of that
 * run separate candidates; otherwise descriptors run up to the next comma outside parentheses (a comma
 * inside `(…)` belongs to the descriptor). Descriptors are kept as written, not validated: a rewriter must
 * not drop what it does not understand.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  const n = value.length;
  let i = 0;
  while (i < n) {
    while (i < n && (isSpace(value[i]) || value[i] === ',')) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSpace(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const from = i;
      let inParens = false;
      while (i < n && (inParens || value[i] !== ',')) {
        if (value[i] === '(') inParens = true;
        else if (value[i] === ')') inParens = false;
        i++;
      }
      descriptor = value.slice(from, i).trim();
      i++;
    }
    if (url) out.push({ url, descriptor });
  }
  return out;
}

/** The URLs of a `srcset`, in order. */
export function srcsetUrls(value: string): string[] {
  return parseSrcset(value).map((c) => c.url);
}

/** Writes candidates back as a `srcset` value. */
export function serializeSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(', ');
}
