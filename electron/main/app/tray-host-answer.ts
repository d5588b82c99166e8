/**
 * Whether this desktop shows Tend's tray icon. Only Linux can lack a tray host (stock GNOME Shell has
 * no StatusNotifierItem host); there the session bus is asked once the tray is up, with the D-Bus client
 * loaded then rather than at start (dbus-native costs ~40 ms to load). Unknown (null) counts as a tray.
 */
import type { Logger } from './logger.ts';
import { busAddressFromEnv } from '../system/dbus/bus-address.ts';

export interface TrayHostAnswer {
  /** True or false once the bus has answered; null when it cannot say (no bus, or not Linux). */
  hasHost(): Promise<boolean | null>;
  stop(): void;
}

export interface TrayHostAnswerDeps {
  platform: string;
  env: Record<string, string | undefined>;
  logger: Logger;
}

/** Starts watching for a tray host where one may be missing; elsewhere answers "a tray" at once. */
export function askTrayHost({ platform, env, logger }: TrayHostAnswerDeps): TrayHostAnswer {
  const address = platform === 'linux' ? busAddressFromEnv('session', env) : null;
  if (address === null) return { hasHost: () => Promise.resolve(platform === 'linux' ? null : true), stop: () => {} };
  // An object, so the check after the import sees a stop() that came meanwhile.
  const life = { stopped: false, stopWatch: (): void => {} };
  const watching = (async () => {
    const [{ createDbusConnection }, { createTrayHostWatch }] = await Promise.all([
      import('../system/dbus/dbus-connection.ts'),
      import('../system/dbus/tray-host.ts'),
    ]);
    if (life.stopped) return null;
    const session = createDbusConnection({ kind: 'session', address, logger });
    const watch = createTrayHostWatch(session);
    life.stopWatch = () => {
      watch.stop();
      void session.close();
    };
    await watch.start();
    return watch;
  })().catch((error: unknown) => {
    logger.warn(`tray host: cannot ask the session bus (${error instanceof Error ? error.message : String(error)})`);
    return null;
  });
  return {
    hasHost: async () => (await watching)?.hasHost() ?? null,
    stop() {
      life.stopped = true;
      life.stopWatch();
    },
  };
}
