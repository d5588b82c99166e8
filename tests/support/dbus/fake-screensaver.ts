/**
 * A desktop's screensaver on the session bus: GNOME's org.gnome.ScreenSaver, KDE's
 * org.freedesktop.ScreenSaver (served on two paths, with GetSessionIdleTime) or Cinnamon's
 * org.cinnamon.ScreenSaver. Each says ActiveChanged(bool) when the lock comes and goes.
 */
import { defineInterface } from 'dbus-native';
import { startFakeService, type FakeService } from './fake-service.ts';

export type ScreenSaverName =
  'org.gnome.ScreenSaver' | 'org.freedesktop.ScreenSaver' | 'org.cinnamon.ScreenSaver';

export interface FakeScreenSaver extends FakeService {
  /** Locks or unlocks: ActiveChanged on every path the desktop serves. */
  setActive(active: boolean): void;
  /** What GetSessionIdleTime answers (KDE), in seconds. */
  setIdleSeconds(seconds: number): void;
}

const PATHS: Record<ScreenSaverName, readonly string[]> = {
  'org.gnome.ScreenSaver': ['/org/gnome/ScreenSaver'],
  // KDE's ksmserver serves the interface on both.
  'org.freedesktop.ScreenSaver': ['/org/freedesktop/ScreenSaver', '/ScreenSaver'],
  'org.cinnamon.ScreenSaver': ['/org/cinnamon/ScreenSaver'],
};

/** Plays `name` on the (test) session bus at `address`; `paths` overrides where it is served. */
export async function startFakeScreenSaver(
  address: string,
  name: ScreenSaverName,
  paths = PATHS[name],
): Promise<FakeScreenSaver> {
  let active = false;
  let idleSeconds = 0;
  const screensaver = defineInterface({
    name,
    methods: {
      GetActive: { out: { active: 'b' }, handler: () => active },
      ...(name === 'org.freedesktop.ScreenSaver'
        ? { GetSessionIdleTime: { out: { seconds: 'u' }, handler: () => idleSeconds } }
        : {}),
    },
    signals: { ActiveChanged: { args: { new_value: 'b' } } },
  });
  const service = await startFakeService(
    address,
    name,
    paths.map((path) => [path, screensaver] as const),
  );
  return {
    ...service,
    setActive(next) {
      active = next;
      screensaver.emit['ActiveChanged']?.(next);
    },
    setIdleSeconds(seconds) {
      idleSeconds = seconds;
    },
  };
}
