/**
 * Tend's D-Bus connection against a real dbus-daemon: lazy, one log line per outage, "unknown" while
 * the bus is away, and back by itself when it returns.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { hasDbusDaemon } from '../../../support/dbus/dbus-daemon.ts';
import { startFakeLogind } from '../../../support/dbus/fake-logind.ts';
import { startFakeScreenSaver } from '../../../support/dbus/fake-screensaver.ts';
import { roundTrip, startTestDesktop, type TestDesktop } from '../../../support/dbus/test-desktop.ts';

const DBUS = {
  destination: 'org.freedesktop.DBus',
  path: '/org/freedesktop/DBus',
  interface: 'org.freedesktop.DBus',
};

describe.skipIf(!hasDbusDaemon)('the D-Bus connection', () => {
  let desktop: TestDesktop;
  beforeEach(async () => {
    desktop = await startTestDesktop();
  }, 20_000);
  afterEach(async () => {
    vi.useRealTimers();
    await desktop.dispose();
  }, 20_000);

  it('connects only when first asked', async () => {
    const bus = desktop.connect('session');
    expect(bus.state).toBe('idle');
    const reply = await bus.call({ ...DBUS, member: 'GetId' });
    expect(reply?.[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(bus.state).toBe('up');
  }, 20_000);

  it('the bus going away mid-day costs one log line and answers unknown, and it reconnects when the bus returns', async () => {
    const bus = desktop.connect('system', { firstRetryDelayMs: 50, maxRetryDelayMs: 200 });
    const states: string[] = [];
    bus.onStateChange((state) => states.push(state));
    const owners: (string | null)[] = [];
    const watch = bus.watchNameOwner('org.freedesktop.login1', (owner) => owners.push(owner));
    expect(await watch.ready).toBe(true);
    expect(owners).toEqual([null]);

    await desktop.system.stop();
    await vi.waitFor(() => expect(bus.state).toBe('down'), { timeout: 5_000 });
    expect(await bus.call({ ...DBUS, member: 'GetId' })).toBeNull();
    expect(
      await bus.getProperty(
        'org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus',
        'Features',
      ),
    ).toBeNull();
    // Several retries fail while it is away; still one line.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(desktop.lines).toEqual([
      { level: 'warn', message: expect.stringContaining('D-Bus system bus went away') as string },
    ]);

    await desktop.system.start();
    await vi.waitFor(() => expect(bus.state).toBe('up'), { timeout: 5_000 });
    expect((await bus.call({ ...DBUS, member: 'GetId' }))?.[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(states).toEqual(['up', 'down', 'up']);
    expect(desktop.lines).toHaveLength(1);

    // The match rules came back with it: a name taken now is heard.
    const logind = desktop.track(await startFakeLogind(desktop.system.address, { sessionId: 'c1' }));
    await vi.waitFor(() => expect(owners.at(-1)).toBe(logind.bus.name), { timeout: 5_000 });
  }, 20_000);

  it('a bus that is not there answers unknown, logs once, and arms no timer when nothing listens', async () => {
    const bus = desktop.connect('session', { address: 'unix:path=/nonexistent/tend-test-bus' });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    expect(await bus.call({ ...DBUS, member: 'GetId' })).toBeNull();
    expect(await bus.call({ ...DBUS, member: 'GetId' })).toBeNull();
    expect(bus.state).toBe('down');
    expect(vi.getTimerCount()).toBe(0);
    expect(desktop.lines).toEqual([
      { level: 'warn', message: expect.stringContaining('D-Bus session bus is unavailable') as string },
    ]);
  }, 20_000);

  it('a subscription hears the signals its rule matches and no others, until it is closed', async () => {
    const bus = desktop.connect('session');
    const gnome = desktop.track(await startFakeScreenSaver(desktop.session.address, 'org.gnome.ScreenSaver'));
    const cinnamon = desktop.track(
      await startFakeScreenSaver(desktop.session.address, 'org.cinnamon.ScreenSaver'),
    );
    const heard: unknown[] = [];
    const subscription = bus.subscribe(
      { interface: 'org.gnome.ScreenSaver', member: 'ActiveChanged' },
      (body) => heard.push(body[0]),
    );
    expect(await subscription.ready).toBe(true);
    gnome.setActive(true);
    cinnamon.setActive(true);
    await roundTrip(bus, gnome);
    await roundTrip(bus, cinnamon);
    expect(heard).toEqual([true]);
    subscription.close();
    gnome.setActive(false);
    await roundTrip(bus, gnome);
    expect(heard).toEqual([true]);
  }, 20_000);
});
