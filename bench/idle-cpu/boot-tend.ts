/**
 * Boots the built main bundle (out/main/index.cjs) in a child Node process on the electron stand-in,
 * as a returning user (settings saved, first run done) with a fresh user data folder, no display and,
 * where dbus-daemon exists, private session and system buses (private-buses.ts), so the real D-Bus
 * adapter runs. After it settles, reads its CPU time and context switches over a real measured window
 * (proc-sample.ts); the preload's report says which timers fired meanwhile.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import type { IdleReport } from './boot-preload.ts';
import { hasDbusDaemon, startPrivateBuses, type PrivateBuses } from './private-buses.ts';
import { ratesBetween, sampleTree, type TreeRates } from './proc-sample.ts';

const root = resolve(import.meta.dirname, '../..');

/** The user at the keyboard all along ('active': idle 0) or away from an unlocked machine. */
export type IdleMode = 'active' | 'away';

export interface IdleRun extends TreeRates {
  mode: IdleMode;
  buses: boolean;
  report: IdleReport;
}

/** Waits until `ready` answers, or throws after `ms`. */
async function until(ready: () => boolean, ms: number, what: string): Promise<void> {
  for (let waited = 0; !ready(); waited += 50) {
    if (waited > ms) throw new Error(what);
    await sleep(50);
  }
}

/** Boots Tend, waits `settleMs`, measures `windowMs` of real time, then stops it. */
export async function measureIdleTend(mode: IdleMode, settleMs = 5_000, windowMs = 60_000): Promise<IdleRun> {
  const bundle = join(root, 'out/main/index.cjs');
  if (!existsSync(bundle)) throw new Error(`${bundle} is missing: run npm run -s build first`);
  // The preload and the stand-in are TypeScript, run as they are (Node 24, as .nvmrc says).
  if (!process.features.typescript)
    throw new Error(`Node ${process.version} cannot run TypeScript files: use Node 24`);
  const dir = mkdtempSync(join(tmpdir(), `tend-idle-${mode}-`));
  const userData = join(dir, 'user-data');
  mkdirSync(userData);
  writeFileSync(join(userData, 'config.json'), JSON.stringify({ ...defaultSettings(), firstRunDone: true }));
  let buses: PrivateBuses | null = null;
  let stdout = '';
  let stderr = '';
  let running = false;
  try {
    buses = hasDbusDaemon() ? await startPrivateBuses(dir) : null;
    const child = spawn(
      process.execPath,
      ['--import', join(import.meta.dirname, 'boot-preload.ts'), bundle],
      {
        cwd: root,
        stdio: ['pipe', 'pipe', 'pipe'],
        env: {
          PATH: process.env['PATH'] ?? '/usr/bin:/bin',
          ...(process.env['TZ'] ? { TZ: process.env['TZ'] } : {}),
          ...buses?.env,
          HOME: dir,
          XDG_CONFIG_HOME: join(dir, 'config'),
          XDG_SESSION_TYPE: 'x11',
          TEND_IDLE_USER_DATA: userData,
          TEND_IDLE_MODE: mode,
        },
      },
    );
    running = true;
    const exited = new Promise<void>((done) => child.on('exit', () => done()));
    void exited.then(() => (running = false));
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const alive = (): boolean => {
      if (!running) throw new Error(`Tend (${mode}) ended early:\n${stdout}${stderr}`);
      return true;
    };
    try {
      await until(
        () => alive() && stdout.includes('tend-idle-cpu pid'),
        20_000,
        `Tend (${mode}) did not boot in 20 s`,
      );
      const pid = child.pid ?? 0;
      await sleep(settleMs);
      alive();
      child.stdin.write('mark\n');
      await sleep(200);
      const before = sampleTree([pid]);
      await sleep(windowMs);
      const after = sampleTree([pid]);
      alive();
      child.stdin.write('report\n');
      await until(
        () => alive() && stdout.includes('tend-idle-cpu report'),
        5_000,
        `Tend (${mode}) wrote no report`,
      );
      const line = /tend-idle-cpu report (.*)\n/.exec(stdout)?.[1] ?? '{}';
      const report = JSON.parse(line) as IdleReport;
      if (report.windowsAsked > 0 || stderr.trim())
        throw new Error(`Tend (${mode}) was not idle: ${line}\n${stderr}`);
      return { mode, buses: buses !== null, report, ...ratesBetween(before, after) };
    } finally {
      // SIGTERM reaches the bundled when-exit first, which ends the process after its own clean-up.
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const waiting = new AbortController();
      const stuck = sleep(5_000, null, { signal: waiting.signal }).then(
        () => child.kill('SIGKILL'),
        () => undefined,
      );
      await Promise.race([exited, stuck]);
      waiting.abort();
    }
  } finally {
    await buses?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
