/**
 * Do Not Disturb on Linux (issue #16), read from wherever the running desktop keeps its switch
 * (PLATFORMS.md "Do Not Disturb"; hovancik/stretchly app/utils/dndManager.js reads the same three):
 * - GNOME: the quick settings toggle is the `show-banners` key inverted (gnome-shell
 *   js/ui/status/doNotDisturb.js binds it with INVERT_BOOLEAN; js/ui/dateMenu.js reads DND the same way).
 * - KDE Plasma: the notification server's `Inhibited` property (plasma-workspace
 *   libnotificationmanager/dbus/org.freedesktop.Notifications.xml: `Inhibited`, type b), true while the
 *   user's Do Not Disturb or an app's inhibition is on.
 * - XFCE: xfce4-notifyd's xfconf property /do-not-disturb (xfce4-notifyd xfce-notify-daemon.c).
 * Any other desktop reads unknown. Budgie lists GNOME too (XDG_CURRENT_DESKTOP "Budgie:GNOME") but has
 * its own switch, told only as a D-Bus signal (budgie-desktop src/panel/applets/notifications/
 * NotificationsApplet.vala: DoNotDisturbChanged), so show-banners says nothing there.
 */
import type { BusyReading, ReadSignal } from '../../../../core/busy/busy-signal.ts';
import type { DbusConnection } from '../../dbus/dbus-connection.ts';
import type { RunCommand } from '../run-command.ts';

export interface LinuxDoNotDisturbOptions {
  env: Record<string, string | undefined>;
  run: RunCommand;
  /** The session bus once Tend has it; null before or without one. */
  bus: () => Pick<DbusConnection, 'getProperty'> | null;
}

/** The desktops whose switch Tend knows how to read. */
export type NotificationDesktop = 'gnome' | 'kde' | 'xfce';

const DESKTOPS: Readonly<Record<string, NotificationDesktop>> = { GNOME: 'gnome', KDE: 'kde', XFCE: 'xfce' };

/** The desktop named first in XDG_CURRENT_DESKTOP (e.g. "ubuntu:GNOME") that Tend can read; null otherwise. */
export function notificationDesktop(env: Record<string, string | undefined>): NotificationDesktop | null {
  const names = (env['XDG_CURRENT_DESKTOP'] ?? '').split(':').map((name) => name.trim().toUpperCase());
  if (names.includes('BUDGIE')) return null;
  for (const name of names) {
    const desktop = DESKTOPS[name];
    if (desktop) return desktop;
  }
  return null;
}

/** A printed boolean as a reading: `busyWhen` reads busy, its opposite clear, anything else unknown. */
function readingOf(printed: string | null, busyWhen: 'true' | 'false'): BusyReading {
  const value = printed?.trim();
  if (value !== 'true' && value !== 'false') return 'unknown';
  return value === busyWhen ? 'busy' : 'clear';
}

function readGnome(run: RunCommand): Promise<BusyReading> {
  // gsettings prints the GVariant text form: "true" or "false" and a newline.
  return run('gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners']).then((out) =>
    readingOf(out, 'false'),
  );
}

async function readKde(bus: Pick<DbusConnection, 'getProperty'> | null): Promise<BusyReading> {
  if (!bus) return 'unknown';
  const inhibited = await bus.getProperty(
    'org.freedesktop.Notifications',
    '/org/freedesktop/Notifications',
    'org.freedesktop.Notifications',
    'Inhibited',
  );
  return inhibited === true ? 'busy' : inhibited === false ? 'clear' : 'unknown';
}

async function readXfce(run: RunCommand): Promise<BusyReading> {
  const value = await run('xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb']);
  if (value !== null) return readingOf(value, 'true');
  // xfconf-query exits 1 for a property never set (until the user first flips the switch). xfce4-notifyd
  // then uses its default, false (xfce-notify-daemon.c: "/do-not-disturb", default_value.b = FALSE).
  // Only a channel listing that worked proves the property is missing rather than xfconf unreachable.
  const listed = await run('xfconf-query', ['-c', 'xfce4-notifyd', '-l']);
  if (listed === null) return 'unknown';
  return listed.split('\n').some((line) => line.trim() === '/do-not-disturb') ? 'unknown' : 'clear';
}

/** Reads the desktop's Do Not Disturb on demand; unknown on desktops Tend cannot read. */
export function linuxDoNotDisturbReader(options: LinuxDoNotDisturbOptions): ReadSignal {
  const desktop = notificationDesktop(options.env);
  return async () => {
    try {
      switch (desktop) {
        case 'gnome':
          return await readGnome(options.run);
        case 'kde':
          return await readKde(options.bus());
        case 'xfce':
          return await readXfce(options.run);
        default:
          return 'unknown';
      }
    } catch {
      return 'unknown';
    }
  };
}
