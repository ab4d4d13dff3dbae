/**
 * `npm run bench`: what the pipeline costs and how it grows. For each corpus size it generates a
 * synthetic corpus (scripts/synthetic), then runs every stage of the build — ingest, Astro, Pagefind,
 * offline bundle — as whole child processes in a scratch folder, several times, and prints the median
 * and range of wall time, the CPU time, the peak memory of the process tree, and the bytes written.
 *
 *   npm run bench -- [--sizes 10,20,40] [--runs 3] [--smoke] [--processor satteri|unified]
 *                    [--stages ingest,astro,pagefind,offline] [--warm] [--keep] [--work <dir>] [--json <file>]
 *                    [--no-search-measure]
 *
 * --sizes     corpus sizes in synthetic documents (a document is 15–35 entries, about 50 pages in two
 *             languages); `seeds` is the real seed texts
 * --no-search-measure  skip scripts/search/measure.ts (Chromium), which otherwise reports the first
 *             search's bytes at each size after its last run
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
import { formatBytes, markdownTable, seconds } from './format';
import { measureProcess, type ProcessCost } from './measure-process';
import { countPages, folderBytes, nodeBinary, projectRoot, stageCommand, stageNames, workspace, type StageName } from './stages';
import { growthExponent, linearFit, median, range } from './stats';

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
}

/** One stage of one run. */
export interface StageRun extends Omit<ProcessCost, 'stdout' | 'stderr'> {
  stage: StageName;
  /** The stage's last output line (its own summary). */
  summary: string;
}

/** The first search's cost, from scripts/search/measure.ts. */
export interface SearchMeasure {
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
  generateMs: number;
  runs: StageRun[][];
  siteBytes: number;
  pagefindBytes: number;
  zipBytes: number;
  search?: SearchMeasure | undefined;
  failures: string[];
}

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** Runs the benchmark at every size; never throws for a failing stage (it is recorded in `failures`). */
export async function runBench(options: BenchOptions): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const size of options.sizes) {
    const corpus = String(size);
    const ws = workspace(join(options.work, `docs-${corpus}`));
    rmSync(ws.dir, { recursive: true, force: true });
    const started = performance.now();
    if (size === 'seeds') cpSync(join(projectRoot, 'seeds'), ws.seeds, { recursive: true });
    else writeCorpus(ws.seeds, generateCorpus({ docs: size }));
    const generateMs = size === 'seeds' ? 0 : performance.now() - started;
    prepareAstroRoot(ws.astroRoot);
    const result: SizeResult = { corpus, docs: 0, entries: 0, pages: 0, generateMs, runs: [], siteBytes: 0, pagefindBytes: 0, zipBytes: 0, failures: [] };
    const docs = corpus;
    for (let run = 1; run <= options.runs && result.failures.length === 0; run++) {
      const records: StageRun[] = [];
      for (const stage of options.stages) {
        if (stage === 'astro' && !options.warm) clearAstroCaches(ws.astroRoot);
        const { command, args, cwd, env } = stageCommand(stage, ws, options.processor);
        const cost = await measureProcess(command, args, { cwd, env });
        const { stdout, stderr, ...numbers } = cost;
        const summary = lastLine(stdout);
        records.push({ stage, ...numbers, summary });
        log(
          `[${docs} docs, run ${run}/${options.runs}] ${stage.padEnd(8)} ${seconds(cost.wallMs).padStart(7)} s wall, ` +
            `${seconds(cost.cpuMs).padStart(7)} s CPU, ${formatBytes(cost.peakTreeRss).padStart(9)} peak RSS` +
            (cost.exitCode === 0 ? '' : `  FAILED (exit ${cost.exitCode})`),
        );
        if (cost.exitCode !== 0) {
          result.failures.push(`${stage} (exit ${cost.exitCode}): ${tail(stderr || stdout, 12)}`);
          break;
        }
        if (stage === 'ingest') [result.docs, result.entries] = countsOf(summary);
      }
      result.runs.push(records);
    }
    result.pages = countPages(ws.dist);
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
  log(`[${result.corpus} docs] first search: ${formatBytes(json.pagefindBytes)} Pagefind + ${formatBytes(json.clientBytes)} client, ${json.firstQueryMs.toFixed(0)} ms`);
  return { pagefindBytes: json.pagefindBytes, clientBytes: json.clientBytes, firstQueryMs: json.firstQueryMs, medianMs: json.medianMs };
}

/** Median wall/CPU and peak memory of one stage at one size. */
interface StageSummary {
  wall: number;
  wallRange: [number, number];
  cpu: number;
  peakTreeRss: number;
  peakProcessRss: number;
}

function summarize(result: SizeResult, stage: StageName): StageSummary | undefined {
  const runs = result.runs.map((r) => r.find((s) => s.stage === stage && s.exitCode === 0)).filter((s) => s !== undefined);
  if (runs.length === 0) return undefined;
  return {
    wall: median(runs.map((r) => r.wallMs)),
    wallRange: range(runs.map((r) => r.wallMs)),
    cpu: median(runs.map((r) => r.cpuMs)),
    peakTreeRss: Math.max(...runs.map((r) => r.peakTreeRss)),
    peakProcessRss: Math.max(...runs.map((r) => r.peakProcessRss)),
  };
}

/** The report: a table per size, sizes of the outputs, and (with two sizes or more) the growth fits. */
export function report(results: readonly SizeResult[], options: BenchOptions): string {
  const out: string[] = [];
  const rows: string[][] = [];
  for (const result of results) {
    let total = 0;
    let totalCpu = 0;
    let complete = true;
    for (const stage of options.stages) {
      const s = summarize(result, stage);
      if (!s) {
        complete = false;
        rows.push([result.corpus, String(result.entries), String(result.pages), stage, 'FAILED', '', '', '', '']);
        continue;
      }
      total += s.wall;
      totalCpu += s.cpu;
      rows.push([
        result.corpus,
        String(result.entries),
        String(result.pages),
        stage,
        seconds(s.wall),
        `${seconds(s.wallRange[0])}–${seconds(s.wallRange[1])}`,
        seconds(s.cpu),
        result.pages ? (s.wall / result.pages).toFixed(2) : '—',
        formatBytes(s.peakTreeRss),
      ]);
    }
    if (options.stages.length > 1) {
      rows.push([result.corpus, String(result.entries), String(result.pages), complete ? '**pipeline**' : '**pipeline (incomplete)**', `**${seconds(total)}**`, '', seconds(totalCpu), result.pages ? (total / result.pages).toFixed(2) : '—', '']);
    }
  }
  out.push(
    markdownTable(['docs', 'entries', 'pages', 'stage', 'wall s (median)', 'wall s (range)', 'CPU s', 'ms/page', 'peak RSS (tree)'], rows),
    '',
    markdownTable(
      ['docs', 'pages', 'dist/ (site)', 'dist/pagefind', 'offline zip', 'first search (Pagefind + client)', 'corpus generated in'],
      results.map((r) => [
        r.corpus,
        String(r.pages),
        formatBytes(r.siteBytes),
        formatBytes(r.pagefindBytes),
        formatBytes(r.zipBytes),
        r.search ? `${formatBytes(r.search.pagefindBytes + r.search.clientBytes)} (${formatBytes(r.search.pagefindBytes)} + ${formatBytes(r.search.clientBytes)})` : '—',
        `${seconds(r.generateMs)} s`,
      ]),
    ),
  );
  const complete = results.filter((r) => r.failures.length === 0 && r.entries > 0);
  // Growth is per page when the site was built, else (ingest alone) per entry.
  const unit = complete.every((r) => r.pages > 0) ? 'page' : 'entry';
  const xOf = (r: SizeResult): number => (unit === 'page' ? r.pages : r.entries);
  if (complete.length >= 2 && new Set(complete.map(xOf)).size >= 2) {
    const fits: string[][] = [];
    for (const stage of [...options.stages, 'pipeline' as const]) {
      const points = complete
        .map((r) => {
          if (stage === 'pipeline') {
            const parts = options.stages.map((s) => summarize(r, s));
            return parts.every((p) => p) ? { x: xOf(r), wall: parts.reduce((t, p) => t + p!.wall, 0), cpu: parts.reduce((t, p) => t + p!.cpu, 0) } : undefined;
          }
          const s = summarize(r, stage);
          return s ? { x: xOf(r), wall: s.wall, cpu: s.cpu } : undefined;
        })
        .filter((p) => p !== undefined);
      const wallFit = linearFit(points.map((p) => p.x), points.map((p) => p.wall));
      const cpuFit = linearFit(points.map((p) => p.x), points.map((p) => p.cpu));
      if (!wallFit || !cpuFit) continue;
      const k = growthExponent(points.map((p) => p.x), points.map((p) => p.cpu), cpuFit.fixed);
      fits.push([
        stage,
        wallFit.perUnit.toFixed(2),
        seconds(wallFit.fixed),
        cpuFit.perUnit.toFixed(2),
        seconds(cpuFit.fixed),
        cpuFit.r2.toFixed(3),
        k === undefined ? '—' : k.toFixed(2),
      ]);
    }
    out.push(
      '',
      `Growth with ${unit === 'page' ? 'pages' : 'entries'} (least squares over sizes; k: exponent of CPU time ∝ ${unit === 'page' ? 'pages' : 'entries'}^k between the two largest sizes, fitted fixed cost removed; k ≈ 1 is linear, 2 quadratic):`,
      '',
      markdownTable(['stage', `wall ms/${unit}`, 'wall fixed s', `CPU ms/${unit}`, 'CPU fixed s', 'R² (CPU)', 'k'], fits),
    );
  }
  for (const result of results) for (const failure of result.failures) out.push('', `FAILED at ${result.corpus} docs: ${failure}`);
  return out.join('\n');
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
    },
    strict: true,
  });
  const sizes: Size[] = values.smoke ? [2] : values.sizes.split(',').map((s) => (s.trim() === 'seeds' ? 'seeds' : Number(s.trim())));
  const runs = values.smoke ? 1 : Number(values.runs);
  if (sizes.some((n) => n !== 'seeds' && (!Number.isInteger(n) || n < 1))) throw new Error(`--sizes takes positive integers (documents) or "seeds", not "${values.sizes}"`);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a positive integer, not "${values.runs}"`);
  const stages = values.stages.split(',').map((s) => s.trim()) as StageName[];
  const unknown = stages.filter((s) => !stageNames.includes(s));
  if (unknown.length) throw new Error(`unknown stage(s) ${unknown.join(', ')}; stages are ${stageNames.join(', ')}`);
  // Stages depend on the previous ones' output: run them in pipeline order.
  const ordered = stageNames.filter((s) => stages.includes(s));
  if (ordered.length && ordered[0] !== 'ingest') throw new Error('--stages must include ingest (later stages read its output)');
  const work = resolve(values.work ?? join(tmpdir(), `jpcp-bench-${process.pid}`));
  const searchMeasure = !values.smoke && !values['no-search-measure'];
  return { sizes, runs, stages: ordered, processor: values.processor, warm: values.warm, keep: values.keep, work, json: values.json, searchMeasure };
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
