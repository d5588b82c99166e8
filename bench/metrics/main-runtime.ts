/**
 * The main process in the fake-electron harness: app ready → tray built, windows alive between breaks
 * (after ten breaks answered every way), and the one timer's wake-ups per hour of work through the real
 * main code. Runs main-harness.vitest.ts in its own vitest process (which maps 'electron' to the fake
 * and gives fake time) and reads the figures it writes; timings are reported here, never asserted.
 */
import type { MetricSource } from '../metric.ts';
import { runHarness } from './run-harness.ts';
import type { MainBenchFigures } from './main-harness.vitest.ts';


function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}


const round = (n: number): number => Math.round(n * 10) / 10;

export const mainRuntime: MetricSource = {
  title: 'Main process (fake electron)',
  measure() {
    const f = runHarness('bench/metrics/main-harness.vitest.ts') as MainBenchFigures;
    const first = f.trayReadyMs[0] ?? Number.NaN;
    return Promise.resolve([
      {
        name: 'main.trayReadyMs',
        value: round(median(f.trayReadyMs)),
        unit: 'ms',
        budget: 100,
        timing: true,
        note: `app ready → tray built, median of ${f.trayReadyMs.length} launches (first: ${round(first)} ms)`,
      },
      {
        name: 'main.windowsAliveBetweenBreaks',
        value: f.windowsAliveBetweenBreaks,
        unit: 'windows',
        budget: 0,
        note: `most alive between ${f.breaks} breaks (done, not now, skip, ignored, crashed)`,
      },
      {
        name: 'main.timerWakeupsPerHour',
        value: round(f.timerWakeups / f.simulatedHours),
        unit: '/h',
        budget: 40,
        note: `real main code, typing in bursts; ${round(f.idleSamples / f.simulatedHours)} idle samples/h`,
      },
    ]);
  },
};
