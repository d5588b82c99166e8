/**
 * Issue #17 item 4, run by hand once (it needs Debian's workrave, safeeyes, xvfb and dbus packages,
 * which the bench does not install): the idle CPU time and context switches of Workrave and Safe Eyes,
 * each under `xvfb-run -a` with a fresh home and private session and system buses (run-peer.ts), measured
 * the same way as Tend's bench figure (proc-sample.ts) over a real minute after a minute's settling,
 * every child process included.
 * Tend beside them in its steady state, at the keyboard and away, each settled 6 minutes 10 s: its
 * away time (5 minutes) has passed and V8's memory reducer, which wakes every 8 s for the first few
 * minutes after boot, has finished (the bench's figure, 5 s after boot, includes it). Nobody types under
 * Xvfb, so the peers see a user away. Writes peer-figures.md beside this file and prints it.
 *
 *   npx tsx bench/idle-cpu/compare-peers.mts        (about 8 minutes; run `npm run -s build` first)
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureIdleTend } from './boot-tend.ts';
import type { TreeRates } from './proc-sample.ts';
import { measurePeer } from './run-peer.ts';

const PEER_SETTLE_MS = 60_000;
const TEND_SETTLE_MS = 6 * 60_000 + 10_000;
const WINDOW_MS = 60_000;
// Safe Eyes' Smart Pause plugin runs xprintidle every 2 s (plugins/smartpause/plugin.py: waiting_time).
const XPRINTIDLE_PER_SECOND = 0.5;

interface Row extends TreeRates {
  name: string;
  note: string;
}

function version(pkg: string): string {
  return (
    spawnSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8' }).stdout || 'not installed'
  );
}

const rows: Row[] = [];
// Tend settles while the peers are measured one after the other (they cost it almost nothing).
const tend = Promise.all([
  measureIdleTend('active', TEND_SETTLE_MS, WINDOW_MS),
  measureIdleTend('away', TEND_SETTLE_MS, WINDOW_MS),
]);
for (const [name, pkg, comm, spawned] of [
  ['Workrave', 'workrave', 'workrave', undefined],
  ['Safe Eyes', 'safeeyes', 'safeeyes', 'xprintidle'],
] as const) {
  if (version(pkg) === 'not installed') {
    console.error(`${name}: apt-get install -y ${pkg} first; skipped`);
    continue;
  }
  const run = await measurePeer([comm], comm, PEER_SETTLE_MS, WINDOW_MS, spawned);
  let note = `${run.processes} process(es) in its tree at the end; Xvfb and the buses not counted`;
  if (run.spawned) {
    // Its children live a few ms: their CPU is in the ticks figure (reaped into cutime), their switches are added here.
    const { voluntary, involuntary } = run.spawned;
    run.voluntaryPerSecond += voluntary * XPRINTIDLE_PER_SECOND;
    run.involuntaryPerSecond += involuntary * XPRINTIDLE_PER_SECOND;
    note += `; runs ${run.spawned.command} every 2 s (${voluntary.toFixed(1)} + ${involuntary.toFixed(1)} switches each, added), its CPU only in the ticks column`;
  }
  rows.push({ name: `${name} ${version(pkg)}`, note, ...run });
}
for (const run of (await tend).reverse()) {
  const r = run.report;
  const delays = r.delays.length
    ? ` (armed for ${r.delays.map((ms) => `${Math.round(ms / 1000)} s`).join(', ')})`
    : '';
  const note = `${r.timeoutsFired} timer(s) fired${delays}, ${r.idleReads} idle read(s), ${r.trayMenus} tray menu(s) built`;
  rows.unshift({ name: `Tend (${run.mode === 'active' ? 'at the keyboard' : 'away'})`, note, ...run });
}

const fixed = (n: number, digits = 2): string => n.toFixed(digits);
const lines = [
  `Idle CPU, measured ${new Date().toISOString().slice(0, 10)} on this machine (Linux, ${spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()} cores), over ${WINDOW_MS / 1000} s after settling (peers 1 minute, Tend 6 minutes 10 s).`,
  '',
  '| app | CPU ms/s (threads) | CPU ms/s (ticks, with reaped children) | voluntary switches/s | involuntary switches/s | note |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows.map(
    (r) =>
      `| ${r.name} | ${fixed(r.cpuMsPerSecond)} | ${fixed(r.tickCpuMsPerSecond)} | ${fixed(r.voluntaryPerSecond)} | ${fixed(r.involuntaryPerSecond)} | ${r.note} |`,
  ),
  '',
];
writeFileSync(join(import.meta.dirname, 'peer-figures.md'), lines.join('\n'));
console.log(lines.join('\n'));
