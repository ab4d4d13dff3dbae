/**
 * Builds the real content (content/, with its Japanese entries) into .tmp/i18n/ with its own cache, so it never
 * touches dist/ or the cache of another build running beside it (the same way tests/site builds its fixture).
 * Run as a child process by tests/i18n/site.test.ts (`node --import tsx build-site.mts`).
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
process.env.CONTENT_DIR = 'content';
await build({
  root,
  outDir: `${root}.tmp/i18n/dist/`,
  cacheDir: `${root}.tmp/i18n/cache/`,
  logLevel: 'warn',
});
