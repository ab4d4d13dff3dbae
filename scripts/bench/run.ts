/**
 * `npm run bench`: what the pipeline costs and how it grows. For each corpus size it generates a
 * synthetic corpus (scripts/synthetic), then runs every stage of the build — ingest, Astro, Pagefind,
 * offline bundle — as whole child processes in a scratch folder, several times, and prints the median
 * and range of wall time, the CPU time, the peak memory of the process tree, and the bytes written.
 *
 *   npm run bench -- [--sizes 10,20,40] [--runs 3] [--smoke] [--processor satteri|unified]
 *                    [--stages ingest,astro,pagefind,offline] [--warm] [--keep] [--work <dir>] [--json <file>]
 *                    [--no-search-measure] [--baseline [--cold-check]]
 *
 * --sizes     corpus sizes in synthetic documents (a document is 15–35 entries, about 50 pages in two
 *             languages); `seeds` is the real seed texts
 * --no-search-measure  skip scripts/search/measure.ts (Chromium), which otherwise reports the first
 *             search's bytes at each size after its last run
 * --baseline  compare `npm run build` (ingest --check, Astro, Pagefind, offline) with a bare Astro site of
 *             the same entries + the Pagefind CLI (bare-site.ts), interleaved run by run; reports ratios
 * --cold-check remove ingest's check stamp before each check (as on a fresh clone or in CI)
 * --smoke     one tiny corpus (2 documents), one run: proves the harness and pipeline work (CI)
 * --processor Astro's Markdown processor (Sätteri by default; unified needs @astrojs/markdown-remark)
 * --warm      keep Astro's caches between runs (default: every Astro run starts cold, as in CI)
 * --keep      keep the scratch folders (their paths are printed)
 *
 * The real build's folders (content/, dist/, .astro/, node_modules/.astro/) are never touched: see
 * astro-root.ts. Exit code 1 when a stage fails.
 */
import { cpSync, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from '../synthetic/generate-corpus';
import { clearAstroCaches, prepareAstroRoot } from './astro-root';
import { formatBytes, seconds } from './format';
import { measureProcess, type ProcessCost } from './measure-process';
import { forgetPass } from '../ingest/check-stamp';
import { prepareBareSite } from './bare-site';
import { allStageNames, bareStageNames, buildStageNames, countPages, folderBytes, nodeBinary, projectRoot, stageCommand, stageNames, workspace, type StageName, type Workspace } from './stages';
import { report } from './report';

/** A corpus size in documents, or `seeds`: the real seed texts. */
export type Size = number | 'seeds';

/** Options of a benchmark. */
export interface BenchOptions {
  sizes: Size[];
  runs: number;
  stages: StageName[];
  processor: string;
  warm: boolean;
  keep: boolean;
  work: string;
  /** Measure the first search's bytes with scripts/search/measure.ts (Chromium) after the last run. */
  searchMeasure: boolean;
  /** Also build the bare site each run and compare (`--baseline`). */
  baseline: boolean;
  /** Remove ingest's check stamp before each `check`, so it runs in full as on a fresh clone (`--cold-check`). */
  coldCheck: boolean;
}

/** One stage of one run. */
export interface StageRun extends Omit<ProcessCost, 'stdout' | 'stderr'> {
  stage: StageName;
  /** The stage's last output line (its own summary). */
  summary: string;
}

/** The first search's cost, from scripts/search/measure.ts. */
export interface SearchMeasure {
  /** Every response until the first results, gzip-compressed. */
  totalGzipBytes: number;
  /** Responses as sent: Pagefind's files, and the rest. */
  pagefindBytes: number;
  clientBytes: number;
  firstQueryMs: number;
  medianMs: number;
}

/** Everything measured at one size. */
export interface SizeResult {
  /** Corpus label: a number of synthetic documents, or `seeds`. */
  corpus: string;
  docs: number;
  /** Sections + measures written by ingest. */
  entries: number;
  pages: number;
  /** Pages of the bare site (`--baseline`), 0 without it. */
  barePages: number;
  generateMs: number;
  runs: StageRun[][];
  siteBytes: number;
  pagefindBytes: number;
  zipBytes: number;
  search?: SearchMeasure | undefined;
  failures: string[];
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** A size's scratch folders with its corpus generated and its Astro roots prepared. */
function prepareSize(size: Size, options: BenchOptions): { ws: Workspace; result: SizeResult } {
  const corpus = String(size);
  const ws = workspace(join(options.work, `docs-${corpus}`));
  rmSync(ws.dir, { recursive: true, force: true });
  const started = performance.now();
  if (size === 'seeds') cpSync(join(projectRoot, 'seeds'), ws.seeds, { recursive: true });
  else writeCorpus(ws.seeds, generateCorpus({ docs: size }));
  const generateMs = size === 'seeds' ? 0 : performance.now() - started;
  prepareAstroRoot(ws.astroRoot);
  if (options.baseline) prepareBareSite(ws.bareRoot);
  const result: SizeResult = { corpus, docs: 0, entries: 0, pages: 0, barePages: 0, generateMs, runs: [], siteBytes: 0, pagefindBytes: 0, zipBytes: 0, failures: [] };
  return { ws, result };
}

/** Runs `stages` once in order, appending to `records`; false when one failed (recorded in `failures`). */
async function runStages(stages: readonly StageName[], ws: Workspace, options: BenchOptions, result: SizeResult, run: number, records: StageRun[]): Promise<boolean> {
  for (const stage of stages) {
    if (stage === 'astro' && !options.warm) clearAstroCaches(ws.astroRoot);
    if (stage === 'bare-astro' && !options.warm) clearAstroCaches(ws.bareRoot);
    if (stage === 'check' && options.coldCheck) forgetPass(ws.content);
    const { command, args, cwd, env } = stageCommand(stage, ws, options.processor);
    const cost = await measureProcess(command, args, { cwd, env });
    const { stdout, stderr, ...numbers } = cost;
    const summary = lastLine(stdout);
    records.push({ stage, ...numbers, summary });
    log(
      `[${result.corpus} docs, run ${run}/${options.runs}] ${stage.padEnd(13)} ${seconds(cost.wallMs).padStart(7)} s wall, ` +
        `${seconds(cost.cpuMs).padStart(7)} s CPU, ${formatBytes(cost.peakTreeRss).padStart(9)} peak RSS` +
        (cost.exitCode === 0 ? '' : `  FAILED (exit ${cost.exitCode})`),
    );
    if (cost.exitCode !== 0) {
      result.failures.push(`${stage} (exit ${cost.exitCode}): ${tail(stderr || stdout, 12)}`);
      return false;
    }
    if (stage === 'ingest') [result.docs, result.entries] = countsOf(summary);
  }
  return true;
}

/**
 * Runs the benchmark at every size; never throws for a failing stage (it is recorded in `failures`).
 * With `baseline`, each run of ours is followed by a run of the bare site (A B A B …), so both see
 * the same load on a shared machine.
 */
export async function runBench(options: BenchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const { ws, result } = prepareSize(size, options);
    for (let run = 1; run <= options.runs && result.failures.length === 0; run++) {
      const records: StageRun[] = [];
      // The baseline runs ingest once, as setup: `npm run build` starts from a written content/.
      const ours = options.baseline && run > 1 ? options.stages.filter((s) => s !== 'ingest') : options.stages;
      if ((await runStages(ours, ws, options, result, run, records)) && options.baseline) await runStages(bareStageNames, ws, options, result, run, records);
      result.runs.push(records);
    }
    result.pages = countPages(ws.dist);
    result.barePages = countPages(ws.bareDist);
    result.siteBytes = folderBytes(ws.dist, ['pagefind', 'downloads']);
    result.pagefindBytes = folderBytes(join(ws.dist, 'pagefind'));
    result.zipBytes = fileBytes(ws.zip);
    if (options.searchMeasure && result.failures.length === 0 && options.stages.includes('pagefind')) {
      result.search = await measureSearch(ws.dist, result);
    }
    results.push(result);
    if (options.keep) log(`kept ${ws.dir}`);
    else rmSync(ws.dir, { recursive: true, force: true });
  }
  return results;
}

function fileBytes(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

function lastLine(text: string): string {
  return text.trim().split('\n').filter((l) => l.trim()).at(-1) ?? '';
}

function tail(text: string, lines: number): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}

/** Documents and sections + measures from ingest's summary line. */
function countsOf(summary: string): [number, number] {
  const m = /(\d+) documents, (\d+) sections, (\d+) measures/.exec(summary);
  return m ? [Number(m[1]), Number(m[2]) + Number(m[3])] : [0, 0];
}

/** The first search's bytes and latency (scripts/search/measure.ts, in Chromium); a failure is recorded, not thrown. */
async function measureSearch(dist: string, result: SizeResult): Promise<SearchMeasure | undefined> {
  const script = join(projectRoot, 'scripts/search/measure.ts');
  if (!existsSync(script)) return undefined;
  const cost = await measureProcess(nodeBinary(), [join(projectRoot, 'node_modules/tsx/dist/cli.mjs'), script, dist, '--runs', '5', '--json'], { cwd: projectRoot });
  if (cost.exitCode !== 0) {
    result.failures.push(`search measure (exit ${cost.exitCode}): ${tail(cost.stderr || cost.stdout, 8)}`);
    return undefined;
  }
  const json = JSON.parse(cost.stdout.slice(cost.stdout.indexOf('{'))) as SearchMeasure;
  log(`[${result.corpus} docs] first search: ${formatBytes(json.totalGzipBytes)} gzip (${formatBytes(json.pagefindBytes)} Pagefind + ${formatBytes(json.clientBytes)} other, as sent)`);
  return { totalGzipBytes: json.totalGzipBytes, pagefindBytes: json.pagefindBytes, clientBytes: json.clientBytes, firstQueryMs: json.firstQueryMs, medianMs: json.medianMs };
}

function environment(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `Node ${process.versions.node}, ${availableParallelism()} × ${cpu}, ${formatBytes(totalmem())} RAM, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
}

/** Parses the command line. */
export function parseOptions(argv: readonly string[]): BenchOptions & { json?: string | undefined } {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      sizes: { type: 'string', default: '10,20,40' },
      runs: { type: 'string', default: '3' },
      smoke: { type: 'boolean', default: false },
      processor: { type: 'string', default: 'satteri' },
      stages: { type: 'string', default: stageNames.join(',') },
      warm: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      work: { type: 'string' },
      json: { type: 'string' },
      'no-search-measure': { type: 'boolean', default: false },
      baseline: { type: 'boolean', default: false },
      'cold-check': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sizes: Size[] = values.smoke ? [2] : values.sizes.split(',').map((s) => (s.trim() === 'seeds' ? 'seeds' : Number(s.trim())));
  const runs = values.smoke ? 1 : Number(values.runs);
  if (sizes.some((n) => n !== 'seeds' && (!Number.isInteger(n) || n < 1))) throw new Error(`--sizes takes positive integers (documents) or "seeds", not "${values.sizes}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer, not "${values.runs}"`);
  const stages = values.baseline ? ['ingest', ...buildStageNames] : values.stages.split(',').map((s) => s.trim());
  const unknown = stages.filter((s) => !(allStageNames as readonly string[]).includes(s) || (bareStageNames as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`unknown stage(s) ${unknown.join(', ')}; stages are ${allStageNames.filter((s) => !bareStageNames.includes(s)).join(', ')}`);
  // Stages depend on the previous ones' output: run them in pipeline order.
  const ordered = allStageNames.filter((s) => stages.includes(s));
  if (ordered.length && ordered[0] !== 'ingest') throw new Error('--stages must include ingest (later stages read its output)');
  const work = resolve(values.work ?? join(tmpdir(), `jpcp-bench-${process.pid}`));
  const searchMeasure = !values.smoke && !values['no-search-measure'];
  return {
    ...{ sizes, runs, stages: ordered, processor: values.processor, warm: values.warm, keep: values.keep, work, json: values.json, searchMeasure },
    ...{ baseline: values.baseline, coldCheck: values['cold-check'] },
  };
}

async function main(argv: readonly string[]): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    return 1;
  }
  mkdirSync(options.work, { recursive: true });
  const header = `Benchmark: sizes ${options.sizes.join(', ')} documents, ${options.runs} run(s), Markdown processor ${options.processor}, Astro ${options.warm ? 'warm' : 'cold'}; ${environment()}`;
  log(header);
  const results = await runBench(options);
  const text = `${header}\n\n${report(results, options)}\nload average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
  console.log(text);
  if (options.json) writeFileSync(options.json, `${JSON.stringify({ options, environment: environment(), results }, null, 2)}\n`);
  if (!options.keep) rmSync(options.work, { recursive: true, force: true });
  return results.some((r) => r.failures.length > 0) ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
