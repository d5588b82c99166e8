/**
 * A Linux desktop's two buses for one test: a private session bus and a private "system" bus, Tend's
 * connections to them (with a logger that records), and everything started on them, torn down in
 * `dispose()` — call it from afterEach so a failing test still leaves no daemon behind.
 */
import type { BusKind } from '../../../electron/main/system/dbus/bus-address.ts';
import {
  createDbusConnection,
  type DbusConnection,
  type DbusConnectionOptions,
} from '../../../electron/main/system/dbus/dbus-connection.ts';
import type { Logger } from '../../../electron/main/app/logger.ts';
import { startTestBus, type TestBus } from './dbus-daemon.ts';
import type { FakeService } from './fake-service.ts';

export interface RecordedLine {
  level: 'info' | 'warn' | 'error';
  message: string;
}

export interface TestDesktop {
  readonly session: TestBus;
  readonly system: TestBus;
  readonly lines: RecordedLine[];
  readonly logger: Logger;
  /** Tend's connection to one of the buses (closed on dispose). */
  connect(kind: BusKind, options?: Partial<DbusConnectionOptions>): DbusConnection;
  /** Registers a fake service to close on dispose; returns it. */
  track<T extends FakeService>(service: T): T;
  dispose(): Promise<void>;
}

/** Starts both buses. */
export async function startTestDesktop(): Promise<TestDesktop> {
  const [session, system] = await Promise.all([startTestBus('session'), startTestBus('system')]);
  const lines: RecordedLine[] = [];
  const record =
    (level: RecordedLine['level']) =>
    (message: string): void => {
      lines.push({ level, message });
    };
  const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
  const connections: DbusConnection[] = [];
  const services: FakeService[] = [];
  return {
    session,
    system,
    lines,
    logger,
    connect(kind, options = {}) {
      const bus = kind === 'session' ? session : system;
      const connection = createDbusConnection({
        kind,
        address: bus.address,
        logger,
        callTimeoutMs: 5_000,
        ...options,
      });
      connections.push(connection);
      return connection;
    },
    track(service) {
      services.push(service);
      return service;
    },
    async dispose() {
      await Promise.allSettled([...connections, ...services].map((c) => c.close()));
      await Promise.allSettled([session.dispose(), system.dispose()]);
    },
  };
}

/**
 * Waits until everything `service` sent before now has reached `connection`: a call to the service is
 * answered after the signals it emitted earlier, and the bus keeps each sender's messages in order.
 */
export async function roundTrip(connection: DbusConnection, service: FakeService): Promise<void> {
  const name = service.bus.name;
  if (!name) throw new Error('The fake service has no unique name yet');
  const reply = await connection.call({
    destination: name,
    path: '/',
    interface: 'org.freedesktop.DBus.Peer',
    member: 'Ping',
  });
  if (reply === null) throw new Error('The fake service did not answer Ping');
}

/**
 * Waits until `check` passes, yielding with setImmediate. Unlike vi.waitFor it never advances fake
 * timers, so a test that fakes them can show that nothing needed a timer to fire.
 */
export async function eventually(check: () => void, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    try {
      check();
      return;
    } catch (error) {
      if (performance.now() > deadline) throw error;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
}
