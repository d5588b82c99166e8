/**
 * Private D-Bus buses for tests: Debian's dbus-daemon with a generated configuration, listening on a
 * socket in a temporary folder, permissive (anyone may own any name and send anything), so a test can
 * play logind on its own "system" bus without root. A bus can be stopped and started again on the same
 * address, as a system bus restart looks to its clients. Every daemon is killed when the test process
 * exits, whatever happened to the test.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DBUS_DAEMON = process.env['TEND_DBUS_DAEMON'] ?? '/usr/bin/dbus-daemon';

/** Whether a dbus-daemon is installed here (`.ci/run` installs Debian's when missing). */
export const hasDbusDaemon = existsSync(DBUS_DAEMON);

export interface TestBus {
  /** The address clients connect to; the same after `restart()`. */
  readonly address: string;
  /** Stops the daemon (clients see the bus go away). */
  stop(): Promise<void>;
  /** Starts it again on the same address. */
  start(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function config(socketPath: string): string {
  // The same permissive policy for both kinds: the fake "system" bus needs no root to own org.freedesktop.login1.
  return `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <listen>unix:path=${socketPath}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
    <allow user="*"/>
  </policy>
</busconfig>
`;
}

function launch(configPath: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      DBUS_DAEMON,
      ['--nofork', '--nopidfile', '--print-address', `--config-file=${configPath}`],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    running.add(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // The address is printed once the socket is listening.
    child.stdout.once('data', () => {
      resolve(child);
    });
    child.once('exit', (code) => {
      running.delete(child);
      reject(new Error(`dbus-daemon exited (${String(code)}): ${stderr}`));
    });
    child.once('error', reject);
  });
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    // SIGTERM lets the daemon remove its socket, so the same path can be listened on again.
    child.kill('SIGTERM');
  });
}

/** Starts a private bus of `type` in its own temporary folder. */
export async function startTestBus(
  type: 'session' | 'system',
): Promise<TestBus & { dispose(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), `tend-dbus-${type}-`));
  const socketPath = join(dir, 'bus');
  const configPath = join(dir, 'bus.conf');
  writeFileSync(configPath, config(socketPath));
  let child: ChildProcess | null = await launch(configPath);
  return {
    address: `unix:path=${socketPath}`,
    async stop() {
      if (child) await terminate(child);
      child = null;
    },
    async start() {
      child ??= await launch(configPath);
    },
    async dispose() {
      if (child) await terminate(child);
      child = null;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
