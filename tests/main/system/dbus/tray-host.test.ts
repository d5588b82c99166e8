/**
 * Whether a tray (a StatusNotifierItem host) can show Tend's icon, from the session bus.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTrayHostWatch, type TrayHostWatch } from '../../../../electron/main/system/dbus/tray-host.ts';
import { hasDbusDaemon } from '../../../support/dbus/dbus-daemon.ts';
import { startFakeStatusNotifierWatcher } from '../../../support/dbus/fake-status-notifier-watcher.ts';
import { startTestDesktop, type TestDesktop } from '../../../support/dbus/test-desktop.ts';

describe.skipIf(!hasDbusDaemon)('the tray host', () => {
  let desktop: TestDesktop;
  let watch: TrayHostWatch;
  let seen: (boolean | null)[];
  beforeEach(async () => {
    desktop = await startTestDesktop();
    seen = [];
  }, 20_000);
  afterEach(async () => {
    watch.stop();
    await desktop.dispose();
  }, 20_000);

  function startWatch(options: { firstRetryDelayMs?: number } = {}): Promise<boolean | null> {
    watch = createTrayHostWatch(desktop.connect('session', options));
    watch.subscribe((has) => seen.push(has));
    return watch.start();
  }

  it('no tray host → false; a host registering later → true', async () => {
    expect(await startWatch()).toBe(false);
    const watcher = desktop.track(
      await startFakeStatusNotifierWatcher(desktop.session.address, { host: false }),
    );
    expect(watch.hasHost()).toBe(false);
    watcher.registerHost();
    await vi.waitFor(() => expect(watch.hasHost()).toBe(true), { timeout: 5_000 });
    expect(seen).toEqual([false, true]);
  }, 20_000);

  it('a watcher with a host already registered → true at start', async () => {
    desktop.track(await startFakeStatusNotifierWatcher(desktop.session.address, { host: true }));
    expect(await startWatch()).toBe(true);
  }, 20_000);

  it('the host unregistering, or the watcher leaving, → false', async () => {
    const watcher = desktop.track(
      await startFakeStatusNotifierWatcher(desktop.session.address, { host: true }),
    );
    await startWatch();
    watcher.unregisterHost();
    await vi.waitFor(() => expect(watch.hasHost()).toBe(false), { timeout: 5_000 });
    watcher.registerHost();
    await vi.waitFor(() => expect(watch.hasHost()).toBe(true), { timeout: 5_000 });
    await watcher.close();
    await vi.waitFor(() => expect(watch.hasHost()).toBe(false), { timeout: 5_000 });
    expect(seen).toEqual([true, false, true, false]);
  }, 20_000);

  it('while the session bus is away the answer is unknown, and it is asked again when the bus returns', async () => {
    desktop.track(await startFakeStatusNotifierWatcher(desktop.session.address, { host: true }));
    await startWatch({ firstRetryDelayMs: 50 });
    await desktop.session.stop();
    await vi.waitFor(() => expect(watch.hasHost()).toBeNull(), { timeout: 5_000 });
    await desktop.session.start();
    desktop.track(await startFakeStatusNotifierWatcher(desktop.session.address, { host: true }));
    await vi.waitFor(() => expect(watch.hasHost()).toBe(true), { timeout: 10_000 });
  }, 20_000);
});
