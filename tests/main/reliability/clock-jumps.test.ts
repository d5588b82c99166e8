/**
 * The wall clock jumping without a suspend event (NTP corrections, the user setting the time, a VM
 * resumed without telling the guest), in every phase of the break cycle, through the real main code.
 * tests/main/breaks/away-and-clock.test.ts covers the jumps while work is being counted; here the clock jumps
 * back 1 h, forward 1 h and forward 8 h while an offer is up, during a prompt, during grounding, while
 * paused and while the screen is locked. Whatever happens: no crash or logged error, never two break
 * windows, no burst of offers, no offer while paused, and breaks carry on.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FakeBrowserWindow, ProfileName } from '../../fake-electron/index.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { HOUR, MIN, MONDAY_9AM, power, SEC } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const STEP = 10 * SEC;

/** Watches the run: every break window opened, at which elapsed (not wall-clock) time, and the most alive at once. */
interface Watch {
  /** Elapsed fake time (ms) since launch, by setTimeout's clock: unaffected by the jumps. */
  elapsed: number;
  offersAt: number[];
  mostBreakWindows: number;
  mostWindows: number;
  errors: unknown[][];
}

async function start(profile: ProfileName = 'linux-x11'): Promise<{ t: LaunchedTend; watch: Watch }> {
  const t = (tend = await launchTend({ clock: MONDAY_9AM, profile }));
  const watch: Watch = { elapsed: 0, offersAt: [], mostBreakWindows: 0, mostWindows: 0, errors: [] };
  t.electron.app.on('browser-window-created', (_event: unknown, win: FakeBrowserWindow) => {
    // The route is set as the window loads, just after it is created.
    queueMicrotask(() => {
      if (win.loaded?.hash === '/break') watch.offersAt.push(watch.elapsed);
    });
  });
  const logger = t.runtime!.logger;
  const error = logger.error.bind(logger);
  logger.error = (...args: unknown[]) => {
    watch.errors.push(args);
    error(...(args as [string]));
  };
  return { t, watch };
}

/** Runs `ms` of fake time in steps, noting windows alive; `answer` may act on an offer as it appears. */
async function run(t: LaunchedTend, watch: Watch, ms: number, answer?: (offer: FakeBrowserWindow) => Promise<void>): Promise<void> {
  for (let done = 0; done < ms; done += STEP) {
    await t.advance(STEP);
    watch.elapsed += STEP;
    const live = t.liveWindows();
    watch.mostWindows = Math.max(watch.mostWindows, live.length);
    watch.mostBreakWindows = Math.max(watch.mostBreakWindows, live.filter((w) => w.loaded?.hash === '/break').length);
    const offer = t.windowFor('break');
    if (answer && offer && offer.webContents.sent.at(-1)?.payload !== undefined) {
      const view = (offer.webContents.sent.at(-1)?.payload as { view?: string }).view;
      if (view === 'offer') await answer(offer);
    }
  }
}

/** The user takes each offer: a minute of breathing, then done. */
const takeIt = (t: LaunchedTend) => async (offer: FakeBrowserWindow) => {
  await t.invoke(offer, 'break:choose', { kind: 'breath' });
  await t.advance(MIN);
  await t.invoke(offer, 'break:done');
};

/** Gets Tend into a phase of the break cycle. */
const phases: Record<string, (t: LaunchedTend, watch: Watch) => Promise<void>> = {
  'an offer is up': async (t, watch) => {
    while (!t.windowFor('break')) await run(t, watch, STEP);
  },
  'a prompt is open': async (t, watch) => {
    while (!t.windowFor('break')) await run(t, watch, STEP);
    await t.invoke(t.windowFor('break')!, 'break:choose', { kind: 'tea' });
  },
  'grounding is open': async (t, watch) => {
    await run(t, watch, 20 * MIN);
    t.electron.globalShortcut.press('CommandOrControl+Alt+G');
    await t.settle();
  },
  'paused for 30 minutes': async (t, watch) => {
    await run(t, watch, 20 * MIN);
    t.trayMenu().click('Pause', '30 minutes');
  },
  'the screen is locked': async (t, watch) => {
    await run(t, watch, 20 * MIN);
    power(t, 'lock-screen');
  },
};

const jumps: [string, number][] = [
  ['back 1 hour', -HOUR],
  ['forward 1 hour', HOUR],
  ['forward 8 hours', 8 * HOUR],
];

describe.each(Object.keys(phases))('the clock jumps while %s', (phase) => {
  it.each(jumps)('%s: no crash, never two break windows, no burst of offers, and breaks carry on', async (_name, jump) => {
    // Electron reports a screen lock on macOS and Windows only (electron.d.ts lock-screen @platform darwin,win32).
    const { t, watch } = await start(phase === 'the screen is locked' ? 'win32' : 'linux-x11');
    await phases[phase]!(t, watch);
    const jumpedAt = watch.elapsed;
    const paused = phase.startsWith('paused');
    vi.setSystemTime(Date.now() + jump);

    // A few minutes after the jump: no new offer on top of what was there.
    const offersBefore = watch.offersAt.length;
    await run(t, watch, 3 * MIN);
    expect(watch.offersAt.length).toBe(offersBefore);
    if (paused) expect(t.windowFor('break')).toBeUndefined();
    if (phase === 'an offer is up') {
      // An ignored offer still fades by itself (forward: at once, the jump counting as time away; back:
      // the jump counts as no time, so at worst the minutes before it are lost and it stays twice as long).
      await run(t, watch, 2 * MIN);
      expect(t.windowFor('break')).toBeUndefined();
      expect(watch.offersAt.length).toBe(offersBefore);
    }

    // The user comes back to whatever was open and carries on working.
    const grounding = t.windowFor('grounding');
    if (grounding) await t.invoke(grounding, 'window:close');
    const prompt = t.windowFor('break');
    if (prompt) await t.invoke(prompt, 'break:done');
    if (phase === 'the screen is locked') power(t, 'unlock-screen');
    await run(t, watch, 3 * HOUR, takeIt(t));

    const after = watch.offersAt.filter((at) => at > jumpedAt);
    // Breaks carry on: three hours of work bring offers again…
    expect(after.length).toBeGreaterThanOrEqual(2);
    // …but never in a burst: taken breaks are a whole interval apart (less the minute-long break).
    for (let i = 1; i < after.length; i++) expect(after[i]! - after[i - 1]!).toBeGreaterThanOrEqual(44 * MIN);
    expect(watch.mostBreakWindows).toBeLessThanOrEqual(1);
    expect(watch.mostWindows).toBeLessThanOrEqual(2);
    expect(watch.errors).toEqual([]);
  });
});
