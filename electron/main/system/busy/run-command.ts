/**
 * Runs a command the OS ships (gsettings, xprop, pactl, reg, powershell) on demand, with a deadline and
 * a cap on its output, and never throws: a missing command, a non-zero exit, a timeout or too much output
 * all resolve to null, which the signal readers turn into 'unknown'. No shell, so nothing is interpreted.
 */
import { execFile } from 'node:child_process';

export interface CommandOptions {
  /** Killed after this long (default 3 s). */
  timeoutMs?: number;
  /** Output beyond this many bytes counts as a failure (default 256 KiB). */
  maxBytes?: number;
  env?: Record<string, string | undefined>;
}

/** What a command printed on stdout, or null when it could not run or did not finish well. */
export type RunCommand = (file: string, args: readonly string[], options?: CommandOptions) => Promise<string | null>;

/** Runs `file` with `args` (no shell); stdout as text, or null on any failure. */
export const runCommand: RunCommand = (file, args, options = {}) =>
  new Promise((resolve) => {
    try {
      execFile(
        file,
        [...args],
        {
          timeout: options.timeoutMs ?? 3_000,
          maxBuffer: options.maxBytes ?? 256 * 1024,
          encoding: 'utf8',
          windowsHide: true,
          env: options.env,
        },
        (error, stdout) => resolve(error ? null : stdout),
      );
    } catch {
      resolve(null);
    }
  });
