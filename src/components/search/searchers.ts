/** The Pagefind instances of a search page: this language's index now, the other language's on first use. */
import { createInstanceFor, loadEntry, loadPagefind, searchTuning, type InstanceOptions, type PagefindInstance } from './pagefind-api';

/** The Pagefind instances of a search page. */
export interface Searchers {
  /** This language's index; absent when the bundle has none (Pagefind would otherwise fall back to another). */
  own: PagefindInstance | undefined;
  /** The other language's index, created on first use (only when this language has no match). */
  other(): Promise<PagefindInstance | undefined>;
}

/**
 * Options of the page's instances. Pagefind keeps its web worker (`pagefind-worker.js`, 12 KB gzip):
 * on the main thread the page's CSP (`script-src 'self'`, no `'wasm-unsafe-eval'`) refuses to compile
 * Pagefind's WebAssembly, while the worker, a same-origin script, is not governed by the page's
 * `<meta>` CSP.
 */
function instanceOptions(bundle: string): InstanceOptions {
  return { ...searchTuning, basePath: bundle };
}

/** Opens this language's index now and prepares the other language's for later. */
export async function openSearchers(bundle: string, lang: string, otherLang: string | undefined): Promise<Searchers> {
  const options = instanceOptions(bundle);
  const [module, entry] = await Promise.all([loadPagefind(bundle), loadEntry(bundle)]);
  const own = entry.languages[lang] ? createInstanceFor(module, lang, options) : undefined;
  let other: Promise<PagefindInstance> | undefined;
  return {
    own,
    other: async () => {
      if (otherLang === undefined || otherLang === lang || !entry.languages[otherLang]) return undefined;
      other ??= loadPagefind(bundle, otherLang).then((copy) => createInstanceFor(copy, otherLang, options));
      return other;
    },
  };
}
