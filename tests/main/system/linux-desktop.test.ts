/**
 * Journeys on a Linux desktop over a real D-Bus (Debian's dbus-daemon, started per test): logind and
 * the screensavers lock and unlock the screen, GNOME Mutter says when the user goes and comes back.
 * Fake time moves only through the harness; D-Bus traffic is real I/O, awaited with `eventually`,
 * which never advances fake timers.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { MIN, MONDAY_9AM, SEC, untilOffer } from '../../../harness/tend-journey.ts';
import type { ProfileName } from '../../fake-electron/profiles.ts';
import { envFor } from '../platform-profiles/profile-session.ts';
import { hasDbusDaemon } from '../../support/dbus/dbus-daemon.ts';
import { startFakeLogind, type FakeLogind } from '../../support/dbus/fake-logind.ts';
import { startFakeMutterIdleMonitor, type FakeMutterIdleMonitor } from '../../support/dbus/fake-mutter-idle-monitor.ts';
import { startFakeScreenSaver, type FakeScreenSaver } from '../../support/dbus/fake-screensaver.ts';
import { eventually, startTestDesktop, type TestDesktop } from '../../support/dbus/test-desktop.ts';

const SESSION_ID = '3';
const JOURNEY = 60_000;

let desktop: TestDesktop | undefined;
let tend: LaunchedTend | undefined;

afterEach(async () => {
  const linux = await tend?.runtime?.desktop;
  tend?.cleanup();
  await linux?.stop();
  await desktop?.dispose();
  tend = desktop = undefined;
}, 20_000);

interface Services {
  logind?: boolean;
  mutter?: boolean;
  kde?: boolean;
}

/** Starts the buses with the services asked for, then Tend on `profile` connected to them, at 09:00. */
async function onDesktop(profile: ProfileName, services: Services) {
  const d = (desktop = await startTestDesktop());
  const logind: FakeLogind | null = services.logind
    ? d.track(await startFakeLogind(d.system.address, { sessionId: SESSION_ID }))
    : null;
  const mutter: FakeMutterIdleMonitor | null = services.mutter
    ? d.track(await startFakeMutterIdleMonitor(d.session.address))
    : null;
  const kde: FakeScreenSaver | null = services.kde
    ? d.track(await startFakeScreenSaver(d.session.address, 'org.freedesktop.ScreenSaver'))
    : null;
  const env = {
    ...envFor(profile),
    DBUS_SESSION_BUS_ADDRESS: d.session.address,
    DBUS_SYSTEM_BUS_ADDRESS: d.system.address,
    XDG_SESSION_ID: SESSION_ID,
  };
  const t = (tend = await launchTend({ profile, clock: MONDAY_9AM, env }));
  // Tend's D-Bus sources are in place before fake time moves (their call deadlines are fake timers).
  await (await t.runtime!.desktop)!.ready;
  return { t, d, logind, mutter, kde };
}

const locked = (t: LaunchedTend): boolean => t.engine().presence.locked;

/**
 * Lets `ms` of real time pass without moving fake time: a reply Tend has not read yet would otherwise
 * meet its fake call deadline when the harness next advances the clock.
 */
async function realPause(ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) await new Promise((resolve) => setImmediate(resolve));
}

/** Minutes (to 10 s) until the engine offers a break: on Wayland the offer is a notification, not a window. */
async function untilOfferPhase(t: LaunchedTend, limitMin = 60): Promise<number> {
  for (let s = 0; s < limitMin * 60; s += 10) {
    if (t.engine().phase.kind === 'offer') return s / 60;
    await t.advance(10 * SEC);
  }
  throw new Error(`no offer within ${String(limitMin)} minutes`);
}

describe.skipIf(!hasDbusDaemon)('Tend on a Linux desktop over D-Bus', () => {
  it('on KDE a 10-minute screen lock counts as a break', async () => {
    const { t, kde } = await onDesktop('linux-wayland-kde', { kde: true });
    await t.advance(40 * MIN);
    kde!.setActive(true);
    await eventually(() => expect(locked(t)).toBe(true));
    expect(t.status()).toBe('Away — that counts as a break');
    await t.advance(10 * MIN);
    kde!.setActive(false);
    await eventually(() => expect(locked(t)).toBe(false));
    await t.settle();
    expect(t.engine().workMs).toBe(0);
  }, JOURNEY);

  it('on GNOME a 1-minute screen lock changes nothing: the work before it still counts', async () => {
    const { t, logind } = await onDesktop('linux-wayland-gnome', { logind: true, mutter: true });
    await t.advance(40 * MIN);
    logind!.lock();
    logind!.setLockedHint(true);
    await eventually(() => expect(locked(t)).toBe(true));
    await t.advance(1 * MIN);
    logind!.unlock();
    logind!.setLockedHint(false);
    await eventually(() => expect(locked(t)).toBe(false));
    expect(t.engine().workMs).toBe(40 * MIN);
    // As on macOS and Windows (away-and-clock.test.ts): the 5 minutes left, then the offer.
    const offerIn = await untilOfferPhase(t);
    expect(offerIn).toBeGreaterThanOrEqual(5);
    expect(offerIn).toBeLessThanOrEqual(7);
  }, JOURNEY);

  it('a locker that sends Lock and never Unlock (COSMIC) is over at the next input', async () => {
    const { t, logind } = await onDesktop('linux-x11', { logind: true });
    await t.advance(40 * MIN);
    t.electron.fakeState.idleSeconds = 0;
    logind!.lock();
    await eventually(() => expect(locked(t)).toBe(true));
    t.electron.fakeState.idleSeconds = 600;
    await t.advance(10 * MIN);
    expect(locked(t)).toBe(true);
    // The user is back and types: within a minute Tend sees the input and the lock is over.
    t.electron.fakeState.idleSeconds = 2;
    await t.advance(1 * MIN);
    await eventually(() => expect(locked(t)).toBe(false));
    expect(t.engine().workMs).toBeLessThan(2 * MIN);
  }, JOURNEY);

  it('the session bus going away mid-day costs a log line, and the break still comes on time', async () => {
    const { t, d } = await onDesktop('linux-x11', { logind: true, mutter: true });
    const warn = vi.spyOn(t.runtime!.logger, 'warn');
    const errors = vi.spyOn(t.runtime!.logger, 'error');
    await t.advance(20 * MIN);
    await d.session.stop();
    await eventually(() => expect(warn).toHaveBeenCalled());
    // Idle is sampled from Electron again, so the break comes when it would have anyway.
    expect(20 + (await untilOffer(t))).toBeCloseTo(46, 0);
    // The outage said once (one session connection serves lock, idle and the tray host), and nothing else.
    const lines = warn.mock.calls.map((call) => call[0]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^D-Bus session bus went away/);
    expect(errors).not.toHaveBeenCalled();
  }, JOURNEY);

  it('away and back on GNOME: Mutter says so, and Tend wakes up not once while the user is away', async () => {
    const { t, mutter } = await onDesktop('linux-wayland-gnome', { logind: true, mutter: true });
    // Tend's idle watch is on Mutter (added over the real socket).
    await eventually(() => expect(mutter!.watchCount()).toBe(1));
    // The user stops at 09:00; just before 09:05 Mutter's idle time passes the away time and its watch
    // fires. (Mutter says a little more than the truth: the engine never counts input before its start.)
    await t.advance(5 * MIN - 1);
    mutter!.setIdleMs(6 * MIN);
    await t.advance(2 * SEC);
    await eventually(() => expect(t.engine().presence.idleAway).toBe(true));
    // Going away, Tend asked Mutter to say when input comes back (a user-active watch), and has its answer.
    await eventually(() => expect(mutter!.watchCount()).toBe(2));
    await realPause(50);
    const wakeups = t.runtime!.timer.wakeups();
    const queries = t.electron.fakeState.idleQueries;
    await t.advance(30 * MIN);
    expect(t.runtime!.timer.wakeups()).toBe(wakeups);
    expect(t.runtime!.timer.armedFor()).toBeNull();
    expect(t.electron.fakeState.idleQueries).toBe(queries);
    mutter!.setIdleMs(0);
    await eventually(() => expect(t.engine().presence.idleAway).toBe(false));
    // Away well past the away time: that was a break, and a fresh interval starts now.
    expect(t.engine().workMs).toBe(0);
    expect(t.runtime!.timer.armedFor()).not.toBeNull();
  }, JOURNEY);
});
