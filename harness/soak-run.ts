/**
 * Thirty days of a working life through the real main code on the fake electron, with fake time: the
 * seeded activity trace of the engine's own soak (typing and reading, coffee away, meetings, lunch with
 * the screen locked, nights asleep with suspend and resume, one night a week left on and locked,
 * weekends mostly off), the user answering offers every way (a prompt, not now, skip, ignored, and now
 * and then a crashed page), pressing the grounding shortcut, opening Settings to change something, and
 * pausing from the tray. The machine sleeps like a real one: while suspended no timer runs, and the wall
 * clock is later on waking.
 *
 * It records what a leak would show: windows alive between breaks, listener counts on every emitter the
 * fake exposes, IPC handlers, timers, and (with --expose-gc) the heap, after day 1 and after the last
 * day, both at midnight while asleep. Used by soak.test.ts and by the bench (bench/metrics/soak-*).
 */
import { vi } from 'vitest';
import { createLocalTime } from '../electron/core/engine/local-time.ts';
import type { FakeBrowserWindow } from '../tests/fake-electron/index.ts';
import { activityTrace, idleSecondsIn, seededRandom, type Segment } from './activity-trace.ts';
import { launchTend, type LaunchedTend } from './launch-tend.ts';
import { idleFollows, power, SEC } from './tend-journey.ts';

const TIME_ZONE = 'Europe/London';
/** Monday 2 March 2026, midnight in London: thirty days run across the spring DST change. */
const SOAK_START = Date.UTC(2026, 2, 2);

/** A snapshot of everything that grows when something leaks. */
interface LeakSnapshot {
  listeners: Record<string, number>;
  ipcHandlers: number;
  liveWindows: number;
  registeredWindows: number;
  shortcuts: number;
  /** Fake timers pending (Tend's one timer, at most). */
  timers: number;
  /** Heap in use after a full collection, in bytes; null without --expose-gc. */
  heapUsed: number | null;
}

/** What thirty days showed. */
export interface SoakFigures {
  days: number;
  offers: number;
  answers: Record<Answer, number>;
  groundings: number;
  settingsVisits: number;
  pauses: number;
  /** Most windows of the break cycle alive while no break was on (the budget is zero). */
  windowsAliveBetweenBreaks: number;
  /** Most break windows alive at once. */
  mostBreakWindows: number;
  timerWakeups: number;
  idleSamples: number;
  loggedErrors: string[];
  afterFirstDay: LeakSnapshot;
  afterLastDay: LeakSnapshot;
}

type Answer = 'prompt' | 'not-now' | 'skip' | 'ignore' | 'crash';

/** Collects garbage as fully as V8 will (twice: finalizers may free more), when --expose-gc allows. */
function heapAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

function snapshot(t: LaunchedTend): LeakSnapshot {
  const e = t.electron;
  const listeners: Record<string, number> = {
    app: e.app.totalListenerCount(),
    ipcMain: e.ipcMain.totalListenerCount(),
    ipcRenderer: e.ipcRenderer.totalListenerCount(),
    powerMonitor: e.powerMonitor.totalListenerCount(),
    screen: e.screen.totalListenerCount(),
    nativeTheme: e.nativeTheme.totalListenerCount(),
  };
  e.fakeState.trays.forEach((tray, i) => (listeners[`tray${i}`] = tray.totalListenerCount()));
  return {
    listeners,
    ipcHandlers: e.ipcMain.handlers.size,
    liveWindows: e.BrowserWindow.getAllWindows().length,
    registeredWindows: t.runtime?.windows.registry.size() ?? -1,
    shortcuts: e.fakeState.shortcuts.size,
    timers: vi.getTimerCount(),
    heapUsed: heapAfterGc(),
  };
}

interface SoakOptions {
  days?: number;
  seed?: number;
  /** Called at each local midnight (after the day's last segment) with the day number (1-based). */
  onDayEnd?: (day: number, t: LaunchedTend) => void;
}

/** Plays `days` days (30 by default) and returns the figures; Tend is quit and cleaned up at the end. */
export async function runSoak(options: SoakOptions = {}): Promise<SoakFigures> {
  const days = options.days ?? 30;
  const seed = options.seed ?? 7;
  const localTime = createLocalTime(TIME_ZONE);
  const trace = activityTrace(SOAK_START, days, localTime, seed);
  const rnd = seededRandom(seed * 31 + 1);
  // Windows: the trace locks the screen, and Electron reports lock-screen on macOS and Windows only.
  const t = await launchTend({ clock: SOAK_START, timeZone: TIME_ZONE, profile: 'win32' });
  const runtime = t.runtime;
  if (!runtime) throw new Error('Tend did not start');
  const { store } = runtime;
  const e = t.electron;

  // The OS reports idle time from the trace at whatever moment Tend asks.
  idleFollows(t, (now) => idleSecondsIn(trace, now));

  const figures: Omit<SoakFigures, 'afterFirstDay' | 'afterLastDay'> = {
    days,
    offers: 0,
    answers: { prompt: 0, 'not-now': 0, skip: 0, ignore: 0, crash: 0 },
    groundings: 0,
    settingsVisits: 0,
    pauses: 0,
    windowsAliveBetweenBreaks: 0,
    mostBreakWindows: 0,
    timerWakeups: 0,
    idleSamples: 0,
    loggedErrors: [],
  };
  const error = runtime.logger.error.bind(runtime.logger);
  runtime.logger.error = (message: string, ...data: unknown[]) => {
    figures.loggedErrors.push(message);
    error(message, ...data);
  };
  const samplesAtStart = e.fakeState.idleQueries;

  /** Something the user does a little later (a fake timer, so it happens in order with Tend's own). */
  const later = (ms: number, act: () => Promise<unknown> | undefined): void => {
    setTimeout(() => void act(), ms);
  };
  const alive = (win: FakeBrowserWindow): boolean => !win.isDestroyed();

  // The user meets each offer as it appears.
  e.app.on('browser-window-created', (_event: unknown, win: FakeBrowserWindow) => {
    queueMicrotask(() => {
      if (win.loaded?.hash !== '/break' || t.engine().phase.kind !== 'offer') return;
      figures.offers++;
      const r = rnd();
      const answer: Answer = r < 0.55 ? 'prompt' : r < 0.7 ? 'not-now' : r < 0.8 ? 'skip' : r < 0.98 ? 'ignore' : 'crash';
      figures.answers[answer]++;
      if (answer === 'prompt') {
        const kind = (['breath', 'tea', 'kind'] as const)[Math.floor(rnd() * 3)] ?? 'breath';
        later(8 * SEC, () => (alive(win) ? t.invoke(win, 'break:choose', { kind }) : undefined));
        later(68 * SEC, () => (alive(win) ? t.invoke(win, 'break:done') : undefined));
      } else if (answer === 'not-now' || answer === 'skip') {
        later(6 * SEC, () => (alive(win) ? t.invoke(win, answer === 'skip' ? 'break:skip' : 'break:not-now') : undefined));
      } else if (answer === 'crash') {
        later(5 * SEC, () => {
          if (alive(win)) win.webContents.crash('oom');
          return undefined;
        });
      }
    });
  });

  /** What the user does now and then, at the start of a stretch of typing. */
  const done = new Set<string>();
  function extras(at: number): void {
    const { weekday, minute } = localTime.weekdayAndMinute(at);
    const day = localTime.localDateKey(at);
    const once = (what: string, from: number, act: () => void): void => {
      if (minute < from || done.has(`${day} ${what}`)) return;
      done.add(`${day} ${what}`);
      act();
    };
    if (weekday === 0 || weekday === 6) return;
    once('grounding', 14 * 60, () => {
      figures.groundings++;
      e.globalShortcut.press('CommandOrControl+Alt+G');
      later(60 * SEC, () => {
        const win = t.windowFor('grounding');
        return win ? t.invoke(win, 'window:close') : undefined;
      });
    });
    if (weekday === 3) {
      once('settings', 15 * 60, () => {
        figures.settingsVisits++;
        t.trayMenu().click('Settings…');
        later(20 * SEC, async () => {
          const win = t.windowFor('settings');
          if (!win) return;
          await t.invoke(win, 'settings:get');
          await t.invoke(win, 'settings:update', { sounds: !store.get().sounds });
          await t.invoke(win, 'window:close');
        });
      });
    }
    if (weekday === 2) {
      once('pause', 16 * 60, () => {
        figures.pauses++;
        t.trayMenu().click('Pause', '30 minutes');
      });
    }
  }

  /** Notes the windows alive now; between breaks (the engine counting or waiting) the break cycle has none. */
  function look(): void {
    const live = e.BrowserWindow.getAllWindows();
    const cycle = live.filter((w) => w.loaded?.hash === '/break' || w.loaded?.hash === '/grounding');
    figures.mostBreakWindows = Math.max(figures.mostBreakWindows, live.filter((w) => w.loaded?.hash === '/break').length);
    const phase = t.engine().phase.kind;
    if (phase === 'counting' || phase === 'waiting') figures.windowsAliveBetweenBreaks = Math.max(figures.windowsAliveBetweenBreaks, cycle.length);
  }

  const snapshots: { afterFirstDay: LeakSnapshot | null; afterLastDay: LeakSnapshot | null } = { afterFirstDay: null, afterLastDay: null };
  let nextMidnight = localTime.startOfNextLocalDay(SOAK_START);
  let day = 0;

  /** Runs fake time to `to`, stopping at each local midnight for the day's bookkeeping. */
  async function runTo(to: number, asleep: boolean): Promise<void> {
    while (Date.now() < to) {
      const stop = Math.min(to, nextMidnight);
      // Asleep nothing runs: the wall clock is simply later on waking.
      if (asleep) vi.setSystemTime(stop);
      else await t.advance(stop - Date.now());
      look();
      if (Date.now() >= nextMidnight) {
        day++;
        nextMidnight = localTime.startOfNextLocalDay(nextMidnight);
        // The fake keeps every window it ever made for tests to inspect; drop the destroyed ones so
        // only what Tend holds on to is measured.
        e.fakeState.windows = e.fakeState.windows.filter((w) => !w.isDestroyed());
        options.onDayEnd?.(day, t);
        if (day === 1) snapshots.afterFirstDay = snapshot(t);
        if (day === days) snapshots.afterLastDay = snapshot(t);
      }
    }
  }

  for (const segment of trace) {
    const kind: Segment['kind'] = segment.kind;
    // A locked machine that goes to sleep is still locked on waking, until the user is back.
    if (e.fakeState.locked && kind !== 'locked' && kind !== 'asleep') {
      e.fakeState.locked = false;
      power(t, 'unlock-screen');
    }
    if (kind === 'locked' && !e.fakeState.locked) {
      e.fakeState.locked = true;
      power(t, 'lock-screen');
    }
    if (kind === 'asleep') power(t, 'suspend');
    if (kind === 'typing') extras(segment.from);
    await runTo(segment.to, kind === 'asleep');
    if (kind === 'asleep') power(t, 'resume');
  }

  figures.timerWakeups = runtime.timer.wakeups();
  figures.idleSamples = e.fakeState.idleQueries - samplesAtStart;
  e.app.quit();
  t.cleanup();
  const { afterFirstDay, afterLastDay } = snapshots;
  if (!afterFirstDay || !afterLastDay) throw new Error('the soak ended before its last day did');
  return { ...figures, afterFirstDay, afterLastDay };
}
