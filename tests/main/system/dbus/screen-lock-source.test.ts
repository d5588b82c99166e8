/**
 * Screen lock and unlock on Linux, from logind and the desktops' screensavers over a real D-Bus: each
 * lock and unlock is told once, whichever and however many sources report it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createScreenLockSource,
  type LockChange,
  type ScreenLockSource,
} from '../../../../electron/main/system/dbus/screen-lock-source.ts';
import { hasDbusDaemon } from '../../../support/dbus/dbus-daemon.ts';
import { startFakeLogind, type FakeLogind } from '../../../support/dbus/fake-logind.ts';
import { startFakeScreenSaver, type ScreenSaverName } from '../../../support/dbus/fake-screensaver.ts';
import { roundTrip, startTestDesktop, type TestDesktop } from '../../../support/dbus/test-desktop.ts';

const SESSION_ID = 'c7';

describe.skipIf(!hasDbusDaemon)('screen lock on Linux', () => {
  let desktop: TestDesktop;
  let clock: number;
  let changes: LockChange[];

  beforeEach(async () => {
    desktop = await startTestDesktop();
    clock = 1_000_000;
    changes = [];
  }, 20_000);
  afterEach(async () => {
    await desktop.dispose();
  }, 20_000);

  async function startSource(env: Record<string, string | undefined> = { XDG_SESSION_ID: SESSION_ID }) {
    const system = desktop.connect('system');
    const session = desktop.connect('session');
    const source: ScreenLockSource = createScreenLockSource({
      system,
      session,
      env,
      pid: 4242,
      now: () => clock,
    });
    source.subscribe((change) => changes.push(change));
    await source.start();
    return { source, system, session };
  }

  function logind(options: Partial<Parameters<typeof startFakeLogind>[1]> = {}): Promise<FakeLogind> {
    return startFakeLogind(desktop.system.address, { sessionId: SESSION_ID, ...options }).then((s) =>
      desktop.track(s),
    );
  }

  it('logind Lock then Unlock reports a lock and an unlock', async () => {
    const fake = await logind();
    const { source, system } = await startSource();
    fake.lock();
    await roundTrip(system, fake);
    expect(source.isLocked()).toBe(true);
    fake.unlock();
    await roundTrip(system, fake);
    expect(changes).toEqual([
      { type: 'lock', source: 'logind' },
      { type: 'unlock', source: 'logind' },
    ]);
  }, 20_000);

  it("logind's LockedHint and the Lock signal for the same lock report it once", async () => {
    const fake = await logind();
    const { system } = await startSource();
    fake.lock();
    fake.setLockedHint(true);
    fake.setLockedHint(false);
    await roundTrip(system, fake);
    expect(changes).toEqual([
      { type: 'lock', source: 'logind' },
      { type: 'unlock', source: 'logind-hint' },
    ]);
  }, 20_000);

  it('the session is found by PID when XDG_SESSION_ID is not set', async () => {
    const fake = await logind({ pids: [4242] });
    const { system } = await startSource({});
    fake.lock();
    await roundTrip(system, fake);
    expect(changes).toEqual([{ type: 'lock', source: 'logind' }]);
  }, 20_000);

  it('the session is logind\'s display session ("auto") when neither id nor PID finds it', async () => {
    const fake = await logind({ auto: true });
    const { system } = await startSource({});
    fake.lock();
    await roundTrip(system, fake);
    expect(changes).toEqual([{ type: 'lock', source: 'logind' }]);
  }, 20_000);

  it('a session already locked when Tend starts is reported as a lock', async () => {
    await logind({ lockedHint: true });
    const { source } = await startSource();
    expect(source.isLocked()).toBe(true);
    expect(changes).toEqual([{ type: 'lock', source: 'logind-hint' }]);
  }, 20_000);

  it.each<[ScreenSaverName, LockChange['source']]>([
    ['org.gnome.ScreenSaver', 'gnome'],
    ['org.freedesktop.ScreenSaver', 'freedesktop'],
    ['org.cinnamon.ScreenSaver', 'cinnamon'],
  ])(
    '%s ActiveChanged true then false reports one lock and one unlock',
    async (name, expected) => {
      const screensaver = desktop.track(await startFakeScreenSaver(desktop.session.address, name));
      const { session } = await startSource();
      // KDE sends ActiveChanged on two paths for each change.
      screensaver.setActive(true);
      await roundTrip(session, screensaver);
      screensaver.setActive(false);
      await roundTrip(session, screensaver);
      expect(changes).toEqual([
        { type: 'lock', source: expected },
        { type: 'unlock', source: expected },
      ]);
    },
    20_000,
  );

  it('GNOME reporting through both logind and its screensaver tells one lock and one unlock', async () => {
    const fake = await logind();
    const gnome = desktop.track(await startFakeScreenSaver(desktop.session.address, 'org.gnome.ScreenSaver'));
    const { system, session } = await startSource();
    gnome.setActive(true);
    fake.setLockedHint(true);
    await roundTrip(session, gnome);
    await roundTrip(system, fake);
    fake.setLockedHint(false);
    gnome.setActive(false);
    await roundTrip(session, gnome);
    await roundTrip(system, fake);
    expect(changes.map((c) => c.type)).toEqual(['lock', 'unlock']);
  }, 20_000);

  it('a Lock with no Unlock is recovered on the next input, but not by the keystroke that locked', async () => {
    const fake = await logind();
    const { source, system } = await startSource();
    const lockedAt = clock;
    fake.lock();
    await roundTrip(system, fake);
    // Super+L is released just after the lock: still locked.
    clock += 10_000;
    source.noteInput(lockedAt + 200);
    expect(source.isLocked()).toBe(true);
    // Twenty minutes later the user types again, and the locker (COSMIC) never said Unlock.
    clock += 20 * 60_000;
    source.noteInput(clock - 1_000);
    expect(source.isLocked()).toBe(false);
    expect(changes).toEqual([
      { type: 'lock', source: 'logind' },
      { type: 'unlock', source: 'input' },
    ]);
    // A later real Unlock is not a second unlock.
    fake.unlock();
    await roundTrip(system, fake);
    expect(changes).toHaveLength(2);
  }, 20_000);

  it('without logind or any screensaver it starts, and reports nothing', async () => {
    const { source } = await startSource();
    expect(source.isLocked()).toBe(false);
    expect(changes).toEqual([]);
  }, 20_000);

  it('an unlock missed while the system bus was away is read from LockedHint when logind is back', async () => {
    const before = await logind();
    const { system } = await startSource();
    before.setLockedHint(true);
    await roundTrip(system, before);
    await desktop.system.stop();
    await vi.waitFor(() => expect(system.state).toBe('down'), { timeout: 5_000 });
    await desktop.system.start();
    await logind({ lockedHint: false });
    await vi.waitFor(
      () =>
        expect(changes).toEqual([
          { type: 'lock', source: 'logind-hint' },
          { type: 'unlock', source: 'logind-hint' },
        ]),
      { timeout: 10_000 },
    );
  }, 20_000);
});
