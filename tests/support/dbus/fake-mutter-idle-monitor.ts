/**
 * GNOME Mutter's idle monitor (org.gnome.Mutter.IdleMonitor at /org/gnome/Mutter/IdleMonitor/Core), as
 * Mutter behaves: an idle watch fires WatchFired(id) each time idle time reaches its interval and stays
 * until removed; a user-active watch fires once, at the next input, and is gone. The test moves idle
 * time with `setIdleMs` (0 is input). Source: GNOME/mutter `src/backends/meta-idle-monitor.c` (a watch with
 * timeout 0 is removed after firing) and `meta-idle-monitor-dbus.c` (WatchFired(u) is sent to the adder).
 */
import { defineInterface } from 'dbus-native';
import { startFakeService, type FakeService } from './fake-service.ts';

export interface FakeMutterIdleMonitor extends FakeService {
  setIdleMs(ms: number): void;
  /** Watches currently added, for checking that Tend cleans up after itself. */
  watchCount(): number;
}

/** Plays Mutter's idle monitor on the (test) session bus at `address`. */
export async function startFakeMutterIdleMonitor(address: string): Promise<FakeMutterIdleMonitor> {
  let idleMs = 0;
  let nextId = 1;
  const idleWatches = new Map<number, number>();
  const activeWatches = new Set<number>();
  const monitor = defineInterface({
    name: 'org.gnome.Mutter.IdleMonitor',
    methods: {
      GetIdletime: { out: { idletime: 't' }, handler: () => idleMs },
      AddIdleWatch: {
        in: { interval: 't' },
        out: { id: 'u' },
        // 64-bit values arrive as bigint.
        handler: ({ interval }: { interval: bigint | number }) => {
          idleWatches.set(nextId, Number(interval));
          return nextId++;
        },
      },
      AddUserActiveWatch: {
        out: { id: 'u' },
        handler: () => {
          activeWatches.add(nextId);
          return nextId++;
        },
      },
      RemoveWatch: {
        in: { id: 'u' },
        handler: ({ id }: { id: number }) => {
          idleWatches.delete(id);
          activeWatches.delete(id);
          return null;
        },
      },
    },
    signals: { WatchFired: { args: { id: 'u' } } },
  });
  const service = await startFakeService(address, 'org.gnome.Mutter.IdleMonitor', [
    ['/org/gnome/Mutter/IdleMonitor/Core', monitor],
  ]);
  const fire = (id: number): void => monitor.emit['WatchFired']?.(id);
  return {
    ...service,
    setIdleMs(ms) {
      const before = idleMs;
      idleMs = ms;
      if (ms < before) {
        for (const id of [...activeWatches]) {
          activeWatches.delete(id);
          fire(id);
        }
      }
      for (const [id, interval] of idleWatches) if (before < interval && ms >= interval) fire(id);
    },
    watchCount: () => idleWatches.size + activeWatches.size,
  };
}
