import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What running one command cost. */
export interface ProcessCost {
  /** Wall-clock milliseconds from spawn to exit. */
  wallMs: number;
  /**
   * User + system CPU milliseconds of the whole process tree: bash `times` (every waited-for
   * descendant), or the sum of each process's CPU last sampled from /proc when that is larger
   * (helpers a parent never reaps, such as Pagefind's service binary, are missing from `times`).
   */
  cpuMs: number;
  /** Highest sampled sum of VmRSS over the process tree, in bytes. */
  peakTreeRss: number;
  /** Highest VmHWM (peak resident set) of any single process of the tree, in bytes. */
  peakProcessRss: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Options of {@link measureProcess}. */
export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Milliseconds between memory samples (default 50). */
  sampleMs?: number;
}

/**
 * Runs a command as a child process tree and measures it. CPU time comes from bash's `times`
 * builtin (it reports the user and system time of every waited-for descendant), so it needs nothing
 * but bash; memory is sampled from `/proc` (the RSS of every process in the tree, summed, plus
 * each process's own high-water mark), so it needs Linux but no `/usr/bin/time`. Sampling can miss a
 * peak shorter than the interval; VmHWM cannot, for processes alive at a sample.
 */
export async function measureProcess(command: string, args: readonly string[], options: MeasureOptions): Promise<ProcessCost> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-times-'));
  const timesFile = join(scratch, 'times');
  const script = '"$@"; code=$?; times > "$BENCH_TIMES_FILE"; exit $code';
  const started = performance.now();
  const child = spawn('bash', ['-c', script, 'bench', command, ...args], {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), BENCH_TIMES_FILE: timesFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  let peakTreeRss = 0;
  let peakProcessRss = 0;
  const cpuSeen = new Map<number, number>();
  const sample = (): void => {
    if (child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += status.rss;
      peakProcessRss = Math.max(peakProcessRss, status.hwm);
      const cpu = readCpuMs(pid);
      if (cpu !== undefined) cpuSeen.set(pid, cpu);
    }
    peakTreeRss = Math.max(peakTreeRss, sum);
  };
  const timer = setInterval(sample, options.sampleMs ?? 50);
  const exitCode = await new Promise<number>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
  clearInterval(timer);
  const wallMs = performance.now() - started;
  let cpuMs = [...cpuSeen.values()].reduce((sum, ms) => sum + ms, 0) || Number.NaN;
  try {
    cpuMs = Math.max(parseTimes(readFileSync(timesFile, 'utf8')), Number.isNaN(cpuMs) ? 0 : cpuMs);
  } catch {
    // The command was killed before `times` ran.
  }
  rmSync(scratch, { recursive: true, force: true });
  return { wallMs, cpuMs, peakTreeRss, peakProcessRss, exitCode, stdout, stderr };
}

/** The pid and all its descendants (via `/proc/<pid>/task/<tid>/children`). */
export function processTree(root: number): number[] {
  const tree: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    tree.push(pid);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (children) queue.push(...children.split(/\s+/).map(Number));
      } catch {
        // The thread or process ended meanwhile.
      }
    }
  }
  return tree;
}

function readStatus(pid: number): { rss: number; hwm: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
    return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const USER_HZ = 100;

/** User + system CPU of one process itself (not its children), from /proc/<pid>/stat. */
function readCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3; utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / USER_HZ;
  } catch {
    return undefined;
  }
}

/** Children's user + system time from bash `times` output (second line: `0m3.912s 0m1.249s`). */
export function parseTimes(text: string): number {
  const lines = text.trim().split('\n');
  const children = lines[1] ?? lines[0] ?? '';
  const ms = [...children.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => (Number(m[1]) * 60 + Number(m[2])) * 1000);
  if (ms.length !== 2) throw new Error(`bench: cannot read bash times output: ${text}`);
  return ms[0]! + ms[1]!;
}
