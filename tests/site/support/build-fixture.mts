/**
 * Builds the small complete site of tests/fixtures/content-sample into .tmp/site-fixture/ with its own cache,
 * so it never touches dist/ or the content cache of a build of the real content running beside it.
 * Run as a child process by tests/site/fixtureSite.test.ts (`node --import tsx build-fixture.mts`).
 */
import { build } from 'astro';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
process.env.CONTENT_DIR = 'tests/fixtures/content-sample';
await build({
  root,
  outDir: `${root}.tmp/site-fixture/dist/`,
  cacheDir: `${root}.tmp/site-fixture/cache/`,
  logLevel: 'warn',
});
