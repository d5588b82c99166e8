/**
 * The main-process bench harness, run by vitest (harness.vitest.config.mts) for main-runtime.ts: the
 * real main code on the fake electron. Measures app ready → tray built over repeated launches, then
 * plays ten timed breaks answered every way, the user typing in bursts, and records the windows alive
 * between them and the one timer's wake-ups. Writes the figures as JSON to $TEND_BENCH_OUT; the only
 * assertion is that it ran.
 */
import { writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../harness/launch-tend.ts';
import { idleFollows, MIN, MONDAY_9AM, SEC, typingIdle } from '../../harness/tend-journey.ts';

const LAUNCHES = 15;
const BREAKS = 10;

/** Figures the harness hands back to the bench. */
export interface MainBenchFigures {
  trayReadyMs: number[];
  windowsAliveBetweenBreaks: number;
  breaks: number;
  simulatedHours: number;
  timerWakeups: number;
  idleSamples: number;
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

it('measures the main process in the fake-electron harness', async () => {
  const out = process.env['TEND_BENCH_OUT'];
  if (!out) throw new Error('TEND_BENCH_OUT is not set');

  const trayReadyMs: number[] = [];
  for (let i = 0; i < LAUNCHES; i++) {
    const t = await launchTend();
    trayReadyMs.push(t.runtime?.trayReadyMs ?? Number.NaN);
    t.electron.app.quit();
    t.cleanup();
  }

  const start = MONDAY_9AM;
  const t = await launchTend({ clock: start });
  idleFollows(t, (now) => typingIdle(start, now));
  const seen = { max: 0 };
  const samplesBefore = t.electron.fakeState.idleQueries;
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
  const figures: MainBenchFigures = {
    trayReadyMs,
    windowsAliveBetweenBreaks: seen.max,
    breaks: BREAKS,
    simulatedHours: (Date.now() - start) / (60 * MIN),
    timerWakeups: t.runtime?.timer.wakeups() ?? Number.NaN,
    idleSamples: t.electron.fakeState.idleQueries - samplesBefore,
  };
  t.cleanup();
  writeFileSync(out, JSON.stringify(figures));
  expect(figures.trayReadyMs.every(Number.isFinite)).toBe(true);
});
