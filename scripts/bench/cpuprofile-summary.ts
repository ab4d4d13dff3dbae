/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): the functions with the most self time and
 * the most inclusive time, with their source location, so a hot spot can be named precisely.
 *
 *   tsx scripts/bench/cpuprofile-summary.ts <file.cpuprofile> [--top 25] [--filter scripts/]
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Self and inclusive milliseconds of one function (all its call sites merged). */
export interface FunctionCost {
  name: string;
  location: string;
  selfMs: number;
  totalMs: number;
}

/** Self and inclusive time per function of a profile, costliest first (by self time). */
export function summarizeProfile(profile: CpuProfile): { totalMs: number; functions: FunctionCost[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const keyOf = (node: ProfileNode): string => {
    const { functionName, url, lineNumber } = node.callFrame;
    return `${functionName || '(anonymous)'}\u0000${url.replace(/^file:\/\//, '')}:${lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + us);
    // Inclusive: count the sample once for each distinct function on its stack.
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const key = keyOf(byId.get(up)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  const functions = [...total.keys()].map((key) => {
    const [name, location] = key.split('\u0000') as [string, string];
    return { name, location, selfMs: (self.get(key) ?? 0) / 1000, totalMs: total.get(key)! / 1000 };
  });
  functions.sort((a, b) => b.selfMs - a.selfMs);
  return { totalMs: (profile.endTime - profile.startTime) / 1000, functions };
}

function main(argv: readonly string[]): void {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: { top: { type: 'string', default: '25' }, filter: { type: 'string' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) throw new Error('usage: tsx scripts/bench/cpuprofile-summary.ts <file.cpuprofile> [--top N] [--filter text]');
  const { totalMs, functions } = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile);
  const top = Number(values.top);
  const keep = (f: FunctionCost): boolean => !values.filter || f.location.includes(values.filter);
  const row = (f: FunctionCost): string => `${f.selfMs.toFixed(0).padStart(7)} ${f.totalMs.toFixed(0).padStart(7)}  ${f.name}  ${f.location}`;
  console.log(`profile: ${totalMs.toFixed(0)} ms\n   self   total  function (by self time)`);
  for (const f of functions.filter(keep).slice(0, top)) console.log(row(f));
  console.log(`\n   self   total  function (by inclusive time)`);
  for (const f of [...functions].filter(keep).sort((a, b) => b.totalMs - a.totalMs).slice(0, top)) console.log(row(f));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
