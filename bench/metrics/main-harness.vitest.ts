/**
 * The main-process bench harness, run by vitest (harness.vitest.config.mts) for main-runtime.ts: the
 * real main code on the fake electron, with fake time. App ready → tray built against a reference
 * (main-tray-ready.ts); ten timed breaks answered every way, the user typing in bursts, and the windows
 * alive between them; the process's timer wake-ups over seeded active days (main-active-day.ts), an
 * hour away and an hour paused (main-quiet-hours.ts). Writes the figures as JSON to $TEND_BENCH_OUT; it
 * asserts only that it ran (each scene throws if the day did not go as meant).
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../harness/launch-tend.ts';
import { idleFollows, MIN, MONDAY_9AM, SEC, typingIdle } from '../../harness/tend-journey.ts';
import { activeDays, type ActiveDayFigures } from './main-active-day.ts';
import { awayHour, pausedHour, sampledProfiles } from './main-quiet-hours.ts';
import { trayReady, type TrayReadyFigures } from './main-tray-ready.ts';

const LAUNCHES = 15;
const BREAKS = 10;
/** The seeded days engine-wakeups.ts plays on the simulator, so the two figures compare. */
const ACTIVE_SEEDS = [1, 2, 3, 4, 5];

/** Figures the harness hands back to the bench. */
export interface MainBenchFigures {
  trayReady: TrayReadyFigures;
  windowsAliveBetweenBreaks: number;
  breaks: number;
  active: ActiveDayFigures;
  activeDays: number;
  /** Wake-ups in an hour away from an unlocked screen, per profile that samples idle. */
  away: Record<string, number>;
  paused: number;
}

/** Runs fake time on in 10-second steps until an offer is up, noting the most windows alive meanwhile. */
async function untilOffer(t: LaunchedTend, seen: { max: number }): Promise<void> {
  for (let s = 0; s < 3 * 60 * 60; s += 10) {
    if (t.windowFor('break')) return;
    seen.max = Math.max(seen.max, t.liveWindows().length);
    await t.advance(10 * SEC);
  }
  throw new Error('no offer within three hours');
}

/** The most windows alive between ten breaks answered every way (done, not now, skip, ignored, crashed). */
async function windowsAliveBetweenBreaks(): Promise<number> {
  const start = MONDAY_9AM;
  const t = await launchTend({ clock: start });
  try {
    idleFollows(t, (now) => typingIdle(start, now));
    const seen = { max: 0 };
    const answers = ['done', 'not-now', 'skip', 'ignore', 'crash'] as const;
    for (let i = 0; i < BREAKS; i++) {
      await untilOffer(t, seen);
      const win = t.windowFor('break');
      if (!win) throw new Error('the offer went missing');
      const answer = answers[i % answers.length] ?? 'done';
      if (answer === 'done') {
        await t.invoke(win, 'break:choose', { kind: 'breath' });
        await t.advance(MIN);
        await t.invoke(win, 'break:done');
      } else if (answer === 'ignore') await t.advance(2 * MIN);
      else if (answer === 'crash') win.webContents.crash('oom');
      else await t.invoke(win, answer === 'skip' ? 'break:skip' : 'break:not-now');
      seen.max = Math.max(seen.max, t.liveWindows().length);
    }
    return seen.max;
  } finally {
    t.cleanup();
  }
}

it('measures the main process in the fake-electron harness', async () => {
  const out = process.env['TEND_BENCH_OUT'];
  if (!out) throw new Error('TEND_BENCH_OUT is not set');
  const away: Record<string, number> = {};
  for (const profile of sampledProfiles) away[profile] = await awayHour(profile);
  const figures: MainBenchFigures = {
    trayReady: await trayReady(LAUNCHES),
    windowsAliveBetweenBreaks: await windowsAliveBetweenBreaks(),
    breaks: BREAKS,
    active: await activeDays(ACTIVE_SEEDS),
    activeDays: ACTIVE_SEEDS.length,
    away,
    paused: await pausedHour(),
  };
  writeFileSync(out, JSON.stringify(figures));
  expect(figures.trayReady.ratios.every(Number.isFinite)).toBe(true);
});
