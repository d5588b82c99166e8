/**
 * CPU time and context switches of a process tree, read from /proc (Linux only). CPU time comes from
 * each thread's schedstat (nanoseconds on the CPU, exact), not from stat's utime+stime, which count in
 * 10 ms ticks: an idle app may use less than one tick a minute. The kernel keeps context switches per
 * thread (/proc/<pid>/task/<tid>/status), so both are summed over every thread of every process.
 * A thread that ends between two samples takes its counts with it; for Node and the peers measured
 * here threads live as long as the app, and `ticks` (utime+stime, which do keep ended threads and
 * waited-for children) is there to cross-check.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** Counters of one thread, keyed by "pid/tid" so a later sample can be matched to it. */
interface ThreadCounters {
  cpuNs: number;
  voluntary: number;
  involuntary: number;
}

/** A reading of a process tree at one instant. */
export interface TreeSample {
  at: number;
  threads: Map<string, ThreadCounters>;
  /** utime+stime+cutime+cstime of each process, in clock ticks (1/100 s on Linux). */
  ticks: Map<number, number>;
}

/** Per-second rates between two samples. */
export interface TreeRates {
  seconds: number;
  cpuMsPerSecond: number;
  /** The same from stat's 10 ms ticks, a cross-check. */
  tickCpuMsPerSecond: number;
  voluntaryPerSecond: number;
  involuntaryPerSecond: number;
}

const TICKS_PER_SECOND = 100;

function read(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null; // the process or thread has ended
  }
}

/** The fields of /proc/<pid>/stat after the command name (which may itself hold spaces). */
function statFields(pid: number): string[] | null {
  const text = read(`/proc/${pid}/stat`);
  return text === null ? null : text.slice(text.lastIndexOf(')') + 2).split(' ');
}

/** `root` and, when `withChildren`, every live process descending from it. */
export function processTree(root: number, withChildren: boolean): number[] {
  if (!withChildren) return [root];
  const parentOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const ppid = Number(statFields(pid)?.[1]);
    if (Number.isInteger(ppid)) parentOf.set(pid, ppid);
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of parentOf) {
      if (!tree.has(pid) && tree.has(ppid)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  return [...tree];
}

function threadsOf(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return []; // the process has ended
  }
}

function field(status: string, name: string): number {
  return Number(new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(status)?.[1] ?? 0);
}

/** Reads every thread of `pids` now. */
export function sampleTree(pids: readonly number[]): TreeSample {
  const threads = new Map<string, ThreadCounters>();
  const ticks = new Map<number, number>();
  for (const pid of pids) {
    const stat = statFields(pid);
    // utime, stime, cutime, cstime are fields 14–17 of stat, 11–14 after the name.
    if (stat)
      ticks.set(
        pid,
        [11, 12, 13, 14].reduce((sum, i) => sum + Number(stat[i] ?? 0), 0),
      );
    for (const tid of threadsOf(pid)) {
      const schedstat = read(`/proc/${pid}/task/${tid}/schedstat`);
      const status = read(`/proc/${pid}/task/${tid}/status`);
      if (schedstat === null || status === null) continue;
      threads.set(`${pid}/${tid}`, {
        cpuNs: Number(schedstat.split(' ')[0]),
        voluntary: field(status, 'voluntary_ctxt_switches'),
        involuntary: field(status, 'nonvoluntary_ctxt_switches'),
      });
    }
  }
  return { at: performance.now(), threads, ticks };
}

/** Rates from `before` to `after`; a thread or process born in between counts from zero. */
export function ratesBetween(before: TreeSample, after: TreeSample): TreeRates {
  const seconds = (after.at - before.at) / 1000;
  let cpuNs = 0;
  let voluntary = 0;
  let involuntary = 0;
  for (const [key, end] of after.threads) {
    const start = before.threads.get(key) ?? { cpuNs: 0, voluntary: 0, involuntary: 0 };
    cpuNs += end.cpuNs - start.cpuNs;
    voluntary += end.voluntary - start.voluntary;
    involuntary += end.involuntary - start.involuntary;
  }
  let ticks = 0;
  for (const [pid, end] of after.ticks) ticks += end - (before.ticks.get(pid) ?? 0);
  return {
    seconds,
    cpuMsPerSecond: cpuNs / 1e6 / seconds,
    tickCpuMsPerSecond: (ticks * (1000 / TICKS_PER_SECOND)) / seconds,
    voluntaryPerSecond: voluntary / seconds,
    involuntaryPerSecond: involuntary / seconds,
  };
}
