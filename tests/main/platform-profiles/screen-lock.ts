/**
 * The screen lock as each profile's OS reports it: Electron's powerMonitor on macOS and Windows; on
 * Linux, logind over a real D-Bus (Electron reports no lock there), with the session bus beside it.
 */
import { expect } from 'vitest';
import type { LaunchedTend } from '../../../harness/launch-tend.ts';
import { idleFollows, power } from '../../../harness/tend-journey.ts';
import { profileSpecs, type ProfileName } from '../../fake-electron/profiles.ts';
import { startFakeLogind } from '../../support/dbus/fake-logind.ts';
import { eventually, startTestDesktop, type TestDesktop } from '../../support/dbus/test-desktop.ts';

export interface ScreenLock {
  /** The environment Tend needs to hear the lock (the bus addresses on Linux). */
  env: Record<string, string>;
  /** Waits until Tend listens. */
  listening(t: LaunchedTend): Promise<void>;
  lock(t: LaunchedTend): Promise<void>;
  unlock(t: LaunchedTend): Promise<void>;
  /** Stops Tend's D-Bus adapter and the buses (after the test). */
  dispose(t: LaunchedTend | undefined): Promise<void>;
}

const SESSION_ID = '2';

/** The screen lock for `profile`. */
export async function screenLockOn(profile: ProfileName): Promise<ScreenLock> {
  if (profileSpecs[profile].platform !== 'linux') {
    return {
      env: {},
      listening: () => Promise.resolve(),
      lock: (t) => {
        power(t, 'lock-screen');
        return Promise.resolve();
      },
      unlock: (t) => {
        power(t, 'unlock-screen');
        return Promise.resolve();
      },
      dispose: () => Promise.resolve(),
    };
  }
  const desktop: TestDesktop = await startTestDesktop();
  const logind = desktop.track(await startFakeLogind(desktop.system.address, { sessionId: SESSION_ID }));
  const lockedIs = async (t: LaunchedTend, locked: boolean): Promise<void> => {
    await eventually(() => expect(t.engine().presence.locked).toBe(locked));
  };
  return {
    env: { DBUS_SESSION_BUS_ADDRESS: desktop.session.address, DBUS_SYSTEM_BUS_ADDRESS: desktop.system.address, XDG_SESSION_ID: SESSION_ID },
    listening: async (t) => {
      await (await t.runtime?.desktop)?.ready;
    },
    // As logind and the locker do it: the Lock signal, then LockedHint once the screen is locked.
    // Behind the lock nobody types: idle time grows (Tend looks at it to end a lock no Unlock came for).
    lock: async (t) => {
      const lockedAt = Date.now();
      idleFollows(t, (now) => (now - lockedAt) / 1000);
      logind.lock();
      logind.setLockedHint(true);
      await lockedIs(t, true);
    },
    unlock: async (t) => {
      idleFollows(t, () => 0);
      logind.unlock();
      logind.setLockedHint(false);
      await lockedIs(t, false);
    },
    dispose: async (t) => {
      await (await t?.runtime?.desktop)?.stop();
      await desktop.dispose();
    },
  };
}
