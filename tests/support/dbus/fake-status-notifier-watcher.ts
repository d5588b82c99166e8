/**
 * KDE's StatusNotifierWatcher (org.kde.StatusNotifierWatcher at /StatusNotifierWatcher): a tray that
 * shows StatusNotifierItems registers itself as a host, and the watcher says so with
 * StatusNotifierHostRegistered and its IsStatusNotifierHostRegistered property.
 */
import { defineInterface } from 'dbus-native';
import { startFakeService, type FakeService } from './fake-service.ts';

export interface FakeStatusNotifierWatcher extends FakeService {
  registerHost(): void;
  unregisterHost(): void;
}

/** Plays the watcher on the (test) session bus at `address`, with or without a host yet. */
export async function startFakeStatusNotifierWatcher(
  address: string,
  options: { host: boolean },
): Promise<FakeStatusNotifierWatcher> {
  const watcher = defineInterface({
    name: 'org.kde.StatusNotifierWatcher',
    properties: {
      IsStatusNotifierHostRegistered: { type: 'b', access: 'read', value: options.host },
      ProtocolVersion: { type: 'i', access: 'read', value: 0 },
    },
    signals: { StatusNotifierHostRegistered: {}, StatusNotifierHostUnregistered: {} },
  });
  const service = await startFakeService(address, 'org.kde.StatusNotifierWatcher', [
    ['/StatusNotifierWatcher', watcher],
  ]);
  const setHost = (host: boolean): void => {
    (watcher.impl as { IsStatusNotifierHostRegistered: boolean }).IsStatusNotifierHostRegistered = host;
    watcher.emit[host ? 'StatusNotifierHostRegistered' : 'StatusNotifierHostUnregistered']?.();
  };
  return { ...service, registerHost: () => setHost(true), unregisterHost: () => setHost(false) };
}
