/**
 * One D-Bus connection (session or system bus) for everything Tend asks of the Linux desktop, on
 * dbus-native (pure JavaScript, nothing to rebuild for Electron).
 *
 * - Lazy: nothing connects until the first call or subscription.
 * - Quiet: no timer while connected or while nothing is asked. A call carries a deadline that is
 *   cleared with its reply, so it never wakes the process; the library's own reconnect (which retries
 *   for ever) stays off.
 * - Survives the bus going away: while it is down every answer is `null` ("unknown") and one line is
 *   logged per outage. While something is subscribed, reconnection is retried with a doubling delay
 *   capped at `maxRetryDelayMs`; with no subscriber the next ask tries again, so an idle Tend arms
 *   nothing. On return, match rules are put back and state listeners hear 'up' (so sources re-read).
 */
import { createClient, type DBusError, type Message, type MessageBus } from 'dbus-native';
import type { Logger } from '../../app/logger.ts';
import type { BusKind } from './bus-address.ts';
import { matches, matchRule, type SignalMatch } from './match-rule.ts';

/** 'idle': never asked; 'connecting'; 'up'; 'down': unreachable (answers are unknown). */
export type BusState = 'idle' | 'connecting' | 'up' | 'down';

/** A method to call: who, where, what, and the arguments with their D-Bus signature. */
export interface MethodCall {
  destination: string;
  path: string;
  interface: string;
  member: string;
  signature?: string;
  body?: readonly unknown[];
}

export type SignalHandler = (body: readonly unknown[], origin: { path: string; sender: string }) => void;

/** A live subscription. `ready` says whether it is in place on the bus now (false: bus unavailable). */
export interface Subscription {
  readonly ready: Promise<boolean>;
  close(): void;
}

export interface DbusConnection {
  readonly kind: BusKind;
  readonly state: BusState;
  /** The reply's values, or null when the bus is down, the call failed or it ran out of time. */
  call(method: MethodCall): Promise<unknown[] | null>;
  /** A property's value (variants unwrapped), or null when it cannot be read. */
  getProperty(destination: string, path: string, iface: string, name: string): Promise<unknown>;
  subscribe(match: SignalMatch, handler: SignalHandler): Subscription;
  /** Reports `name`'s owner (null: none) once connected, again after every reconnect, and on each change. */
  watchNameOwner(name: string, handler: (owner: string | null) => void): Subscription;
  /** Hears 'up' and 'down' transitions; returns the unsubscribe function. */
  onStateChange(listener: (state: 'up' | 'down') => void): () => void;
  /** Disconnects for good: no more retries, every later answer is null. */
  close(): Promise<void>;
}

export interface DbusConnectionOptions {
  kind: BusKind;
  /** The bus address (see `busAddressFromEnv`); null when the environment names none. */
  address: string | null;
  logger: Logger;
  /** Deadline for connecting and for each call. */
  callTimeoutMs?: number;
  firstRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

const DEFAULT_CALL_TIMEOUT_MS = 10_000;
const DEFAULT_FIRST_RETRY_MS = 1_000;
// Five minutes: at most 12 wake-ups an hour while a bus Tend listens to stays away.
const DEFAULT_MAX_RETRY_MS = 5 * 60_000;
const SIGNAL = 4;
const DBUS = {
  destination: 'org.freedesktop.DBus',
  path: '/org/freedesktop/DBus',
  interface: 'org.freedesktop.DBus',
};

function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return 'closed';
  const code = (error as NodeJS.ErrnoException).code;
  return code ?? error.message;
}

/** A reply's values (null: an error reply or none); `gone`: no reply because the connection closed. */
type Reply = (values: unknown[] | null, gone: boolean) => void;

interface Listener {
  match: SignalMatch;
  rule: string;
  handler: SignalHandler;
}

/** A lazily connecting, self-healing connection to one bus. */
export function createDbusConnection(options: DbusConnectionOptions): DbusConnection {
  const { kind, address, logger } = options;
  const callTimeoutMs = options.callTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const firstRetryMs = options.firstRetryDelayMs ?? DEFAULT_FIRST_RETRY_MS;
  const maxRetryMs = options.maxRetryDelayMs ?? DEFAULT_MAX_RETRY_MS;

  let state: BusState = 'idle';
  let told: 'up' | 'down' | null = null;
  let bus: MessageBus | null = null;
  let connecting: Promise<MessageBus | null> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let attempt = 0;
  let outageLogged = false;
  let closed = false;
  const listeners = new Set<Listener>();
  // Match rules wanted, counted (two listeners may share one), and those sent on the current connection.
  const ruleCounts = new Map<string, number>();
  const installed = new Map<string, Promise<boolean>>();
  const stateListeners = new Set<(state: 'up' | 'down') => void>();

  function setState(next: BusState): void {
    state = next;
    // Listeners hear transitions only: a retry that fails again is not news.
    if ((next === 'up' || next === 'down') && told !== next) {
      told = next;
      for (const listener of [...stateListeners]) listener(next);
    }
  }

  /** Calls on `current`; `onReply` runs as the reply is read, in order with the signals around it. */
  function send(current: MessageBus, message: Message, onReply: Reply): void {
    current.invoke(message, { timeout: callTimeoutMs }, (error: DBusError | null, ...values: unknown[]) => {
      onReply(error ? null : values, (error as { code?: string } | null)?.code === 'ECONNCLOSED');
    });
  }

  function installRule(current: MessageBus, rule: string): Promise<boolean> {
    let done = installed.get(rule);
    if (!done) {
      done = new Promise((resolve) => {
        send(current, { ...DBUS, member: 'AddMatch', signature: 's', body: [rule] }, (reply) => {
          resolve(reply !== null);
        });
      });
      installed.set(rule, done);
    }
    return done;
  }

  function dispatch(message: Message): void {
    if (message.type !== SIGNAL) return;
    for (const listener of [...listeners]) {
      if (!listeners.has(listener) || !matches(listener.match, message)) continue;
      try {
        listener.handler(message.body ?? [], { path: message.path ?? '', sender: message.sender ?? '' });
      } catch (error) {
        logger.error(`D-Bus ${kind} bus: a handler for ${listener.match.member} failed`, error);
      }
    }
  }

  /** The bus is unreachable (never came, or went): log once per outage, go down, maybe retry. */
  function lost(why: string, wasUp: boolean): void {
    bus = null;
    installed.clear();
    if (!outageLogged) {
      outageLogged = true;
      const what = wasUp ? 'went away' : 'is unavailable';
      logger.warn(`D-Bus ${kind} bus ${what} (${why}); what it reports is unknown until it returns.`);
    }
    setState('down');
    scheduleRetry();
  }

  function scheduleRetry(): void {
    if (closed || retryTimer || listeners.size === 0) return;
    const delay = Math.min(maxRetryMs, firstRetryMs * 2 ** attempt);
    attempt++;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
  }

  function cancelRetry(): void {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
  }

  /** Dials and authenticates; resolves with the client once it is the current bus, or null. */
  function open(): Promise<MessageBus | null> {
    if (address === null) {
      lost('no bus address', false);
      return Promise.resolve(null);
    }
    let client: MessageBus;
    try {
      client = createClient({ busAddress: address, timeout: 0, returnBigInt: false });
    } catch (error) {
      lost(reasonOf(error), false);
      return Promise.resolve(null);
    }
    const connection = client.connection;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (ok: boolean, why = ''): void => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        if (ok) {
          bus = client;
          resolve(client);
          return;
        }
        connection.stream.destroy();
        lost(why, false);
        resolve(null);
      };
      // The handshake waits on the bus; a bus that accepts and never answers must not hang Tend.
      const deadline = setTimeout(() => {
        settle(false, 'no answer');
      }, callTimeoutMs);
      // Without an 'error' listener a refused socket would be thrown at the process.
      connection.on('error', (error: Error) => {
        settle(false, reasonOf(error));
      });
      connection.on('close', (cause?: Error) => {
        if (!settled) settle(false, reasonOf(cause));
        else if (bus === client) lost(reasonOf(cause), true);
      });
      connection.on('message', dispatch);
      connection.once('connect', () => {
        settle(true);
      });
    });
  }

  function connect(): Promise<MessageBus | null> {
    if (connecting) return connecting;
    state = 'connecting';
    const pending = open().then(async (client) => {
      if (!client) return null;
      if (closed) {
        await client.close();
        return null;
      }
      attempt = 0;
      outageLogged = false;
      await Promise.all([...ruleCounts.keys()].map((rule) => installRule(client, rule)));
      if (bus !== client) return null;
      setState('up');
      return client;
    });
    connecting = pending;
    void pending.finally(() => {
      if (connecting === pending) connecting = null;
    });
    return pending;
  }

  function ensureBus(): Promise<MessageBus | null> {
    if (closed) return Promise.resolve(null);
    if (bus && state === 'up') return Promise.resolve(bus);
    if (connecting) return connecting;
    // Down and waiting to retry: answer "unknown" now rather than hammer a bus that is away.
    if (retryTimer) return Promise.resolve(null);
    return connect();
  }

  /** Calls `method`; `onReply` runs in order with the signals read around the reply. */
  async function callInOrder(method: MethodCall, onReply: Reply): Promise<void> {
    const current = await ensureBus();
    if (!current) {
      onReply(null, true);
      return;
    }
    const { body, ...rest } = method;
    await new Promise<void>((resolve) => {
      send(current, body ? { ...rest, body: [...body] } : rest, (values, gone) => {
        onReply(values, gone);
        resolve();
      });
    });
  }

  async function call(method: MethodCall): Promise<unknown[] | null> {
    let result: unknown[] | null = null;
    await callInOrder(method, (values) => {
      result = values;
    });
    return result;
  }

  async function getProperty(
    destination: string,
    path: string,
    iface: string,
    name: string,
  ): Promise<unknown> {
    const reply = await call({
      destination,
      path,
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: [iface, name],
    });
    return reply?.[0] ?? null;
  }

  function subscribe(match: SignalMatch, handler: SignalHandler): Subscription {
    const listener: Listener = { match, rule: matchRule(match), handler };
    listeners.add(listener);
    ruleCounts.set(listener.rule, (ruleCounts.get(listener.rule) ?? 0) + 1);
    const ready = ensureBus().then((current) => (current ? installRule(current, listener.rule) : false));
    return {
      ready,
      close() {
        if (!listeners.delete(listener)) return;
        const count = (ruleCounts.get(listener.rule) ?? 1) - 1;
        if (count > 0) {
          ruleCounts.set(listener.rule, count);
        } else {
          ruleCounts.delete(listener.rule);
          if (installed.delete(listener.rule) && bus) {
            send(bus, { ...DBUS, member: 'RemoveMatch', signature: 's', body: [listener.rule] }, () => {});
          }
        }
        // Nobody left to tell: stop retrying; the next ask reconnects.
        if (listeners.size === 0) cancelRetry();
      },
    };
  }

  function watchNameOwner(name: string, handler: (owner: string | null) => void): Subscription {
    let open = true;
    // undefined: not reported on this connection yet, so the first answer after a reconnect is told.
    let last: string | null | undefined;
    const tell = (value: unknown): void => {
      const owner = typeof value === 'string' && value !== '' ? value : null;
      if (!open || owner === last) return;
      last = owner;
      handler(owner);
    };
    const signals = subscribe(
      { ...DBUS, sender: DBUS.destination, member: 'NameOwnerChanged', arg0: name },
      (body) => {
        tell(body[2]);
      },
    );
    const report = async (): Promise<boolean> => {
      let answered = false;
      await callInOrder({ ...DBUS, member: 'GetNameOwner', signature: 's', body: [name] }, (reply, gone) => {
        // An error reply is NameHasNoOwner; a bus that went is reported through 'down', not as "no owner".
        if (gone) return;
        answered = true;
        tell(reply?.[0]);
      });
      return answered;
    };
    const offState = onStateChange((next) => {
      if (next === 'down') last = undefined;
      else void report();
    });
    const ready = signals.ready.then((inPlace) => (inPlace ? report() : false));
    return {
      ready,
      close() {
        open = false;
        offState();
        signals.close();
      },
    };
  }

  function onStateChange(listener: (next: 'up' | 'down') => void): () => void {
    stateListeners.add(listener);
    return () => stateListeners.delete(listener);
  }

  async function close(): Promise<void> {
    closed = true;
    cancelRetry();
    const current = bus;
    bus = null;
    state = 'down';
    if (current) await current.close();
  }

  return {
    kind,
    get state() {
      return state;
    },
    call,
    getProperty,
    subscribe,
    watchNameOwner,
    onStateChange,
    close,
  };
}
