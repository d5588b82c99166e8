/**
 * Screen lock and unlock on Linux, where Electron reports neither (electron/electron#38088), from every
 * source a desktop may use (PLATFORMS.md "Screen lock"):
 * - logind on the system bus: the current Session object's `Lock` / `Unlock` signals and its
 *   `LockedHint` property (set by GNOME's and KDE's lockers);
 * - `ActiveChanged(bool)` on the session bus from org.gnome.ScreenSaver, org.freedesktop.ScreenSaver
 *   (KDE, on two paths) and org.cinnamon.ScreenSaver.
 * Several sources report the same lock, so only transitions are told: one 'lock', then one 'unlock'.
 *
 * A locker may send Lock and never Unlock (COSMIC: pop-os/cosmic-epoch#1764). The rule that keeps such
 * a lock from lasting for ever: while locked, input more than `inputGraceMs` after the lock means the
 * user is back, so `noteInput(lastInputAt)` reports 'unlock' (source 'input'). Feed it the time of the
 * last input whenever it is known (an idle sample: now − idle; an idle monitor's "user active"). The
 * grace keeps the key or click that locked the screen from unlocking it again.
 */
import type { DbusConnection, Subscription } from './dbus-connection.ts';

export type LockSource = 'logind' | 'logind-hint' | 'gnome' | 'freedesktop' | 'cinnamon' | 'input';

export interface LockChange {
  type: 'lock' | 'unlock';
  source: LockSource;
}

export interface ScreenLockSource {
  /** Subscribes on both buses and reads logind's LockedHint; resolves when that is done (or unknowable). */
  start(): Promise<void>;
  isLocked(): boolean;
  /** Hears each lock and unlock once; returns the unsubscribe function. */
  subscribe(listener: (change: LockChange) => void): () => void;
  /** The user's last input was at `lastInputAt` (ms): ends a lock no unlock was sent for (see above). */
  noteInput(lastInputAt: number): void;
  stop(): void;
}

export interface ScreenLockSourceOptions {
  system: DbusConnection;
  session: DbusConnection;
  /** XDG_SESSION_ID names logind's session for this process when set. */
  env: Record<string, string | undefined>;
  pid: number;
  now: () => number;
  inputGraceMs?: number;
}

const LOGIN1 = 'org.freedesktop.login1';
const MANAGER = { destination: LOGIN1, path: '/org/freedesktop/login1', interface: `${LOGIN1}.Manager` };
const SESSION_IFACE = `${LOGIN1}.Session`;
const SCREENSAVERS: readonly { iface: string; source: LockSource }[] = [
  { iface: 'org.gnome.ScreenSaver', source: 'gnome' },
  { iface: 'org.freedesktop.ScreenSaver', source: 'freedesktop' },
  { iface: 'org.cinnamon.ScreenSaver', source: 'cinnamon' },
];
const DEFAULT_INPUT_GRACE_MS = 5_000;

/** Lock and unlock events from logind and the desktops' screensavers. */
export function createScreenLockSource(options: ScreenLockSourceOptions): ScreenLockSource {
  const { system, session, env, pid, now } = options;
  const graceMs = options.inputGraceMs ?? DEFAULT_INPUT_GRACE_MS;
  const listeners = new Set<(change: LockChange) => void>();
  const subscriptions: Subscription[] = [];
  let locked = false;
  let lockedAt = 0;
  // LockedHint false means "unlocked" only from a desktop that sets it: one seen true before.
  let hintSeenTrue = false;
  let sessionPath: string | null = null;
  let started: Promise<void> | null = null;
  let finding: Promise<void> | null = null;
  let stopped = false;

  function report(type: LockChange['type'], source: LockSource): void {
    if (stopped || (type === 'lock') === locked) return;
    locked = type === 'lock';
    if (locked) lockedAt = now();
    for (const listener of [...listeners]) listener({ type, source });
  }

  function applyHint(value: unknown): void {
    if (value === true) {
      hintSeenTrue = true;
      report('lock', 'logind-hint');
    } else if (value === false && hintSeenTrue) {
      report('unlock', 'logind-hint');
    }
  }

  async function readHint(): Promise<void> {
    if (sessionPath) applyHint(await system.getProperty(LOGIN1, sessionPath, SESSION_IFACE, 'LockedHint'));
  }

  /** This process's logind session: by XDG_SESSION_ID, else by PID, else logind's "auto" (the display session). */
  async function findSession(): Promise<string | null> {
    const id = env['XDG_SESSION_ID'];
    const attempts = [
      ...(id ? [{ member: 'GetSession', signature: 's', body: [id] }] : []),
      { member: 'GetSessionByPID', signature: 'u', body: [pid] },
      { member: 'GetSession', signature: 's', body: ['auto'] },
    ];
    for (const attempt of attempts) {
      const reply = await system.call({ ...MANAGER, ...attempt });
      if (typeof reply?.[0] === 'string') return reply[0];
      // No answer at all: the bus is down, and the next attempt would say the same.
      if (system.state !== 'up') return null;
    }
    return null;
  }

  function watchSession(): Promise<void> {
    finding ??= subscribeSession().finally(() => {
      finding = null;
    });
    return finding;
  }

  async function subscribeSession(): Promise<void> {
    const path = await findSession();
    if (!path || stopped || sessionPath) return;
    sessionPath = path;
    const onSession = (member: string, handler: (body: readonly unknown[]) => void): Subscription =>
      system.subscribe({ sender: LOGIN1, path, interface: SESSION_IFACE, member }, handler);
    subscriptions.push(
      onSession('Lock', () => {
        report('lock', 'logind');
      }),
      onSession('Unlock', () => {
        report('unlock', 'logind');
      }),
      system.subscribe(
        {
          sender: LOGIN1,
          path,
          interface: 'org.freedesktop.DBus.Properties',
          member: 'PropertiesChanged',
          arg0: SESSION_IFACE,
        },
        (body) => {
          const changed = body[1] as Record<string, unknown> | undefined;
          const invalidated = body[2];
          if (changed && 'LockedHint' in changed) applyHint(changed['LockedHint']);
          else if (Array.isArray(invalidated) && invalidated.includes('LockedHint')) void readHint();
        },
      ),
    );
    await Promise.all(subscriptions.map((s) => s.ready));
    await readHint();
  }

  function start(): Promise<void> {
    started ??= (async () => {
      for (const { iface, source } of SCREENSAVERS) {
        subscriptions.push(
          session.subscribe({ interface: iface, member: 'ActiveChanged' }, (body) => {
            if (typeof body[0] === 'boolean') report(body[0] ? 'lock' : 'unlock', source);
          }),
        );
      }
      // Whenever logind is there (at start, after it or the system bus restarts): find the session if still
      // unknown, and re-read the hint, which may have changed while nobody could tell.
      subscriptions.push(
        system.watchNameOwner(LOGIN1, (owner) => {
          if (owner) void (sessionPath ? readHint() : watchSession());
        }),
      );
      await Promise.all(subscriptions.map((s) => s.ready));
      await finding;
    })();
    return started;
  }

  return {
    start,
    isLocked: () => locked,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    noteInput(lastInputAt) {
      if (locked && lastInputAt > lockedAt + graceMs) report('unlock', 'input');
    },
    stop() {
      stopped = true;
      for (const subscription of subscriptions.splice(0)) subscription.close();
      listeners.clear();
    },
  };
}
