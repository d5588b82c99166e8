/**
 * The "don't interrupt me" readers for the platform Tend runs on (issue #16). Each reads on demand
 * through what the OS already exposes (a command it ships, /proc, the registry, D-Bus); a platform that
 * offers no reliable reading says 'unknown' for that signal (see each folder for its sources).
 */
import type { BusySignal, ReadSignal } from '../../../core/busy/busy-signal.ts';
import type { DbusConnection } from '../dbus/dbus-connection.ts';
import { linuxBusySignals } from './linux/linux-busy-signals.ts';
import { macBusySignals } from './mac/mac-busy-signals.ts';
import type { RunCommand } from './run-command.ts';
import { windowsBusySignals } from './windows/windows-busy-signals.ts';

export interface BusyReadersOptions {
  platform: string;
  env: Record<string, string | undefined>;
  /** Native Wayland: other apps' windows cannot be seen. */
  wayland: boolean;
  run: RunCommand;
  /** Where the process table is (null: none to read, so the camera says nothing). */
  procRoot: string | null;
  /** Tend's own process, left out of the camera check. */
  pid: number;
  /** The Linux session bus once the desktop adapter has it; null before (or without one). */
  bus: () => Pick<DbusConnection, 'getProperty'> | null;
}

const unknown: ReadSignal = () => Promise.resolve('unknown');

/** One reader per signal for `platform`; all 'unknown' where Tend knows no reading. */
export function busyReadersFor(options: BusyReadersOptions): Record<BusySignal, ReadSignal> {
  const { run } = options;
  switch (options.platform) {
    case 'linux':
      return linuxBusySignals({ env: options.env, x11: !options.wayland, run, procRoot: options.procRoot, pid: options.pid, bus: options.bus });
    case 'win32':
      return windowsBusySignals({ run });
    case 'darwin':
      return macBusySignals({ run });
    default:
      return { doNotDisturb: unknown, fullScreen: unknown, call: unknown };
  }
}
