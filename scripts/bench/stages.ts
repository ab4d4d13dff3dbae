import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_CONFIG } from './astro-root';
import { offlineZipName } from '../../src/lib/urls';

/** The project folder (commands of the real pipeline run from here). */
export const projectRoot = resolve(fileURLToPath(import.meta.url), '../../..');

/**
 * Every stage the benchmark can run, in order; each consumes an earlier stage's output. `check` is
 * `ingest --check` (what `npm run build` runs instead of writing content/); `bare-astro` and
 * `bare-pagefind` build the baseline (bare-site.ts).
 */
export const allStageNames = ['ingest', 'check', 'astro', 'pagefind', 'offline', 'bare-astro', 'bare-pagefind'] as const;
/** One stage. */
export type StageName = (typeof allStageNames)[number];
/** The stages run by default: the pipeline from seeds. */
export const stageNames: readonly StageName[] = ['ingest', 'astro', 'pagefind', 'offline'];
/** The stages of `npm run build` (content/ exists already), compared with the baseline. */
export const buildStageNames: readonly StageName[] = ['check', 'astro', 'pagefind', 'offline'];
/** The baseline's stages: a bare Astro site of the same entries, indexed by the Pagefind CLI. */
export const bareStageNames: readonly StageName[] = ['bare-astro', 'bare-pagefind'];

/** The folders of one benchmark size. */
export interface Workspace {
  /** Scratch folder of this size. */
  dir: string;
  seeds: string;
  content: string;
  /** Scratch Astro root (see astro-root.ts). */
  astroRoot: string;
  dist: string;
  zip: string;
  /** The bare site's root and output (`--baseline`). */
  bareRoot: string;
  bareDist: string;
}

/** The folders of a size's scratch area. */
export function workspace(dir: string): Workspace {
  return {
    dir,
    seeds: join(dir, 'seeds'),
    content: join(dir, 'content'),
    astroRoot: join(dir, 'root'),
    dist: join(dir, 'dist'),
    zip: join(dir, 'dist', 'downloads', offlineZipName),
    bareRoot: join(dir, 'bare'),
    // Inside the bare root: Astro resolves its prerender chunks' packages from beside outDir.
    bareDist: join(dir, 'bare', 'dist'),
  };
}

/** A command line for one stage. */
export interface StageCommand {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
}

/**
 * Node for the stages: this process's own when it is new enough for Astro 7 (it is when run through
 * `npm run bench`, whose PATH puts the project's Node 24 first), else the project's pinned one.
 */
export function nodeBinary(): string {
  const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
  if (major > 22 || (major === 22 && minor >= 12)) return process.execPath;
  return join(projectRoot, 'node_modules/.bin/node');
}

const tsxCli = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
const astroCli = join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const pagefindCli = join(projectRoot, 'node_modules/pagefind/lib/runner/bin.cjs');

/**
 * The command each stage runs: the same scripts as `npm run build`, pointed at the workspace through
 * their folder options (ingest `--seeds/--out`, Astro `CONTENT_DIR`, `SEEDS_DIR` and a scratch root, the search
 * index's site-folder argument, the bundle's `--dist/--out`); the baseline's Astro build in its own
 * root and the Pagefind CLI on its output.
 */
export function stageCommand(stage: StageName, ws: Workspace, processor: string): StageCommand {
  const node = nodeBinary();
  const env = { ...process.env, CONTENT_DIR: ws.content, SEEDS_DIR: ws.seeds };
  switch (stage) {
    case 'ingest':
    case 'check': {
      const args = [tsxCli, 'scripts/ingest/cli.ts', '--seeds', ws.seeds, '--out', ws.content, ...(stage === 'check' ? ['--check'] : [])];
      return { command: node, args, cwd: projectRoot, env };
    }
    case 'astro':
      return {
        command: node,
        args: [astroCli, 'build', '--config', BENCH_CONFIG],
        cwd: ws.astroRoot,
        env: { ...env, BENCH_OUT_DIR: ws.dist, BENCH_MD_PROCESSOR: processor, ASTRO_TELEMETRY_DISABLED: '1' },
      };
    case 'pagefind':
      return { command: node, args: [tsxCli, 'scripts/search/build-index.ts', ws.dist], cwd: projectRoot, env };
    case 'offline':
      return {
        command: node,
        args: [tsxCli, 'scripts/offline/build-bundle.ts', '--dist', ws.dist, '--out', ws.zip],
        cwd: projectRoot,
        env,
      };
    case 'bare-astro':
      return { command: node, args: [astroCli, 'build'], cwd: ws.bareRoot, env: { ...env, BENCH_OUT_DIR: ws.bareDist, ASTRO_TELEMETRY_DISABLED: '1' } };
    case 'bare-pagefind':
      return { command: node, args: [pagefindCli, '--site', ws.bareDist], cwd: ws.bareRoot, env };
  }
}

/** Bytes of every file under `dir` (0 when it does not exist), leaving out top-level folders in `exclude`. */
export function folderBytes(dir: string, exclude: readonly string[] = []): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const top = path.slice(dir.length + 1).split('/')[0]!;
    if (exclude.includes(top)) continue;
    total += statSync(path).size;
  }
  return total;
}

/** Number of HTML pages under `dir`. */
export function countPages(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}
