import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { buildContent } from './build';
import { isIngestError } from './errors';
import { checkCollections, writeCollections } from './write-collections';

/**
 * `npm run ingest [-- --seeds <dir>] [--out <dir>] [--check]`: seeds → content collections.
 * Exit code 0 on success, 1 on bad input or (with --check) stale content.
 */
export async function main(argv: readonly string[]): Promise<number> {
  const started = performance.now();
  let options: { seeds: string; out: string; check: boolean };
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        seeds: { type: 'string', default: 'seeds/' },
        out: { type: 'string', default: 'content/' },
        check: { type: 'boolean', default: false },
      },
      strict: true,
    });
    options = { seeds: values.seeds, out: values.out, check: values.check };
  } catch (error) {
    console.error(`ingest: ${(error as Error).message}\n  usage: tsx scripts/ingest/cli.ts [--seeds <dir>] [--out <dir>] [--check]`);
    return 1;
  }
  try {
    const { files, counts } = await buildContent(resolve(options.seeds));
    const out = resolve(options.out);
    if (options.check) {
      const differing = await checkCollections(out, files);
      if (differing.length) {
        console.error(`ingest --check: ${options.out} is stale (${differing.length} files); run \`npm run ingest\`:`);
        for (const file of differing) console.error(`  ${file}`);
        return 1;
      }
    } else {
      await writeCollections(out, files);
    }
    const elapsed = Math.round(performance.now() - started);
    console.log(
      `ingest: ${counts.documents} documents, ${counts.sections} sections, ${counts.measures} measures, ` +
        `${counts.glossary} glossary terms, ${counts.topics} topics ${options.check ? 'up to date in' : '→'} ${options.out} (${elapsed} ms)`,
    );
    return 0;
  } catch (error) {
    if (isIngestError(error)) console.error(error.format());
    else console.error(`ingest: internal error (a bug, not your input):`, error);
    return 1;
  }
}

// Run only as a script, so tests can import `main` without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
