/**
 * Away and back on GNOME from Mutter's idle monitor over a real D-Bus, without a timer in Tend; and
 * KDE's session idle time for when Electron's own idle reads 0.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createKdeIdleReader,
  createMutterIdleWatch,
  type IdleWatchEvent,
} from '../../../../electron/main/system/dbus/idle-watch-source.ts';
import { hasDbusDaemon } from '../../../support/dbus/dbus-daemon.ts';
import { startFakeMutterIdleMonitor } from '../../../support/dbus/fake-mutter-idle-monitor.ts';
import { startFakeScreenSaver } from '../../../support/dbus/fake-screensaver.ts';
import { eventually, startTestDesktop, type TestDesktop } from '../../../support/dbus/test-desktop.ts';

const AWAY_MS = 5 * 60_000;

describe.skipIf(!hasDbusDaemon)('idle on GNOME and KDE', () => {
  let desktop: TestDesktop;
  beforeEach(async () => {
    desktop = await startTestDesktop();
  }, 20_000);
  afterEach(async () => {
    vi.useRealTimers();
    await desktop.dispose();
  }, 20_000);

  async function startMutter() {
    const mutter = desktop.track(await startFakeMutterIdleMonitor(desktop.session.address));
    const session = desktop.connect('session');
    const watch = createMutterIdleWatch(session, AWAY_MS);
    const events: IdleWatchEvent[] = [];
    const lives: number[] = [];
    watch.subscribe((event) => (event.type === 'live' ? lives.push(events.length) : events.push(event)));
    return { mutter, session, watch, events, lives };
  }

  it('an idle watch firing reports away, a user-active watch reports back, with no timers armed', async () => {
    const { mutter, watch, events } = await startMutter();
    expect(await watch.start()).toBe(true);
    // From here on no timer can fire: fake time never moves (eventually() only yields). So whatever
    // Tend needs for away and back, it cannot be a timer. A call's deadline is armed only until its
    // reply is read, which clears it: none is left.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });

    mutter.setIdleMs(AWAY_MS);
    await eventually(() => expect(events).toEqual([{ type: 'away', idleMs: AWAY_MS }]));
    // The user-active watch is in place (it is added after 'away') before the user comes back.
    await eventually(() => expect(mutter.watchCount()).toBe(2));
    await eventually(() => expect(vi.getTimerCount()).toBe(0));

    mutter.setIdleMs(0);
    await eventually(() => expect(events.at(-1)).toEqual({ type: 'back' }));
    expect(events).toHaveLength(2);
    await eventually(() => expect(vi.getTimerCount()).toBe(0));

    // And again: the idle watch stays, a fresh user-active watch is added each time.
    mutter.setIdleMs(AWAY_MS + 1_000);
    await eventually(() => expect(mutter.watchCount()).toBe(2));
    mutter.setIdleMs(0);
    await eventually(() => expect(events.map((e) => e.type)).toEqual(['away', 'back', 'away', 'back']));
    await eventually(() => expect(vi.getTimerCount()).toBe(0));
  }, 20_000);

  it('a user already idle past the threshold when the watch starts is away at once', async () => {
    const { mutter, watch, events } = await startMutter();
    mutter.setIdleMs(AWAY_MS + 60_000);
    expect(await watch.start()).toBe(true);
    expect(events).toEqual([{ type: 'away', idleMs: AWAY_MS }]);
  }, 20_000);

  it('a new threshold moves the idle watch', async () => {
    const { mutter, watch, events } = await startMutter();
    await watch.start();
    await watch.setThreshold(60_000);
    expect(mutter.watchCount()).toBe(1);
    mutter.setIdleMs(60_000);
    await vi.waitFor(() => expect(events).toEqual([{ type: 'away', idleMs: 60_000 }]), { timeout: 5_000 });
  }, 20_000);

  it('reads idle time from Mutter', async () => {
    const { mutter, watch } = await startMutter();
    mutter.setIdleMs(42_000);
    expect(await watch.readIdleMs()).toBe(42_000);
  }, 20_000);

  it('without Mutter the watch is not live, so the engine keeps sampling', async () => {
    const watch = createMutterIdleWatch(desktop.connect('session'), AWAY_MS);
    expect(await watch.start()).toBe(false);
    expect(watch.isLive()).toBe(false);
    expect(await watch.readIdleMs()).toBeNull();
  }, 20_000);

  it('Mutter leaving makes the watch unavailable; Mutter returning arms it again', async () => {
    const { mutter, session, watch, events, lives } = await startMutter();
    await watch.start();
    expect(lives).toEqual([0]);
    await mutter.close();
    await vi.waitFor(() => expect(events).toEqual([{ type: 'unavailable' }]), { timeout: 5_000 });
    expect(watch.isLive()).toBe(false);
    const again = desktop.track(await startFakeMutterIdleMonitor(desktop.session.address));
    await vi.waitFor(() => expect(watch.isLive()).toBe(true), { timeout: 5_000 });
    // Told 'live' again once re-armed, after the 'unavailable'.
    expect(lives).toEqual([0, 1]);
    again.setIdleMs(AWAY_MS);
    await vi.waitFor(() => expect(events.at(-1)).toEqual({ type: 'away', idleMs: AWAY_MS }), {
      timeout: 5_000,
    });
    expect(session.state).toBe('up');
  }, 20_000);

  it("KDE's GetSessionIdleTime gives idle seconds, on whichever path KDE serves it", async () => {
    const kde = desktop.track(
      await startFakeScreenSaver(desktop.session.address, 'org.freedesktop.ScreenSaver', ['/ScreenSaver']),
    );
    kde.setIdleSeconds(95);
    const reader = createKdeIdleReader(desktop.connect('session'));
    expect(await reader.readIdleSeconds()).toBe(95);
    kde.setIdleSeconds(3);
    expect(await reader.readIdleSeconds()).toBe(3);
  }, 20_000);

  it('without KDE the idle seconds are unknown', async () => {
    const reader = createKdeIdleReader(desktop.connect('session'));
    expect(await reader.readIdleSeconds()).toBeNull();
  }, 20_000);
});
