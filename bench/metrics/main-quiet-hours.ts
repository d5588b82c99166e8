/**
 * Hours when Tend should be all but silent, played on the real main code (fake electron, fake time):
 * away from an unlocked screen where idle time is sampled (the engine polls to notice the return), on
 * each profile that samples it here, and paused until resumed through the tray menu. Each counts every
 * timer wake-up of the process (main-timer-wakeups.ts) over one hour after ten minutes of typing.
 *
 * GNOME, where Mutter pushes away and back over D-Bus so nothing is sampled, is not played here: that
 * needs a session bus and a Mutter stand-in, which live in tests/support/dbus and bench never imports
 * tests (tests/main/system/linux-desktop.test.ts checks that hour has no wake-up at all).
 */
import { vi } from 'vitest';
import { launchTend, type LaunchedTend } from '../../harness/launch-tend.ts';
import { HOUR, idleFollows, MIN, MONDAY_9AM, typingIdle } from '../../harness/tend-journey.ts';
import { countTimerWakeups } from './main-timer-wakeups.ts';

type ProfileName = LaunchedTend['profile'];

/** The profiles whose idle time is sampled through Electron's powerMonitor in the harness. */
export const sampledProfiles: readonly ProfileName[] = ['linux-x11', 'win32', 'darwin'];

/** Wake-ups over the hour after `setUp`, run ten minutes into a working morning on `profile`. */
async function oneHour(
  profile: ProfileName,
  idle: (now: number) => number,
  setUp: (t: LaunchedTend) => void,
  check: (t: LaunchedTend) => void,
): Promise<number> {
  const timers = countTimerWakeups();
  const t = await launchTend({ profile, clock: MONDAY_9AM, before: timers.install });
  try {
    idleFollows(t, idle);
    await t.advance(10 * MIN);
    setUp(t);
    await t.settle();
    const from = timers.wakeups();
    await t.advance(HOUR);
    check(t);
    return timers.wakeups() - from;
  } finally {
    t.cleanup();
    timers.uninstall();
  }
}

/** Wake-ups in an hour away from an unlocked screen on `profile`: typing until 09:05, then nothing. */
export function awayHour(profile: ProfileName): Promise<number> {
  const gone = MONDAY_9AM + 5 * MIN;
  return oneHour(
    profile,
    (now) => (now < gone ? typingIdle(MONDAY_9AM, now) : (now - gone) / 1000),
    (t) => {
      // By 09:10 idle has reached the away time: the whole hour is spent away.
      if (!t.engine().presence.idleAway) throw new Error(`${profile}: not away by 09:10`);
    },
    (t) => {
      if (!t.engine().presence.idleAway) throw new Error(`${profile}: came back while away`);
    },
  );
}

/** Wake-ups in an hour paused until resumed from the tray menu (linux-x11); resumes after, to check it took. */
export function pausedHour(): Promise<number> {
  return oneHour(
    'linux-x11',
    (now) => typingIdle(MONDAY_9AM, now),
    (t) => {
      t.trayMenu().click('Pause', 'Until I resume');
    },
    (t) => {
      // Not only Tend's timer: no timer of any kind is pending in the process.
      if (vi.getTimerCount() !== 0) throw new Error(`paused: ${String(vi.getTimerCount())} timers pending`);
      t.trayMenu().click('Resume');
      if (t.runtime?.timer.armedFor() == null) throw new Error('resumed, but the break timer is not armed');
    },
  );
}
