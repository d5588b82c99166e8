/**
 * A home on desktops without a tray (issue #15): on stock GNOME (profile linux-wayland-gnome-no-tray)
 * no StatusNotifierItem host shows Tend's icon, so starting Tend again with no arguments opens the home
 * window with the tray menu's choices; with a host it opens Settings as before. Tend asks a real
 * dbus-daemon, on which the tests play org.kde.StatusNotifierWatcher or leave it out.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LaunchedTend } from '../../../harness/launch-tend.ts';
import { hasDbusDaemon } from '../../support/dbus/dbus-daemon.ts';
import { startFakeStatusNotifierWatcher } from '../../support/dbus/fake-status-notifier-watcher.ts';
import { eventually, startTestDesktop, type TestDesktop } from '../../support/dbus/test-desktop.ts';
import { launchOn } from '../platform-profiles/profile-session.ts';

describe.skipIf(!hasDbusDaemon)('starting Tend again on a desktop without a tray', () => {
  let desktop: TestDesktop;
  let tend: LaunchedTend | undefined;
  beforeEach(async () => {
    desktop = await startTestDesktop();
  }, 20_000);
  afterEach(async () => {
    // Quitting stops Tend's watch on the bus before the bus goes.
    tend?.electron.app.quit();
    tend?.cleanup();
    tend = undefined;
    await desktop.dispose();
  }, 20_000);

  const launch = async (options: { firstRun?: boolean } = {}): Promise<LaunchedTend> =>
    (tend = await launchOn('linux-wayland-gnome-no-tray', { ...options, env: { DBUS_SESSION_BUS_ADDRESS: desktop.session.address } }));
  const startAgain = async (t: LaunchedTend): Promise<void> => {
    t.electron.app.fireSecondInstance(['/usr/bin/tend'], { tendArgs: [] });
    await t.settle();
  };

  it('with no tray host, opens the home window rather than Settings', async () => {
    const t = await launch();
    await startAgain(t);
    await eventually(() => expect(t.windowFor('home')?.isVisible()).toBe(true));
    expect(t.windowFor('settings')).toBeUndefined();
  }, 20_000);

  it('with a tray host, opens Settings as before', async () => {
    desktop.track(await startFakeStatusNotifierWatcher(desktop.session.address, { host: true }));
    const t = await launch();
    await startAgain(t);
    await eventually(() => expect(t.windowFor('settings')?.isVisible()).toBe(true));
    expect(t.windowFor('home')).toBeUndefined();
  }, 20_000);

  it('with a watcher but no host registered (GNOME without the extension), opens the home window', async () => {
    desktop.track(await startFakeStatusNotifierWatcher(desktop.session.address, { host: false }));
    const t = await launch();
    await startAgain(t);
    await eventually(() => expect(t.windowFor('home')?.isVisible()).toBe(true));
  }, 20_000);

  it("the home window's choices run the tray's commands: pause for an hour, resume, a break, Settings", async () => {
    const t = await launch();
    await startAgain(t);
    await eventually(() => expect(t.windowFor('home')).toBeDefined());
    const home = t.windowFor('home')!;
    expect(await t.invoke(home, 'home:run', { choice: 'pause-1h' })).toEqual({ ok: true, value: null });
    expect(t.runtime!.status().paused).toBe(true);
    await t.invoke(home, 'home:run', { choice: 'resume' });
    expect(t.runtime!.status().paused).toBe(false);
    await t.invoke(home, 'home:run', { choice: 'settings' });
    await t.settle();
    expect(t.windowFor('settings')?.isVisible()).toBe(true);
    // Like a menu, the home window goes once it has opened another window.
    expect(t.windowFor('home')).toBeUndefined();
  }, 20_000);

  it('refuses a choice the home window does not offer', async () => {
    const t = await launch();
    await startAgain(t);
    await eventually(() => expect(t.windowFor('home')).toBeDefined());
    const result = await t.invokeRaw(t.windowFor('home')!, 'home:run', { choice: 'pause-forever' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  }, 20_000);

  it('the welcome window hears that this desktop shows no tray icons; with a host it does not', async () => {
    const t = await launch({ firstRun: true });
    const welcome = t.windowFor('welcome')!;
    expect(await t.invoke(welcome, 'app:info')).toMatchObject({ ok: true, value: { platform: 'linux', trayHidden: true } });
    desktop.track(await startFakeStatusNotifierWatcher(desktop.session.address, { host: true }));
    await vi.waitFor(
      async () => {
        const info = await t.invoke(welcome, 'app:info');
        expect(info.ok).toBe(true);
        expect(JSON.stringify(info)).not.toContain('trayHidden');
      },
      { timeout: 5_000 },
    );
  }, 20_000);
});
