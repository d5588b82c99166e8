/**
 * Away and back without polling where the desktop can say so, and idle readers where it cannot.
 *
 * GNOME (Mutter's org.gnome.Mutter.IdleMonitor at /org/gnome/Mutter/IdleMonitor/Core): one idle watch
 * (`AddIdleWatch(threshold)`) fires `WatchFired(id)` each time idle time reaches the threshold: 'away'.
 * Then a user-active watch (`AddUserActiveWatch()`, which fires once) says when input comes back: 'back'.
 * Tend arms no timer for either. Watches belong to the connection that added them, so they are added
 * again whenever Mutter's name gets a new owner (gnome-shell restarted, or the session bus came back).
 * Source: GNOME/mutter `src/backends/meta-idle-monitor-dbus.c` (make_dbus_watch removes a watch when its
 * sender's name vanishes) and `meta-idle-monitor.c` (a watch with timeout 0, the user-active one, is
 * removed once it fires).
 *
 * KDE: `org.freedesktop.ScreenSaver.GetSessionIdleTime` (seconds), for when Electron's own idle is 0.
 */
import type { DbusConnection, Subscription } from './dbus-connection.ts';

/** 'live': the watches are armed (again), so away and back will be told; 'unavailable': no longer. */
export type IdleWatchEvent =
  | { type: 'live' }
  | { type: 'away'; idleMs: number }
  | { type: 'back' }
  | { type: 'unavailable' };

export interface MutterIdleWatch {
  /** Arms the watches; resolves true when Mutter answered (events are live), false otherwise. */
  start(): Promise<boolean>;
  /** Whether Mutter's watches are armed now; when false the engine keeps sampling. */
  isLive(): boolean;
  subscribe(listener: (event: IdleWatchEvent) => void): () => void;
  /** Moves the idle watch to a new threshold (the engine's away time). */
  setThreshold(thresholdMs: number): Promise<void>;
  /** Mutter's idle time in ms (`GetIdletime`), or null when unknown. */
  readIdleMs(): Promise<number | null>;
  stop(): void;
}

const MUTTER = {
  destination: 'org.gnome.Mutter.IdleMonitor',
  path: '/org/gnome/Mutter/IdleMonitor/Core',
  interface: 'org.gnome.Mutter.IdleMonitor',
};

function asNumber(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Away and back from GNOME Mutter's idle monitor on the session bus. */
export function createMutterIdleWatch(session: DbusConnection, initialThresholdMs: number): MutterIdleWatch {
  const listeners = new Set<(event: IdleWatchEvent) => void>();
  let thresholdMs = initialThresholdMs;
  let idleWatch: number | null = null;
  let activeWatch: number | null = null;
  let away = false;
  let live = false;
  // Bumped on every re-arm, so the answers of an older arming are dropped.
  let generation = 0;
  // Ids fired before the reply that named them was read (a signal can overtake the reply's continuation).
  const early = new Set<number>();
  let fired: Subscription | null = null;
  let owner: Subscription | null = null;
  let offState: (() => void) | null = null;
  let started: Promise<boolean> | null = null;

  function tell(event: IdleWatchEvent): void {
    for (const listener of [...listeners]) listener(event);
  }

  async function addWatch(member: 'AddIdleWatch' | 'AddUserActiveWatch'): Promise<number | null> {
    const body = member === 'AddIdleWatch' ? { signature: 't', body: [thresholdMs] } : {};
    return asNumber((await session.call({ ...MUTTER, member, ...body }))?.[0]);
  }

  function removeWatch(id: number | null): void {
    if (id !== null) void session.call({ ...MUTTER, member: 'RemoveWatch', signature: 'u', body: [id] });
  }

  async function watchForReturn(armedIn: number): Promise<void> {
    const id = await addWatch('AddUserActiveWatch');
    if (armedIn !== generation) return;
    activeWatch = id;
    if (id !== null && early.delete(id)) onFired([id]);
  }

  function goneAway(armedIn: number): void {
    if (away) return;
    away = true;
    tell({ type: 'away', idleMs: thresholdMs });
    void watchForReturn(armedIn);
  }

  function onFired(body: readonly unknown[]): void {
    const id = asNumber(body[0]);
    if (id === null) return;
    if (id === idleWatch) goneAway(generation);
    else if (id === activeWatch) {
      activeWatch = null;
      if (!away) return;
      away = false;
      tell({ type: 'back' });
    } else if (early.size < 8) early.add(id);
  }

  function lose(): void {
    generation++;
    early.clear();
    idleWatch = activeWatch = null;
    if (!live) return;
    live = false;
    tell({ type: 'unavailable' });
  }

  /** Adds the watches on the current Mutter; if the user is already idle past the threshold, that is 'away' now. */
  async function arm(): Promise<boolean> {
    const armedIn = ++generation;
    const id = await addWatch('AddIdleWatch');
    if (armedIn !== generation) return live;
    if (id === null) {
      lose();
      return false;
    }
    idleWatch = id;
    activeWatch = null;
    early.delete(id);
    if (!live) {
      live = true;
      tell({ type: 'live' });
    }
    // Mutter only fires when idle time crosses the threshold, so one already crossed is read here.
    const idle = asNumber((await session.call({ ...MUTTER, member: 'GetIdletime' }))?.[0]);
    if (armedIn !== generation) return live;
    if (idle !== null && idle >= thresholdMs) goneAway(armedIn);
    else if (away && idle !== null) {
      away = false;
      tell({ type: 'back' });
    }
    return true;
  }

  return {
    start() {
      started ??= (async () => {
        fired = session.subscribe({ ...MUTTER, member: 'WatchFired' }, onFired);
        const armings: Promise<boolean>[] = [];
        owner = session.watchNameOwner(MUTTER.destination, (name) => {
          if (!name) lose();
          armings.push(name ? arm() : Promise.resolve(false));
        });
        offState = session.onStateChange((state) => {
          if (state === 'down') lose();
        });
        await fired.ready;
        await owner.ready;
        return (await armings[0]) ?? false;
      })();
      return started;
    },
    isLive: () => live,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async setThreshold(next) {
      if (next === thresholdMs) return;
      thresholdMs = next;
      if (!live) return;
      removeWatch(idleWatch);
      removeWatch(activeWatch);
      await arm();
    },
    async readIdleMs() {
      return asNumber((await session.call({ ...MUTTER, member: 'GetIdletime' }))?.[0]);
    },
    stop() {
      removeWatch(idleWatch);
      removeWatch(activeWatch);
      generation++;
      idleWatch = activeWatch = null;
      live = false;
      fired?.close();
      owner?.close();
      offState?.();
      listeners.clear();
    },
  };
}

const KDE_SCREENSAVER = {
  destination: 'org.freedesktop.ScreenSaver',
  interface: 'org.freedesktop.ScreenSaver',
};
// KDE serves the interface on both paths; the first is the standard one.
const KDE_PATHS = ['/org/freedesktop/ScreenSaver', '/ScreenSaver'] as const;

/** Reads KDE's session idle time in seconds; null when no such service answers. */
export function createKdeIdleReader(session: DbusConnection): { readIdleSeconds(): Promise<number | null> } {
  let preferred: string | null = null;
  return {
    async readIdleSeconds() {
      for (const path of preferred ? [preferred] : KDE_PATHS) {
        const reply = await session.call({ ...KDE_SCREENSAVER, path, member: 'GetSessionIdleTime' });
        const seconds = asNumber(reply?.[0]);
        if (seconds !== null) {
          preferred = path;
          return seconds;
        }
      }
      return null;
    },
  };
}
