/**
 * The benchmark's report: per size the stages' medians, the outputs' sizes, the growth fits across
 * sizes and, with `--baseline`, ours against the bare site as ratios.
 */
import { formatBytes, markdownTable, seconds } from './format';
import type { BenchOptions, SizeResult } from './run';
import { bareStageNames, buildStageNames, type StageName } from './stages';
import { growthExponent, linearFit, median, range } from './stats';

/** Median wall/CPU and peak memory of one stage at one size. */
export interface StageSummary {
  wall: number;
  wallRange: [number, number];
  cpu: number;
  peakTreeRss: number;
  peakProcessRss: number;
}

/** The median of one stage's passing runs at one size; undefined when none passed. */
export function summarize(result: SizeResult, stage: StageName): StageSummary | undefined {
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

/** Sum of wall and CPU medians of `stages`; undefined when one of them has no passing run. */
function totalOf(result: SizeResult, stages: readonly StageName[]): { wall: number; cpu: number } | undefined {
  const parts = stages.map((stage) => summarize(result, stage));
  if (!parts.every((p) => p !== undefined)) return undefined;
  return { wall: parts.reduce((t, p) => t + p.wall, 0), cpu: parts.reduce((t, p) => t + p.cpu, 0) };
}

const perPage = (ms: number, pages: number): string => (pages ? (ms / pages).toFixed(2) : '—');

/** One row per stage per size, and the pipeline's total. */
function stageTable(results: readonly SizeResult[], stages: readonly StageName[]): string {
  const rows: string[][] = [];
  for (const result of results) {
    const head = [result.corpus, String(result.entries), String(result.pages)];
    for (const stage of stages) {
      const s = summarize(result, stage);
      if (!s) {
        rows.push([...head, stage, 'FAILED', '', '', '', '']);
        continue;
      }
      const wallRange = `${seconds(s.wallRange[0])}–${seconds(s.wallRange[1])}`;
      rows.push([...head, stage, seconds(s.wall), wallRange, seconds(s.cpu), perPage(s.wall, result.pages), formatBytes(s.peakTreeRss)]);
    }
    const ours = stages.filter((stage) => !bareStageNames.includes(stage));
    if (ours.length > 1) {
      const total = totalOf(result, ours);
      const label = total ? '**pipeline**' : '**pipeline (incomplete)**';
      rows.push([...head, label, `**${seconds(total?.wall ?? 0)}**`, '', seconds(total?.cpu ?? 0), perPage(total?.wall ?? 0, result.pages), '']);
    }
  }
  return markdownTable(['docs', 'entries', 'pages', 'stage', 'wall s (median)', 'wall s (range)', 'CPU s', 'ms/page', 'peak RSS (tree)'], rows);
}

/** Bytes written per size, and the first search's bytes when measured. */
function outputsTable(results: readonly SizeResult[]): string {
  return markdownTable(
    ['docs', 'pages', 'dist/ (site)', 'dist/pagefind', 'offline zip', 'first search, gzip (as sent: Pagefind + other)', 'corpus generated in'],
    results.map((r) => [
      r.corpus,
      String(r.pages),
      formatBytes(r.siteBytes),
      formatBytes(r.pagefindBytes),
      formatBytes(r.zipBytes),
      r.search ? `${formatBytes(r.search.totalGzipBytes)} (${formatBytes(r.search.pagefindBytes)} + ${formatBytes(r.search.clientBytes)})` : '—',
      `${seconds(r.generateMs)} s`,
    ]),
  );
}

/** Least-squares cost per page (or entry) of each stage and the pipeline; empty with fewer than two sizes. */
function growthTable(results: readonly SizeResult[], stages: readonly StageName[]): string[] {
  const complete = results.filter((r) => r.failures.length === 0 && r.entries > 0);
  // Growth is per page when the site was built, else (ingest alone) per entry.
  const unit = complete.every((r) => r.pages > 0) ? 'page' : 'entry';
  const xOf = (r: SizeResult): number => (unit === 'page' ? r.pages : r.entries);
  if (complete.length < 2 || new Set(complete.map(xOf)).size < 2) return [];
  const ours = stages.filter((stage) => !bareStageNames.includes(stage));
  const fits: string[][] = [];
  for (const stage of [...stages, 'pipeline' as const]) {
    const points = complete
      .map((r) => {
        const t = totalOf(r, stage === 'pipeline' ? ours : [stage]);
        return t ? { x: xOf(r), ...t } : undefined;
      })
      .filter((p) => p !== undefined);
    const wallFit = linearFit(points.map((p) => p.x), points.map((p) => p.wall));
    const cpuFit = linearFit(points.map((p) => p.x), points.map((p) => p.cpu));
    if (!wallFit || !cpuFit) continue;
    const k = growthExponent(points.map((p) => p.x), points.map((p) => p.cpu), cpuFit.fixed);
    fits.push([stage, wallFit.perUnit.toFixed(2), seconds(wallFit.fixed), cpuFit.perUnit.toFixed(2), seconds(cpuFit.fixed), cpuFit.r2.toFixed(3), k === undefined ? '—' : k.toFixed(2)]);
  }
  const units = unit === 'page' ? 'pages' : 'entries';
  return [
    `Growth with ${units} (least squares over sizes; k: exponent of CPU time ∝ ${units}^k between the two largest sizes, fitted fixed cost removed; k ≈ 1 is linear, 2 quadratic):`,
    '',
    markdownTable(['stage', `wall ms/${unit}`, 'wall fixed s', `CPU ms/${unit}`, 'CPU fixed s', 'R² (CPU)', 'k'], fits),
  ];
}

/** Ours (the stages of `npm run build`) against the bare site, per comparable stage and in total. */
function baselineTable(results: readonly SizeResult[]): string {
  const pairs: [label: string, ours: StageName[], bare: StageName[]][] = [
    ['ingest --check', ['check'], []],
    ['Astro build', ['astro'], ['bare-astro']],
    ['Pagefind', ['pagefind'], ['bare-pagefind']],
    ['offline zip', ['offline'], []],
    ['**total**', [...buildStageNames], [...bareStageNames]],
  ];
  const ratio = (a: number | undefined, b: number | undefined): string => (a !== undefined && b ? `${(a / b).toFixed(2)}×` : '—');
  const rows: string[][] = [];
  for (const result of results) {
    for (const [label, oursStages, bareStages] of pairs) {
      const ours = totalOf(result, oursStages);
      const bare = bareStages.length ? totalOf(result, bareStages) : undefined;
      const s = (t: { wall: number; cpu: number } | undefined, key: 'wall' | 'cpu'): string => (t ? seconds(t[key]) : '—');
      rows.push([result.corpus, `${result.pages} / ${result.barePages}`, label, s(ours, 'wall'), s(bare, 'wall'), ratio(ours?.wall, bare?.wall), s(ours, 'cpu'), s(bare, 'cpu'), ratio(ours?.cpu, bare?.cpu)]);
    }
  }
  return markdownTable(['docs', 'pages (ours / bare)', 'stage', 'ours wall s', 'bare wall s', 'wall ratio', 'ours CPU s', 'bare CPU s', 'CPU ratio'], rows);
}

/** The report: a table per size, sizes of the outputs, (with two sizes or more) the growth fits, and the baseline comparison. */
export function report(results: readonly SizeResult[], options: BenchOptions): string {
  const stages = options.baseline ? [...options.stages, ...bareStageNames] : options.stages;
  const out = [stageTable(results, stages), '', outputsTable(results)];
  const growth = growthTable(results, stages);
  if (growth.length) out.push('', ...growth);
  if (options.baseline) {
    out.push('', 'Ours (`npm run build`: ingest --check, Astro, Pagefind, offline zip) against a bare Astro site of the same entries at both language routes + the Pagefind CLI, runs interleaved (A B A B …), medians:', '', baselineTable(results));
  }
  for (const result of results) for (const failure of result.failures) out.push('', `FAILED at ${result.corpus} docs: ${failure}`);
  return out.join('\n');
}
