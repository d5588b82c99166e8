/**
 * What a user does to a running Tend in main-process journeys (with launchTend's fake `clock`): wait
 * for the next offer, lock the screen, sleep, watch every break window that opens. Shared by
 * tests/main and the bench harness, and ready for long soaks.
 */
import { fakeEvent } from '../tests/fake-electron/emitter.ts';
import type { LaunchedTend } from './launch-tend.ts';

export const SEC = 1000;
export const MIN = 60 * SEC;
export const HOUR = 60 * MIN;
/** A Monday, 09:00 UTC (launchTend pins the time zone to UTC unless told otherwise). */
export const MONDAY_9AM = Date.UTC(2026, 2, 2, 9, 0, 0);

/** A second, larger display to the right of the primary one (for plugging in and unplugging). */
export const SECOND_DISPLAY = {
  id: 2,
  bounds: { x: 1920, y: 0, width: 2560, height: 1440 },
  workArea: { x: 1920, y: 0, width: 2560, height: 1400 },
  scaleFactor: 1,
};

/** Runs fake time on in 10-second steps until a break window is up; returns the minutes it took (to 10 s). */
export async function untilOffer(t: LaunchedTend, limitMin = 180): Promise<number> {
  for (let s = 0; s < limitMin * 60; s += 10) {
    if (t.windowFor('break')) return s / 60;
    await t.advance(10 * SEC);
  }
  throw new Error(`no offer within ${String(limitMin)} minutes`);
}

/** Counts every break window opened from now on, so a burst cannot slip by between checks. */
export function countOffers(t: LaunchedTend): () => number {
  const before = t.electron.fakeState.windows.length;
  return () => t.electron.fakeState.windows.slice(before).filter((w) => w.loaded?.hash === '/break').length;
}

/** The machine's power and lock events, as powerMonitor reports them. */
export function power(t: LaunchedTend, event: 'lock-screen' | 'unlock-screen' | 'suspend' | 'resume' | 'shutdown'): void {
  t.electron.powerMonitor.emit(event, fakeEvent());
}

/** Idle seconds the OS reports while someone types: 25 s bursts with a key every second, then 5 s of thought. */
export function typingIdle(since: number, now: number): number {
  const phase = (((now - since) % 30_000) + 30_000) % 30_000;
  return (phase < 25_000 ? phase % 1000 : phase - 25_000) / 1000;
}

/** Makes the fake's idle time follow `idle(now)` from now on (instead of a fixed number). */
export function idleFollows(t: LaunchedTend, idle: (now: number) => number): void {
  Object.defineProperty(t.electron.fakeState, 'idleSeconds', { get: () => idle(Date.now()), set: () => undefined, configurable: true });
}

/** Listeners on the app-wide emitters (app, screen, powerMonitor, nativeTheme, ipcMain): constant when nothing leaks. */
export function appListenerCount(t: LaunchedTend): number {
  const { app, screen, powerMonitor, nativeTheme, ipcMain } = t.electron;
  return [app, screen, powerMonitor, nativeTheme, ipcMain].reduce((n, e) => n + e.totalListenerCount(), 0);
}
