/**
 * Whether a StatusNotifierItem host can show Tend's tray icon (PLATFORMS.md "Tray"): the session bus has
 * an owner for org.kde.StatusNotifierWatcher and its `IsStatusNotifierHostRegistered` is true. Stock
 * GNOME Shell has neither; KDE, and GNOME with the AppIndicator extension, have both. Kept current from
 * the name's owner, the watcher's StatusNotifierHostRegistered/Unregistered signals and
 * PropertiesChanged. `null` means unknown (the session bus is away).
 */
import type { DbusConnection, Subscription } from './dbus-connection.ts';

export interface TrayHostWatch {
  /** Starts watching; resolves with the first answer. */
  start(): Promise<boolean | null>;
  hasHost(): boolean | null;
  /** Hears each change of the answer; returns the unsubscribe function. */
  subscribe(listener: (hasHost: boolean | null) => void): () => void;
  stop(): void;
}

const WATCHER = {
  destination: 'org.kde.StatusNotifierWatcher',
  path: '/StatusNotifierWatcher',
  interface: 'org.kde.StatusNotifierWatcher',
};
const PROPERTY = 'IsStatusNotifierHostRegistered';

/** Watches for a StatusNotifierItem host on the session bus. */
export function createTrayHostWatch(session: DbusConnection): TrayHostWatch {
  const listeners = new Set<(hasHost: boolean | null) => void>();
  const subscriptions: Subscription[] = [];
  let offState: (() => void) | null = null;
  let value: boolean | null = null;
  let owned = false;
  // Bumped by every event, so a read that an owner change overtook is dropped.
  let generation = 0;
  let started: Promise<boolean | null> | null = null;

  function set(next: boolean | null): void {
    if (next === value) return;
    value = next;
    for (const listener of [...listeners]) listener(next);
  }

  async function read(): Promise<void> {
    const asked = ++generation;
    const registered = await session.getProperty(
      WATCHER.destination,
      WATCHER.path,
      WATCHER.interface,
      PROPERTY,
    );
    if (asked !== generation || !owned) return;
    // A watcher that cannot say (an error reply) is a watcher without a host worth trusting.
    set(registered === true);
  }

  const onWatcherSignal = (member: string): Subscription =>
    session.subscribe({ sender: WATCHER.destination, interface: WATCHER.interface, member }, () => {
      if (owned) void read();
    });

  return {
    start() {
      started ??= (async () => {
        let first: Promise<void> = Promise.resolve();
        subscriptions.push(
          onWatcherSignal('StatusNotifierHostRegistered'),
          onWatcherSignal('StatusNotifierHostUnregistered'),
          session.subscribe(
            {
              sender: WATCHER.destination,
              path: WATCHER.path,
              interface: 'org.freedesktop.DBus.Properties',
              member: 'PropertiesChanged',
              arg0: WATCHER.interface,
            },
            (body) => {
              const changed = body[1] as Record<string, unknown> | undefined;
              if (!owned) return;
              generation++;
              if (changed && typeof changed[PROPERTY] === 'boolean') set(changed[PROPERTY]);
              else void read();
            },
          ),
          session.watchNameOwner(WATCHER.destination, (owner) => {
            owned = owner !== null;
            generation++;
            if (owned) first = read();
            else set(false);
          }),
        );
        offState = session.onStateChange((state) => {
          if (state !== 'down') return;
          owned = false;
          generation++;
          set(null);
        });
        await Promise.all(subscriptions.map((s) => s.ready));
        await first;
        return value;
      })();
      return started;
    },
    hasHost: () => value,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      for (const subscription of subscriptions.splice(0)) subscription.close();
      offState?.();
      listeners.clear();
    },
  };
}
