/**
 * A desktop notification server (org.freedesktop.Notifications at /org/freedesktop/Notifications) as
 * KDE Plasma serves it: with an `Inhibited` property (plasma-workspace libnotificationmanager/dbus/
 * org.freedesktop.Notifications.xml) that is true while Do Not Disturb is on. Servers that lack the
 * property (most outside Plasma) are played with `inhibited: undefined`; a value of the wrong type with
 * a string.
 */
import { defineInterface, type PropertyDefinition } from 'dbus-native';
import { startFakeService, type FakeService } from './fake-service.ts';

export interface FakeNotifications extends FakeService {
  setInhibited(inhibited: boolean): void;
}

/** Plays the notification server on the (test) session bus at `address`. */
export async function startFakeNotifications(
  address: string,
  options: { inhibited: boolean | string | undefined },
): Promise<FakeNotifications> {
  const { inhibited } = options;
  const properties: Record<string, PropertyDefinition> =
    inhibited === undefined
      ? {}
      : { Inhibited: { type: typeof inhibited === 'boolean' ? 'b' : 's', access: 'read', value: inhibited } };
  const notifications = defineInterface({
    name: 'org.freedesktop.Notifications',
    properties,
  });
  const service = await startFakeService(address, 'org.freedesktop.Notifications', [
    ['/org/freedesktop/Notifications', notifications],
  ]);
  return {
    ...service,
    setInhibited(next) {
      (notifications.impl as { Inhibited: boolean }).Inhibited = next;
    },
  };
}
