/**
 * What the Linux desktop tells Tend over D-Bus (issue #15), where Electron sees nothing: the screen lock
 * (logind, the screensavers) becomes the engine's lock and unlock, and GNOME Mutter's idle watches push
 * away and back (idleReport), so the engine samples nothing while the user is away ('pushed'). Without
 * Mutter, or when its bus goes, the engine samples as before ('sampled'). The idle monitor reads idle
 * time from Mutter or KDE, and whether a tray host exists, through the same session connection.
 *
 * Loaded with a dynamic import once the tray is up (dbus-native takes ~40 ms to load). Every failure
 * logs a line and leaves sampling on; none takes Tend down.
 */
import type { EngineInput } from '../../core/engine/index.ts';
import type { Logger } from '../app/logger.ts';
import { busAddressFromEnv } from './dbus/bus-address.ts';
import { createDbusConnection, type DbusConnection } from './dbus/dbus-connection.ts';
import { createKdeIdleReader, createMutterIdleWatch, type IdleWatchEvent } from './dbus/idle-watch-source.ts';
import { createScreenLockSource, type LockChange } from './dbus/screen-lock-source.ts';
import { createTrayHostWatch } from './dbus/tray-host.ts';
import type { IdleMonitor } from './idle-monitor.ts';
import { durationsOf } from '../../core/engine/engine-timing.ts';
import { engineSettingsOf } from '../breaks/engine-settings-of.ts';
import type { SettingsStore } from '../settings/settings-store.ts';

export interface LinuxDesktopOptions {
  env: Record<string, string | undefined>;
  pid: number;
  now: () => number;
  logger: Logger;
  /** The engine's send. */
  send: (input: EngineInput) => void;
  idle: IdleMonitor;
  /** The settings: Mutter's idle watch fires when idle reaches the engine's away time, and follows it. */
  store: Pick<SettingsStore, 'get' | 'onChange'>;
}

export interface LinuxDesktop {
  /** Resolves once both sources have started (or found out they cannot); never rejects. */
  readonly ready: Promise<void>;
  /**
   * Whether a StatusNotifierItem host shows Tend's tray icon (stock GNOME Shell has none); null when the
   * bus cannot say.
   */
  hasTrayHost(): Promise<boolean | null>;
  /** The session connection, for what else Tend asks of the desktop (KDE's Do Not Disturb, issue #16). */
  readonly session: Pick<DbusConnection, 'getProperty'>;
  /** Unsubscribes and disconnects (at quit). */
  stop(): Promise<void>;
}

// While locked and no Mutter watch says "back", idle is looked at once a minute: the engine asks for no
// sample while locked, and a locker that never sends Unlock (COSMIC) must end at the next input.
const LOCKED_INPUT_CHECK_MS = 60_000;

/** Connects to the desktop's buses and starts telling the engine; null without a session bus. */
export function startLinuxDesktop(options: LinuxDesktopOptions): LinuxDesktop | null {
  const { env, now, logger, send, idle, store } = options;
  const awayResetMs = (): number => durationsOf(engineSettingsOf(store.get())).awayResetMs;
  const sessionAddress = busAddressFromEnv('session', env);
  // No session bus (an SSH or bare X session): nothing to listen to; idle sampling carries on.
  if (sessionAddress === null) {
    logger.info('desktop: no D-Bus session bus; screen lock is unseen and idle is sampled');
    return null;
  }
  const session = createDbusConnection({ kind: 'session', address: sessionAddress, logger });
  const system = createDbusConnection({ kind: 'system', address: busAddressFromEnv('system', env), logger });
  const lock = createScreenLockSource({ system, session, env, pid: options.pid, now });
  const watch = createMutterIdleWatch(session, awayResetMs());
  const kde = createKdeIdleReader(session);
  const trayHost = createTrayHostWatch(session);
  const trayHostKnown = trayHost.start().catch((error: unknown) => {
    logger.warn('desktop: cannot ask the session bus for a tray host', error);
    return null;
  });
  let checkTimer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  idle.useDesktop({ mutterIdleMs: () => watch.readIdleMs(), kdeIdleSeconds: () => kde.readIdleSeconds() });
  const offSample = idle.onSample((idleSeconds) => {
    lock.noteInput(now() - idleSeconds * 1000);
  });

  function disarmCheck(): void {
    if (checkTimer) clearTimeout(checkTimer);
    checkTimer = null;
  }

  function armCheck(): void {
    if (stopped || checkTimer || !lock.isLocked() || watch.isLive()) return;
    checkTimer = setTimeout(() => {
      checkTimer = null;
      // The sample reaches lock.noteInput through onSample above.
      void idle.sample().then(armCheck, (error: unknown) => {
        logger.warn('desktop: idle check while locked failed', error);
      });
    }, LOCKED_INPUT_CHECK_MS);
  }

  const offLock = lock.subscribe((change: LockChange) => {
    send({ type: change.type });
    if (change.type === 'lock') armCheck();
    else disarmCheck();
  });
  const offWatch = watch.subscribe((event: IdleWatchEvent) => {
    switch (event.type) {
      case 'live':
        disarmCheck();
        send({ type: 'idleSourceChanged', source: 'pushed' });
        return;
      case 'away':
        send({ type: 'idleReport', idleSeconds: event.idleMs / 1000 });
        return;
      case 'back':
        lock.noteInput(now());
        send({ type: 'idleReport', idleSeconds: 0 });
        return;
      case 'unavailable':
        send({ type: 'idleSourceChanged', source: 'sampled' });
        armCheck();
    }
  });

  const offSettings = store.onChange(() => {
    void watch.setThreshold(awayResetMs()).catch((error: unknown) => {
      logger.warn('desktop: moving the idle watch failed', error);
    });
  });

  const ready = Promise.all([lock.start(), watch.start()]).then(
    () => undefined,
    (error: unknown) => {
      logger.warn('desktop: D-Bus sources did not start; idle is sampled', error);
    },
  );

  return {
    ready,
    session,
    hasTrayHost: async () => {
      await trayHostKnown;
      return trayHost.hasHost();
    },
    async stop() {
      stopped = true;
      disarmCheck();
      offLock();
      offWatch();
      offSample();
      offSettings();
      lock.stop();
      watch.stop();
      trayHost.stop();
      await Promise.all([session.close(), system.close()]);
    },
  };
}
