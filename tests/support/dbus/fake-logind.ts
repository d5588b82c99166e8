/**
 * systemd-logind as Tend sees it: the Manager finds a session by id (or "auto") or by PID, and the
 * Session object sends Lock / Unlock and carries LockedHint (announced with PropertiesChanged).
 */
import { defineInterface } from 'dbus-native';
import { dbusError, startFakeService, type FakeService } from './fake-service.ts';

export interface FakeLogind extends FakeService {
  readonly sessionPath: string;
  lock(): void;
  unlock(): void;
  setLockedHint(locked: boolean): void;
}

export interface FakeLogindOptions {
  sessionId: string;
  /** Processes that belong to the session (GetSessionByPID). */
  pids?: readonly number[];
  /** Whether GetSession("auto") finds the session (the caller's display session). */
  auto?: boolean;
  lockedHint?: boolean;
}

const SESSION = 'org.freedesktop.login1.Session';

/** Plays logind on the (test) system bus at `address`. */
export async function startFakeLogind(address: string, options: FakeLogindOptions): Promise<FakeLogind> {
  const sessionPath = `/org/freedesktop/login1/session/${options.sessionId}`;
  const noSuchSession = (what: string): Error =>
    dbusError('org.freedesktop.login1.NoSuchSession', `No session ${what}`);
  const manager = defineInterface({
    name: 'org.freedesktop.login1.Manager',
    methods: {
      GetSession: {
        in: { session_id: 's' },
        out: { object_path: 'o' },
        handler: ({ session_id }: { session_id: string }) => {
          if (session_id === options.sessionId || (session_id === 'auto' && options.auto)) return sessionPath;
          throw noSuchSession(session_id);
        },
      },
      GetSessionByPID: {
        in: { pid: 'u' },
        out: { object_path: 'o' },
        handler: ({ pid }: { pid: number }) => {
          if (options.pids?.includes(pid)) return sessionPath;
          throw noSuchSession(`for PID ${String(pid)}`);
        },
      },
    },
  });
  const session = defineInterface({
    name: SESSION,
    properties: { LockedHint: { type: 'b', access: 'read', value: options.lockedHint ?? false } },
    signals: { Lock: {}, Unlock: {} },
  });
  const service = await startFakeService(address, 'org.freedesktop.login1', [
    ['/org/freedesktop/login1', manager],
    [sessionPath, session],
  ]);
  return {
    ...service,
    sessionPath,
    lock: () => session.emit['Lock']?.(),
    unlock: () => session.emit['Unlock']?.(),
    setLockedHint(locked) {
      (session.impl as { LockedHint: boolean }).LockedHint = locked;
      service.bus.emitPropertiesChanged(sessionPath, SESSION, { LockedHint: locked });
    },
  };
}
