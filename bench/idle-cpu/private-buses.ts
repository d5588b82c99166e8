/**
 * A session bus and a stand-in system bus (two plain dbus-daemons on sockets in a temporary folder), so
 * the booted main bundle connects to both as on a desktop. Without a system bus its D-Bus adapter
 * would retry every 1, 2, 4… s: wake-ups a real desktop never sees. Nothing answers for logind or
 * Mutter on them: the screen lock is unseen and idle is sampled, as on X11 KDE or Xfce.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The buses' addresses, in the environment variables libdbus reads, and how to stop them. */
export interface PrivateBuses {
  env: { DBUS_SESSION_BUS_ADDRESS: string; DBUS_SYSTEM_BUS_ADDRESS: string };
  stop(): Promise<void>;
}

// As the D-Bus tests and .ci/run find it.
const dbusDaemon = process.env['TEND_DBUS_DAEMON'] ?? '/usr/bin/dbus-daemon';

/** Whether dbus-daemon (Debian's dbus package) is installed. */
export function hasDbusDaemon(): boolean {
  return spawnSync(dbusDaemon, ['--version'], { stdio: 'ignore' }).status === 0;
}

async function startBus(socket: string): Promise<ChildProcess> {
  const daemon = spawn(dbusDaemon, ['--session', '--nofork', `--address=unix:path=${socket}`], {
    stdio: 'ignore',
  });
  for (let waited = 0; !existsSync(socket); waited += 20) {
    if (waited > 5_000 || daemon.exitCode !== null)
      throw new Error(`dbus-daemon did not listen on ${socket}`);
    await sleep(20);
  }
  return daemon;
}

/** Starts both buses with their sockets in `dir`. */
export async function startPrivateBuses(dir: string): Promise<PrivateBuses> {
  const session = await startBus(join(dir, 'session-bus'));
  const system = await startBus(join(dir, 'system-bus'));
  return {
    env: {
      DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dir, 'session-bus')}`,
      DBUS_SYSTEM_BUS_ADDRESS: `unix:path=${join(dir, 'system-bus')}`,
    },
    async stop() {
      await Promise.all(
        [session, system].map(async (daemon) => {
          if (daemon.exitCode !== null || daemon.signalCode !== null) return;
          const gone = new Promise((done) => daemon.once('exit', done));
          daemon.kill('SIGTERM');
          await gone;
        }),
      );
    },
  };
}
