/**
 * How long the user has been idle, sampled only when asked (no polling loop here: the engine decides
 * when to look). Electron's powerMonitor answers everywhere except Linux Wayland sessions, where it
 * reports 0 for ever (USERS.md #4). There we ask the desktop over D-Bus (linux-desktop.ts connects it
 * once the tray is up): GNOME Mutter's GetIdletime, else KDE's GetSessionIdleTime. Where neither answers
 * we say that idle time is unknown rather than pretend the user is always active.
 */
import type { PowerMonitor } from 'electron';
import type { Logger } from '../app/logger.ts';

/** One reading: idle seconds and where they came from, or "unknown". */
export type IdleSample = { known: true; idleSeconds: number; source: 'electron' | 'gnome' | 'kde' } | { known: false };

/** The desktop's own idle readers (D-Bus); each answers null when it cannot tell. */
export interface DesktopIdleReaders {
  mutterIdleMs(): Promise<number | null>;
  kdeIdleSeconds(): Promise<number | null>;
}

/** Samples idle time on request. */
export interface IdleMonitor {
  sample(): Promise<IdleSample>;
  /** Reads idle from the desktop from now on where Electron cannot (Wayland). */
  useDesktop(readers: DesktopIdleReaders): void;
  /** Hears every known sample (the screen-lock source ends a lock no unlock came for); returns the unsubscribe. */
  onSample(listener: (idleSeconds: number) => void): () => void;
}

export interface IdleMonitorOptions {
  powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime'>;
  platform: string;
  env: Record<string, string | undefined>;
  logger: Logger;
}

/** True on a Linux Wayland session, where Electron cannot see input from Wayland clients. */
export function isWaylandSession(platform: string, env: Record<string, string | undefined>): boolean {
  return platform === 'linux' && (env['XDG_SESSION_TYPE'] === 'wayland' || Boolean(env['WAYLAND_DISPLAY']));
}

/** An idle monitor for this session. */
export function createIdleMonitor(options: IdleMonitorOptions): IdleMonitor {
  const { powerMonitor, logger } = options;
  const wayland = isWaylandSession(options.platform, options.env);
  const listeners = new Set<(idleSeconds: number) => void>();
  let desktop: DesktopIdleReaders | null = null;
  // The reader that answered last, asked first; told once when none does.
  let preferred: 'gnome' | 'kde' | null = null;
  let toldUnknown = false;
  // Some compositors do let Electron see idle time; once it reports a non-zero value we trust it.
  let electronSeesInput = !wayland;

  async function fromDesktop(): Promise<IdleSample | null> {
    if (!desktop) return null;
    const order: ('gnome' | 'kde')[] = preferred === 'kde' ? ['kde', 'gnome'] : ['gnome', 'kde'];
    for (const source of order) {
      const seconds = source === 'gnome' ? await desktop.mutterIdleMs().then((ms) => (ms === null ? null : ms / 1000)) : await desktop.kdeIdleSeconds();
      if (seconds !== null) {
        preferred = source;
        return { known: true, idleSeconds: seconds, source };
      }
    }
    if (!toldUnknown) {
      toldUnknown = true;
      logger.warn('idle: Wayland session without a GNOME or KDE idle monitor; idle time is unknown');
    }
    return null;
  }

  async function read(): Promise<IdleSample> {
    let electronSeconds = 0;
    try {
      electronSeconds = powerMonitor.getSystemIdleTime();
    } catch (error) {
      logger.warn('idle: powerMonitor failed', error);
    }
    if (electronSeconds > 0) electronSeesInput = true;
    if (!wayland || electronSeconds > 0) return { known: true, idleSeconds: electronSeconds, source: 'electron' };
    const fromBus = await fromDesktop();
    if (fromBus) return fromBus;
    return electronSeesInput ? { known: true, idleSeconds: 0, source: 'electron' } : { known: false };
  }

  return {
    async sample() {
      const result = await read();
      if (result.known) for (const listener of [...listeners]) listener(result.idleSeconds);
      return result;
    },
    useDesktop(readers) {
      desktop = readers;
    },
    onSample(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
