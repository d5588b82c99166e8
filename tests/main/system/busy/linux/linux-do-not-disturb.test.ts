/**
 * Do Not Disturb on Linux, read the way each desktop keeps its switch: GNOME's show-banners (inverted)
 * through a real gsettings-like child process, XFCE's xfconf property (with the "never set" path that
 * lists the channel to tell a missing property from an unreachable xfconf), and KDE's `Inhibited`
 * property over a real private D-Bus with a fake notification server. Desktops Tend cannot read (Budgie,
 * which also names GNOME, and any other) read unknown without running anything.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BusyReading } from '../../../../../electron/core/busy/busy-signal.ts';
import {
  linuxDoNotDisturbReader,
  notificationDesktop,
  type NotificationDesktop,
} from '../../../../../electron/main/system/busy/linux/linux-do-not-disturb.ts';
import type { DbusConnection } from '../../../../../electron/main/system/dbus/dbus-connection.ts';
import { hasDbusDaemon } from '../../../../support/dbus/dbus-daemon.ts';
import { startFakeNotifications } from '../../../../support/dbus/fake-notifications.ts';
import { startTestDesktop, type TestDesktop } from '../../../../support/dbus/test-desktop.ts';
import { prints, scriptedCommands, type Behaviour } from './scripted-commands.ts';

const noBus = (): null => null;

// What `xfconf-query -c xfce4-notifyd -l` lists on a fresh XFCE before the switch was ever flipped.
const XFCE_CHANNEL_WITHOUT_DND =
  '/do-fadeout\n/do-slideout\n/expire-timeout\n/initial-opacity\n/notify-location\n/theme\n';
const XFCE_CHANNEL_WITH_DND = '/do-fadeout\n/do-not-disturb\n/expire-timeout\n/theme\n';

describe('which desktop keeps the Do Not Disturb switch', () => {
  it.each<[string | undefined, NotificationDesktop | null]>([
    ['GNOME', 'gnome'],
    ['ubuntu:GNOME', 'gnome'],
    ['pop:GNOME', 'gnome'],
    ['gnome', 'gnome'],
    ['KDE', 'kde'],
    ['XFCE', 'xfce'],
    ['X-Cinnamon', null],
    ['Budgie:GNOME', null],
    ['', null],
    [undefined, null],
  ])('XDG_CURRENT_DESKTOP %j is read as %s', (value, desktop) => {
    expect(notificationDesktop({ XDG_CURRENT_DESKTOP: value })).toBe(desktop);
  });
});

describe('Do Not Disturb on GNOME and XFCE', { timeout: 20_000 }, () => {
  function readOn(desktop: string, behaviourOf: (file: string, args: readonly string[]) => Behaviour) {
    const commands = scriptedCommands(behaviourOf);
    const read = linuxDoNotDisturbReader({
      env: { XDG_CURRENT_DESKTOP: desktop },
      run: commands.run,
      bus: noBus,
    });
    return { read, calls: commands.calls };
  }

  it.each<[string, BusyReading, Behaviour]>([
    ['banners hidden ("false")', 'busy', prints('false\n')],
    ['banners shown ("true")', 'clear', prints('true\n')],
    ['something that is not a boolean', 'unknown', prints("'true'\n")],
    ['a failure after printing false', 'unknown', prints('false\n', 1)],
    ['no gsettings at all', 'unknown', 'missing'],
  ])('GNOME with %s reads %s', async (_, reading, behaviour) => {
    const { read, calls } = readOn('ubuntu:GNOME', () => behaviour);
    expect(await read()).toBe(reading);
    expect(calls.map((call) => [call.file, call.args])).toEqual([
      ['gsettings', ['get', 'org.gnome.desktop.notifications', 'show-banners']],
    ]);
  });

  it.each<[string, BusyReading, Behaviour]>([
    ['on ("true")', 'busy', prints('true\n')],
    ['off ("false")', 'clear', prints('false\n')],
    ['neither', 'unknown', prints('1\n')],
  ])('XFCE with the switch %s reads %s, from the property alone', async (_, reading, behaviour) => {
    const { read, calls } = readOn('XFCE', () => behaviour);
    expect(await read()).toBe(reading);
    expect(calls.map((call) => call.args)).toEqual([['-c', 'xfce4-notifyd', '-p', '/do-not-disturb']]);
  });

  it.each<[string, BusyReading, Behaviour]>([
    ['lists only other properties (never set, so off)', 'clear', prints(XFCE_CHANNEL_WITHOUT_DND)],
    ['lists /do-not-disturb after all (set, yet unreadable)', 'unknown', prints(XFCE_CHANNEL_WITH_DND)],
    ['cannot be listed either (xfconf unreachable)', 'unknown', prints('', 1)],
  ])('XFCE whose property cannot be read, and whose channel %s, reads %s', async (_, reading, listing) => {
    const { read, calls } = readOn('XFCE', (_file, args) => (args.includes('-l') ? listing : prints('', 1)));
    expect(await read()).toBe(reading);
    expect(calls.map((call) => [call.file, call.args])).toEqual([
      ['xfconf-query', ['-c', 'xfce4-notifyd', '-p', '/do-not-disturb']],
      ['xfconf-query', ['-c', 'xfce4-notifyd', '-l']],
    ]);
  });

  it.each(['Budgie:GNOME', 'X-Cinnamon', 'MATE', ''])(
    'a %j desktop reads unknown without running anything or asking the bus',
    async (desktop) => {
      let busAsked = false;
      const commands = scriptedCommands(() => prints('false\n'));
      const read = linuxDoNotDisturbReader({
        env: { XDG_CURRENT_DESKTOP: desktop },
        run: commands.run,
        bus: () => {
          busAsked = true;
          return null;
        },
      });
      expect(await read()).toBe('unknown');
      expect(commands.calls).toEqual([]);
      expect(busAsked).toBe(false);
    },
  );
});

describe.skipIf(!hasDbusDaemon)('Do Not Disturb on KDE', { timeout: 20_000 }, () => {
  let desktop: TestDesktop;
  beforeEach(async () => {
    desktop = await startTestDesktop();
  }, 20_000);
  afterEach(async () => {
    await desktop.dispose();
  }, 20_000);

  function kdeReader(bus: () => Pick<DbusConnection, 'getProperty'> | null) {
    const commands = scriptedCommands(() => prints('false\n'));
    const read = linuxDoNotDisturbReader({ env: { XDG_CURRENT_DESKTOP: 'KDE' }, run: commands.run, bus });
    return { read, calls: commands.calls };
  }

  async function serving(inhibited: boolean | string | undefined) {
    const notifications = desktop.track(await startFakeNotifications(desktop.session.address, { inhibited }));
    const session = desktop.connect('session');
    return { notifications, ...kdeReader(() => session) };
  }

  it('reads busy while the notification server is inhibited, and runs no command for it', async () => {
    const { read, calls } = await serving(true);
    expect(await read()).toBe('busy');
    expect(calls).toEqual([]);
  });

  it('reads clear while the notification server is not inhibited', async () => {
    const { read } = await serving(false);
    expect(await read()).toBe('clear');
  });

  it('follows the switch: each reading asks the server again', async () => {
    const { read, notifications } = await serving(false);
    expect(await read()).toBe('clear');
    notifications.setInhibited(true);
    expect(await read()).toBe('busy');
    notifications.setInhibited(false);
    expect(await read()).toBe('clear');
  });

  it.each<[string, string | undefined]>([
    ['has no Inhibited property (a server outside Plasma)', undefined],
    ['gives Inhibited as a string', 'true'],
  ])('reads unknown when the notification server %s', async (_, inhibited) => {
    const { read } = await serving(inhibited);
    expect(await read()).toBe('unknown');
  });

  it('reads unknown when no notification server is on the bus', async () => {
    const session = desktop.connect('session');
    expect(await kdeReader(() => session).read()).toBe('unknown');
  });

  it('reads unknown before Tend has a session bus', async () => {
    expect(await kdeReader(noBus).read()).toBe('unknown');
  });
});
