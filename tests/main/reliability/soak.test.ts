/**
 * Thirty simulated days through the real main code (soak-run.ts): no window of the break cycle alive
 * between breaks, the same listeners, IPC handlers and timers after the last day as after the first,
 * and the heap (measured after full collections; the main project runs with --expose-gc) grown by less
 * than 5 MB. `npm run bench` reports the same figures as soak.*.
 */
import { describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../electron/core/ipc-channels.ts';
import { runSoak, type SoakFigures } from '../../../harness/soak-run.ts';

const MB = 1024 * 1024;
let figures: SoakFigures | undefined;
async function soak(): Promise<SoakFigures> {
  figures ??= await runSoak({ days: 30 });
  return figures;
}

describe('thirty days of work, sleep and weekends', () => {
  it('plays a realistic month: offers answered every way, grounding, settings visits, pauses', { timeout: 180_000 }, async () => {
    const f = await soak();
    expect(f.offers).toBeGreaterThan(100);
    for (const count of Object.values(f.answers)) expect(count).toBeGreaterThan(0);
    expect(f.groundings).toBeGreaterThan(15);
    expect(f.settingsVisits).toBeGreaterThan(3);
    expect(f.pauses).toBeGreaterThan(3);
    expect(f.loggedErrors).toEqual([]);
  });

  it('leaves no window of the break cycle alive between breaks, and never shows two break windows', async () => {
    const f = await soak();
    expect(f.windowsAliveBetweenBreaks).toBe(0);
    expect(f.mostBreakWindows).toBe(1);
    expect(f.afterLastDay.liveWindows).toBe(0);
    expect(f.afterLastDay.registeredWindows).toBe(0);
  });

  it('holds the same listeners, IPC handlers, shortcut and timers after day 30 as after day 1', async () => {
    const f = await soak();
    expect(f.afterLastDay.listeners).toEqual(f.afterFirstDay.listeners);
    expect(f.afterLastDay.ipcHandlers).toBe(invokeChannels.length);
    expect(f.afterFirstDay.ipcHandlers).toBe(invokeChannels.length);
    expect(f.afterLastDay.shortcuts).toBe(f.afterFirstDay.shortcuts);
    expect(f.afterLastDay.timers).toBe(f.afterFirstDay.timers);
    expect(f.afterLastDay.timers).toBeLessThanOrEqual(1);
  });

  it('grows the heap by less than 5 MB from day 1 to day 30', async () => {
    const f = await soak();
    const first = f.afterFirstDay.heapUsed;
    const last = f.afterLastDay.heapUsed;
    expect(first, 'run with --expose-gc (vitest.config.mts gives the main project execArgv)').not.toBeNull();
    const growthMB = ((last ?? 0) - (first ?? 0)) / MB;
    console.info(`soak: heap ${((first ?? 0) / MB).toFixed(1)} MB after day 1, ${((last ?? 0) / MB).toFixed(1)} MB after day 30 (${growthMB >= 0 ? '+' : ''}${growthMB.toFixed(2)} MB); ${f.offers} offers, ${f.timerWakeups} timer wake-ups`);
    expect(growthMB).toBeLessThan(5);
  });
});
