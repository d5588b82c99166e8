/**
 * Runs a peer break app (Workrave, Safe Eyes) as compare-peers.mts needs it: under Xvfb with a fresh
 * home and private session and system buses (private-buses.ts; without a system bus Safe Eyes stops
 * half-started), then follows its process tree over the measured window. A child that lives less than
 * the one-second sampling step is missed by the thread counts; its CPU time still reaches the parent's
 * cutime/cstime when it is reaped (the ticks figure), and `spawnedSwitches` estimates its switches.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startPrivateBuses } from './private-buses.ts';
import { processTree, ratesBetween, sampleTree, type TreeRates, type TreeSample } from './proc-sample.ts';

/** The first process in `root`'s tree whose command name is `comm`. */
function findProcess(root: number, comm: string): number | null {
  for (const pid of processTree(root, true)) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === comm) return pid;
    } catch {
      // ended meanwhile
    }
  }
  return null;
}

/** Samples `pid`'s tree every second for `windowMs`; a thread counts from its first to its last sight. */
async function followTree(pid: number, windowMs: number): Promise<TreeRates & { processes: number }> {
  const first = sampleTree(processTree(pid, true));
  const last: TreeSample = { at: first.at, threads: new Map(first.threads), ticks: new Map(first.ticks) };
  const end = performance.now() + windowMs;
  while (performance.now() < end) {
    await sleep(Math.min(1_000, end - performance.now()));
    const now = sampleTree(processTree(pid, true));
    for (const [key, counters] of now.threads) last.threads.set(key, counters);
    for (const [p, ticks] of now.ticks) last.ticks.set(p, ticks);
    last.at = now.at;
  }
  return { ...ratesBetween(first, last), processes: last.ticks.size };
}

/** The app's X display and its key, from its environment. */
function displayEnv(pid: number): Record<string, string> {
  const vars = readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0');
  return Object.fromEntries(
    vars
      .filter((v) => /^(DISPLAY|XAUTHORITY)=/.test(v))
      .map((v) => [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)]),
  );
}

/** Voluntary and involuntary switches of one run of `command` on `display` (GNU time, mean of 10). */
function spawnedSwitches(
  command: string,
  display: Record<string, string>,
): { voluntary: number; involuntary: number } {
  let voluntary = 0;
  let involuntary = 0;
  for (let i = 0; i < 10; i++) {
    const run = spawnSync('/usr/bin/time', ['-f', 'switches %w %c', command], {
      env: { ...display, PATH: '/usr/bin:/bin' },
      encoding: 'utf8',
    });
    const [, w = '0', c = '0'] = /switches (\d+) (\d+)/.exec(run.stderr) ?? [];
    voluntary += Number(w) / 10;
    involuntary += Number(c) / 10;
  }
  return { voluntary, involuntary };
}

export interface PeerRun extends TreeRates {
  processes: number;
  /** Per run of the short-lived child the app spawns, when asked for one. */
  spawned?: { command: string; voluntary: number; involuntary: number };
}

/** Starts `command`, lets it settle, measures the process named `comm` and its children, then stops it. */
export async function measurePeer(
  command: string[],
  comm: string,
  settleMs: number,
  windowMs: number,
  spawnedCommand?: string,
): Promise<PeerRun> {
  const home = mkdtempSync(join(tmpdir(), `tend-peer-${comm}-`));
  const buses = await startPrivateBuses(home);
  const env = { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: home, LANG: 'C.UTF-8', ...buses.env };
  const runner = spawn('xvfb-run', ['-a', ...command], { env, stdio: 'ignore', detached: true });
  try {
    await sleep(settleMs);
    const pid = findProcess(runner.pid ?? 0, comm);
    if (pid === null) throw new Error(`no process named ${comm} under xvfb-run`);
    const rates = await followTree(pid, windowMs);
    if (!spawnedCommand) return rates;
    return {
      ...rates,
      spawned: { command: spawnedCommand, ...spawnedSwitches(spawnedCommand, displayEnv(pid)) },
    };
  } finally {
    // The whole group: xvfb-run, Xvfb and the app.
    process.kill(-(runner.pid ?? 0), 'SIGTERM');
    await sleep(2_000);
    await buses.stop();
    rmSync(home, { recursive: true, force: true });
  }
}
