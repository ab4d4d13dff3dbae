/**
 * What a benchmark changes in the site's Astro config: caches under the scratch root, the output
 * folder, and optionally the Markdown processor. Imported by the wrapper config that
 * `prepareAstroRoot` writes into each scratch root.
 *
 * Environment (set by scripts/bench/run.ts):
 *   BENCH_OUT_DIR          output folder (default `<root>/dist`)
 *   BENCH_MD_PROCESSOR     `satteri` (Astro 7's default) or `unified` (needs @astrojs/markdown-remark,
 *                          resolved from the project, or BENCH_UNIFIED_MODULE = path to its dist/index.js)
 * plus CONTENT_DIR, read by src/content.config.ts.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';

/** Processor names `--processor` accepts. */
export const processors = ['satteri', 'unified'] as const;
/** A Markdown processor the benchmark can build with. */
export type ProcessorName = (typeof processors)[number];

/** The Markdown processor object for `name`; undefined keeps Astro's default (Sätteri). */
export async function markdownProcessor(name: string): Promise<unknown> {
  if (name === 'satteri') return undefined;
  if (name !== 'unified') throw new Error(`bench: the Markdown processor must be satteri or unified, not ${name}`);
  const entry = process.env.BENCH_UNIFIED_MODULE ? pathToFileURL(resolve(process.env.BENCH_UNIFIED_MODULE)).href : '@astrojs/markdown-remark';
  try {
    // Astro loads this config through Vite's module runner, which it closes once the config is read;
    // the processor imports its renderer lazily, so it must be loaded by Node itself, not the runner.
    const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
    const module = (await nativeImport(entry)) as { unified: () => unknown };
    return module.unified();
  } catch (error) {
    throw new Error(
      'bench: the unified processor needs @astrojs/markdown-remark (`npm install --save-dev @astrojs/markdown-remark`, ' +
        'or BENCH_UNIFIED_MODULE=<path to its dist/index.js>)',
      { cause: error },
    );
  }
}

/** The site config with the benchmark's folders (under `root`) and processor. */
export async function benchConfig(site: AstroUserConfig, root: string): Promise<AstroUserConfig> {
  const processor = await markdownProcessor(process.env.BENCH_MD_PROCESSOR ?? 'satteri');
  const config = {
    ...site,
    root,
    outDir: process.env.BENCH_OUT_DIR ?? join(root, 'dist'),
    // Astro's content-layer cache (default node_modules/.astro/data-store.json).
    cacheDir: join(root, '.cache'),
    // Vite's dependency cache defaults to `<root>/node_modules/.vite`, and the scratch root's
    // node_modules is a link to the project's.
    vite: { ...site.vite, cacheDir: join(root, '.vite') },
    ...(processor ? { markdown: { ...site.markdown, processor } } : {}),
  };
  return config as AstroUserConfig;
}
