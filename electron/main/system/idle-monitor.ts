/**
 * How long the user has been idle, sampled only when asked (no polling loop here: the engine decides
 * when to look). Electron's powerMonitor answers everywhere except Linux Wayland sessions, where it
 * reports 0 for ever (USERS.md #4). There we ask GNOME's Mutter over D-Bus (`gdbus call`), and where
 * that is not available we say that idle time is unknown rather than pretend the user is always active.
 */
import type { PowerMonitor } from 'electron';
import { execFile } from 'node:child_process';
import type { Logger } from '../app/logger.ts';

/** One reading: idle seconds and where they came from, or "unknown". */
export type IdleSample = { known: true; idleSeconds: number; source: 'electron' | 'gnome' } | { known: false };

/** Samples idle time on request. */
export interface IdleMonitor {
  sample(): Promise<IdleSample>;
}

/** Runs a program and resolves with its stdout (rejects on failure or timeout). */
export type RunCommand = (file: string, args: readonly string[], timeoutMs: number) => Promise<string>;

export interface IdleMonitorOptions {
  powerMonitor: Pick<PowerMonitor, 'getSystemIdleTime'>;
  platform: string;
  env: Record<string, string | undefined>;
  logger: Logger;
  runCommand?: RunCommand;
}

const gnomeIdleCall = [
  'call',
  '--session',
  '--dest',
  'org.gnome.Mutter.IdleMonitor',
  '--object-path',
  '/org/gnome/Mutter/IdleMonitor/Core',
  '--method',
  'org.gnome.Mutter.IdleMonitor.GetIdletime',
];

const runWithExecFile: RunCommand = (file, args, timeoutMs) =>
  new Promise((resolve, reject) => {
    execFile(file, [...args], { timeout: timeoutMs, windowsHide: true }, (error, stdout) => {
      if (error) reject(new Error(`${file} failed`, { cause: error }));
      else resolve(stdout);
    });
  });

/** True on a Linux Wayland session, where Electron cannot see input from Wayland clients. */
export function isWaylandSession(platform: string, env: Record<string, string | undefined>): boolean {
  return platform === 'linux' && (env['XDG_SESSION_TYPE'] === 'wayland' || Boolean(env['WAYLAND_DISPLAY']));
}

/** Milliseconds from gdbus's answer, e.g. "(uint64 12345,)"; null when it is not that. */
export function parseGnomeIdletime(stdout: string): number | null {
  const match = /^\(uint64 (\d+),\)\s*$/.exec(stdout.trim());
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** An idle monitor for this session. */
export function createIdleMonitor(options: IdleMonitorOptions): IdleMonitor {
  const { powerMonitor, logger } = options;
  const run = options.runCommand ?? runWithExecFile;
  const wayland = isWaylandSession(options.platform, options.env);
  let gnome: 'untried' | 'works' | 'unavailable' = wayland ? 'untried' : 'unavailable';
  // Some compositors do let Electron see idle time; once it reports a non-zero value we trust it.
  let electronSeesInput = !wayland;

  async function fromGnome(): Promise<number | null> {
    if (gnome === 'unavailable') return null;
    try {
      const ms = parseGnomeIdletime(await run('gdbus', gnomeIdleCall, 2000));
      if (ms === null) throw new Error('unexpected answer from gdbus');
      gnome = 'works';
      return ms / 1000;
    } catch (error) {
      // Not GNOME, or no gdbus: stop asking (a failing child process every sample helps nobody).
      if (gnome === 'untried') {
        gnome = 'unavailable';
        logger.warn('idle: Wayland session without GNOME idle monitor; idle time is unknown', error);
      }
      return null;
    }
  }

  return {
    async sample() {
      let electronSeconds = 0;
      try {
        electronSeconds = powerMonitor.getSystemIdleTime();
      } catch (error) {
        logger.warn('idle: powerMonitor failed', error);
      }
      if (electronSeconds > 0) electronSeesInput = true;
      if (!wayland || electronSeconds > 0) return { known: true, idleSeconds: electronSeconds, source: 'electron' };
      const seconds = await fromGnome();
      if (seconds !== null) return { known: true, idleSeconds: seconds, source: 'gnome' };
      return electronSeesInput ? { known: true, idleSeconds: 0, source: 'electron' } : { known: false };
    },
  };
}
