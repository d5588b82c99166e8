/** Screen lock, sleep and shutdown from Electron's powerMonitor, as typed callbacks. */
/** What the engine hears about the machine's state. */
interface PowerHandlers {
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

/** The part of Electron's powerMonitor used here. */
interface PowerEventSource {
  on(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/** Subscribes `handlers` to powerMonitor; returns the unsubscribe function. */
export function watchPowerEvents(powerMonitor: PowerEventSource, handlers: Partial<PowerHandlers>): () => void {
  const subscriptions: [string, () => void][] = [];
  for (const [event, name] of Object.entries(events)) {
    const handler = handlers[name];
    if (!handler) continue;
    const listener = (): void => handler();
    powerMonitor.on(event, listener);
    subscriptions.push([event, listener]);
  }
  return () => {
    for (const [event, listener] of subscriptions) powerMonitor.removeListener(event, listener);
  };
}
