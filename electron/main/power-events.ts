/** Screen lock, sleep and shutdown from Electron's powerMonitor, as typed callbacks. */
import type { PowerMonitor } from 'electron';

/** What the engine hears about the machine's state. */
export interface PowerHandlers {
  lock(): void;
  unlock(): void;
  suspend(): void;
  resume(): void;
  shutdown(): void;
}

const events = {
  'lock-screen': 'lock',
  'unlock-screen': 'unlock',
  suspend: 'suspend',
  resume: 'resume',
  shutdown: 'shutdown',
} as const satisfies Record<string, keyof PowerHandlers>;

/** Subscribes `handlers` to powerMonitor; returns the unsubscribe function. */
export function watchPowerEvents(powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>, handlers: Partial<PowerHandlers>): () => void {
  const subscriptions: [string, () => void][] = [];
  for (const [event, name] of Object.entries(events)) {
    const handler = handlers[name];
    if (!handler) continue;
    const listener = (): void => handler();
    (powerMonitor.on as (e: string, l: () => void) => void)(event, listener);
    subscriptions.push([event, listener]);
  }
  return () => {
    for (const [event, listener] of subscriptions) (powerMonitor.removeListener as (e: string, l: () => void) => void)(event, listener);
  };
}
