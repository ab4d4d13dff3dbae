/**
 * The baseline of `npm run bench -- --baseline`: a bare Astro site that renders the same content/
 * entries as the real site, with Astro's defaults (default Markdown processor, no integrations, one
 * page template), at both language routes, then indexed by the Pagefind CLI. What a plain site of
 * the same corpus costs; the benchmark reports ours as a ratio to it.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { projectRoot } from './stages';

/** The bare site's Astro config: only the benchmark's folders (caches under the scratch root). */
const configSource = `// Written by scripts/bench/bare-site.ts: a bare Astro site, defaults only.
import { join } from 'node:path';
const root = import.meta.dirname;
export default {
  outDir: process.env.BENCH_OUT_DIR ?? join(root, 'dist'),
  cacheDir: join(root, '.cache'),
  vite: { cacheDir: join(root, '.vite') },
};
`;

/** One collection over every Markdown file of content/, no schema. */
const contentConfigSource = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.CONTENT_DIR ?? 'content' }) }),
};
`;

/** Every entry at /en/<id>/ and /ja/<id>/, its Markdown rendered in a minimal page. */
const pageSource = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const entries = await getCollection('entries');
  return ['en', 'ja'].flatMap((lang) => entries.map((entry) => ({ params: { lang, slug: entry.id }, props: { entry, lang } })));
}
const { entry, lang } = Astro.props;
const { Content } = await render(entry);
const title = String(entry.data.title ?? entry.id);
---
<html lang={lang}>
  <head><meta charset="utf-8" /><title>{title}</title></head>
  <body><main data-pagefind-body><h1>{title}</h1><Content /></main></body>
</html>
`;

/** Writes the bare site's sources into `dir` (replacing what was there) and links the project's node_modules. */
export function prepareBareSite(dir: string): string {
  const root = resolve(dir);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages/[lang]'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "name": "bare-site", "private": true, "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), configSource);
  writeFileSync(join(root, 'src/content.config.ts'), contentConfigSource);
  writeFileSync(join(root, 'src/pages/[lang]/[...slug].astro'), pageSource);
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
