import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';

/** The classic-script tokeniser the offline search page loads; the index is built with the very same file. */
export const tokenizerScriptPath = fileURLToPath(new URL('./client/tokenize.js', import.meta.url));

/** What `client/tokenize.js` puts on its global object. */
export interface OfflineTokenizer {
  /** Splits text into Latin words and CJK character bigrams, normalised (NFKC, lower case). */
  tokenize(text: string): string[];
  /** NFKC and lower case, as both sides compare text. */
  normalize(text: string): string;
  /** True for a CJK bigram or unigram. */
  isCjkToken(token: string): boolean;
}

/**
 * Loads the browser tokeniser into Node, so index time and query time cannot drift apart.
 * The script runs in its own `vm` context; results are copied into this realm's arrays.
 */
export function loadTokenizer(): OfflineTokenizer {
  const sandbox: { OfflineTokenizer?: OfflineTokenizer } = {};
  runInNewContext(readFileSync(tokenizerScriptPath, 'utf8'), sandbox, { filename: tokenizerScriptPath });
  const loaded = sandbox.OfflineTokenizer;
  if (!loaded) throw new Error(`${tokenizerScriptPath} did not define OfflineTokenizer on its global object.`);
  return {
    tokenize: (text) => Array.from(loaded.tokenize(text)),
    normalize: (text) => loaded.normalize(text),
    isCjkToken: (token) => loaded.isCjkToken(token),
  };
}
