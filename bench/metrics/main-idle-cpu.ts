/**
 * Issue #17 item 4: the idle CPU of the real main bundle. Boots out/main/index.cjs under Node on a small
 * electron stand-in (bench/idle-cpu/), lets it settle 5 s, then reads its CPU time and context switches
 * over one real minute of an idle day: the user at the keyboard, no break due, no window open. Takes
 * about 70 s. Tend's own code arms no timer in that minute; what it measures is V8's memory reducer,
 * which wakes every 8 s for the first minutes after boot (after about 3.5 minutes it stops, and the
 * steady state is nothing at all: bench/idle-cpu/peer-figures.md).
 * CPU time, unlike wall time, hardly grows with the machine's load (a busy machine makes the same work
 * a little slower through caches, it adds no work), so it has a hard budget with room for that: under
 * the lightest peer measured here. Voluntary switches count wake-ups, which load does not add: a
 * once-a-second poll would pass their budget. Involuntary ones grow with load: in the note only.
 */
import { measureIdleTend } from '../idle-cpu/boot-tend.ts';
import type { MetricSource } from '../metric.ts';

const round = (n: number, digits = 2): number => Math.round(n * 10 ** digits) / 10 ** digits;

export const mainIdleCpu: MetricSource = {
  title: 'Main process idle CPU (built bundle, one real minute)',
  async measure() {
    const run = await measureIdleTend('active');
    const r = run.report;
    const woke = `${r.timeoutsFired} timer(s) fired, ${r.idleReads} idle read(s), ${r.trayMenus} tray menu(s) built`;
    return [
      {
        name: 'main.idleCpuMsPerSecond',
        value: round(run.cpuMsPerSecond),
        unit: 'ms/s',
        budget: 2,
        note: `CPU time, ${Math.round(run.seconds)} s idle from 5 s after boot; ${woke}; Workrave 2.5, Safe Eyes 5.8`,
      },
      {
        name: 'main.idleContextSwitchesPerSecond',
        value: round(run.voluntaryPerSecond),
        unit: '/s',
        budget: 1,
        note: `voluntary, all threads (involuntary ${round(run.involuntaryPerSecond)}/s); Workrave 7.1, Safe Eyes 10`,
      },
    ];
  },
};
