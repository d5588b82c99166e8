/**
 * What every fake desktop service shares: its own connection to a test bus (the same library Tend
 * uses, over the real protocol), objects exported on it, then its well-known name requested, so a
 * client never sees the name before the objects behind it.
 */
import { createClient, type DefinedInterface, type MessageBus } from 'dbus-native';

export interface FakeService {
  readonly bus: MessageBus;
  /** Leaves the bus: its names go, as when the real service exits. */
  close(): Promise<void>;
}

/** Connects to `address`, exports `objects` ([path, interface]) and takes `name`. */
export async function startFakeService(
  address: string,
  name: string,
  objects: readonly (readonly [string, DefinedInterface])[],
): Promise<FakeService> {
  // timeout 0: the fakes arm no timers of their own, so tests that count timers count Tend's only.
  const bus = createClient({ busAddress: address, timeout: 0 });
  bus.connection.on('error', () => {});
  for (const [path, definition] of objects) await bus.export(path, definition);
  const registration = await bus.ownName(name);
  if (!registration.isPrimaryOwner) throw new Error(`${name} is already owned on ${address}`);
  return {
    bus,
    async close() {
      await bus.close();
    },
  };
}

/** A D-Bus error reply, as a real service would raise it. */
export function dbusError(dbusName: string, message: string): Error {
  return Object.assign(new Error(message), { dbusName });
}
