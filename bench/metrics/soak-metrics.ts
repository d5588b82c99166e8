/**
 * The 30-day soak: heap growth from day 1 to day 30 (after full collections), the most windows of the
 * break cycle alive between breaks, and whether any listener count grew. Runs soak-harness.vitest.ts in
 * its own vitest process (electron mapped to the fake, fake time, --expose-gc) and reads its figures.
 */
import type { SoakFigures } from '../../harness/soak-run.ts';
import type { MetricSource } from '../metric.ts';
import { runHarness } from './run-harness.ts';

const MB = 1024 * 1024;


/** How many listener counts (per emitter) grew from day 1 to the last day. */
function listenerGrowth(f: SoakFigures): number {
  const first = f.afterFirstDay.listeners;
  return Object.entries(f.afterLastDay.listeners).reduce((n, [name, count]) => n + Math.max(0, count - (first[name] ?? 0)), 0);
}

export const soakMetrics: MetricSource = {
  title: 'Soak: 30 simulated days through main',
  measure() {
    const f = runHarness('bench/metrics/soak-harness.vitest.ts') as SoakFigures & { wallMs: number };
    const growth = ((f.afterLastDay.heapUsed ?? Number.NaN) - (f.afterFirstDay.heapUsed ?? Number.NaN)) / MB;
    return Promise.resolve([
      {
        name: 'soak.heapGrowthMB30d',
        value: Math.round(growth * 100) / 100,
        unit: 'MB',
        budget: 5,
        note: `heap after GC, end of day 1 → day ${f.days}: ${f.offers} offers, ${f.timerWakeups} wake-ups, ${(f.wallMs / 1000).toFixed(1)} s`,
      },
      {
        name: 'soak.windowsAliveBetweenBreaks',
        value: f.windowsAliveBetweenBreaks,
        unit: 'windows',
        budget: 0,
        note: `most alive while counting; ${f.answers.prompt} taken, ${f.answers['not-now']} not now, ${f.answers.skip} skipped, ${f.answers.ignore} faded, ${f.answers.crash} crashed`,
      },
      {
        name: 'soak.listenerGrowth30d',
        value: listenerGrowth(f) + Math.max(0, f.afterLastDay.ipcHandlers - f.afterFirstDay.ipcHandlers),
        unit: 'listeners',
        budget: 0,
        note: 'app, ipcMain (and handlers), powerMonitor, screen, nativeTheme, tray: day 1 vs day 30',
      },
    ]);
  },
};
