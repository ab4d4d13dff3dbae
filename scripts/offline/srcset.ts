/** One image candidate of a `srcset`: its URL and its descriptor (`2x`, `640w`, or ''). */
export interface SrcsetCandidate {
  url: string;
  descriptor: string;
}

/**
 * Splits a `srcset` value into candidates following the HTML algorithm's shape: a URL runs up to
 * whitespace (commas at its end separate candidates), then descriptors run up to the next comma.
 * URLs may therefore contain commas, as the standard allows.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  let i = 0;
  const n = value.length;
  while (i < n) {
    while (i < n && (/\s/.test(value[i]!) || value[i] === ',')) i++;
    if (i >= n) break;
    let j = i;
    while (j < n && !/\s/.test(value[j]!)) j++;
    let url = value.slice(i, j);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let k = j;
      while (k < n && value[k] !== ',') k++;
      descriptor = value.slice(j, k).trim();
      j = k + 1;
    }
    out.push({ url, descriptor });
    i = j;
  }
  return out;
}

/** Writes candidates back as a `srcset` value. */
export function serializeSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map(({ url, descriptor }) => (descriptor ? `${url} ${descriptor}` : url)).join(', ');
}
