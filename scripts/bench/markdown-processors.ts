/**
 * The Markdown rendering alone, with Astro 7's two processors, over the bodies of a content folder:
 * Sätteri (`@astrojs/markdown-satteri`, Astro 7's default, native) and unified
 * (`@astrojs/markdown-remark`, remark/rehype in JavaScript; not a dependency of the project: pass
 * its entry with --unified or install it). Each body is rendered the way Astro's content layer
 * renders an entry (once per entry, at sync); the page build then reuses the HTML.
 *
 *   tsx scripts/bench/markdown-processors.ts <contentDir> [--unified <path to markdown-remark dist/index.js>] [--rounds 3]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { median } from './stats';

interface Renderer {
  render: (content: string, opts?: { frontmatter?: Record<string, unknown> }) => Promise<{ code: string }>;
}

/** Every Markdown body (frontmatter removed) under `contentDir`. */
export function markdownBodies(contentDir: string): string[] {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.md'))
    .map((e) => join(e.parentPath, e.name))
    .sort()
    .map((file) => matter(readFileSync(file, 'utf8')).content);
}

async function timeRenderer(renderer: Renderer, bodies: readonly string[], rounds: number): Promise<{ ms: number; bytes: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let round = 0; round < rounds; round++) {
    bytes = 0;
    const started = performance.now();
    for (const body of bodies) bytes += (await renderer.render(body, { frontmatter: {} })).code.length;
    times.push(performance.now() - started);
  }
  return { ms: median(times), bytes };
}

async function main(argv: readonly string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { unified: { type: 'string' }, rounds: { type: 'string', default: '3' } },
    allowPositionals: true,
  });
  const contentDir = positionals[0];
  if (!contentDir) {
    console.error('usage: tsx scripts/bench/markdown-processors.ts <contentDir> [--unified <markdown-remark dist/index.js>] [--rounds 3]');
    return 1;
  }
  const bodies = markdownBodies(resolve(contentDir));
  const rounds = Number(values.rounds);
  const rows: [string, { ms: number; bytes: number }][] = [];
  rows.push(['satteri', await timeRenderer((await createSatteriMarkdownProcessor()) as Renderer, bodies, rounds)]);
  const entry = values.unified ? pathToFileURL(resolve(values.unified)).href : '@astrojs/markdown-remark';
  try {
    const { createMarkdownProcessor } = (await import(entry)) as { createMarkdownProcessor: () => Promise<Renderer> };
    rows.push(['unified', await timeRenderer(await createMarkdownProcessor(), bodies, rounds)]);
  } catch (error) {
    console.error(`markdown-processors: unified skipped (${(error as Error).message.split('\n')[0]}); install @astrojs/markdown-remark or pass --unified`);
  }
  const chars = bodies.reduce((sum, b) => sum + b.length, 0);
  console.log(`${bodies.length} Markdown bodies, ${(chars / 1024).toFixed(0)} KB, median of ${rounds} rounds:`);
  const base = rows[0]![1].ms;
  for (const [name, { ms, bytes }] of rows) {
    console.log(`  ${name.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms  ${((ms / bodies.length) * 1000).toFixed(0).padStart(5)} µs/entry  ${(ms / base).toFixed(1)}×  (${(bytes / 1024).toFixed(0)} KB HTML)`);
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
