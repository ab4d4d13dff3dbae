import { cpSync, existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

/** What the site build needs from the project, copied into a scratch root (node_modules is linked). */
const SITE_FILES = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

/** The wrapper config's file name inside a scratch root. */
export const BENCH_CONFIG = 'astro.bench.config.ts';

/**
 * Makes `dir` a scratch Astro root: a snapshot of the site sources, `node_modules` linked to the
 * project's, and a wrapper config that moves every cache under `dir`.
 *
 * Why not build in the project root with another `--outDir`: Astro writes `<root>/.astro/` (generated
 * types, and in Astro 7 the prerender bundle `.astro/.prerender/`) and the content-layer cache
 * `node_modules/.astro/data-store.json`; a benchmark build there would race any build a colleague runs
 * and leave a synthetic corpus in the real cache. `srcDir` outside the root is no way out either: Astro
 * 7.3 then looks up the client scripts of `.astro` files under `<root>/<absolute path>` and fails.
 * The snapshot also keeps a benchmark's sources fixed while others edit `src/`.
 */
export function prepareAstroRoot(dir: string): { root: string; config: string } {
  const root = resolve(dir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  for (const name of SITE_FILES) {
    const from = join(projectRoot, name);
    if (existsSync(from)) cpSync(from, join(root, name), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const overrides = join(projectRoot, 'scripts/bench/astro-overrides.ts');
  writeFileSync(
    join(root, BENCH_CONFIG),
    `// Written by scripts/bench/astro-root.ts: the site's config with the benchmark's folders.\n` +
      `import site from './astro.config';\n` +
      `import { benchConfig } from ${JSON.stringify(overrides)};\n\n` +
      `export default await benchConfig(site, ${JSON.stringify(root)});\n`,
  );
  return { root, config: BENCH_CONFIG };
}

/** Removes what a previous build left in a scratch root (caches and generated types), for a cold build. */
export function clearAstroCaches(root: string): void {
  for (const name of ['.astro', '.cache', '.vite']) rmSync(join(root, name), { recursive: true, force: true });
}
