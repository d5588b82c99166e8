/**
 * The Linux readers for "don't interrupt me" (issue #16), each reading on demand what the desktop already
 * exposes: gsettings, xfconf or the session bus for Do Not Disturb, xprop for a full-screen window in
 * front, /proc and pactl for a call.
 */
import type { BusySignal, ReadSignal } from '../../../../core/busy/busy-signal.ts';
import type { DbusConnection } from '../../dbus/dbus-connection.ts';
import type { RunCommand } from '../run-command.ts';
import { linuxCallReader } from './linux-call.ts';
import { linuxDoNotDisturbReader } from './linux-do-not-disturb.ts';
import { x11FullScreenReader } from './x11-full-screen.ts';

export interface LinuxBusySignalsOptions {
  env: Record<string, string | undefined>;
  /** Tend draws through X11 (not native Wayland). */
  x11: boolean;
  run: RunCommand;
  /** Where the process table is ('/proc' unless a test builds one); null: none to read. */
  procRoot: string | null;
  /** Tend's own process, left out of the camera scan. */
  pid?: number;
  /** The session bus once the desktop adapter has it; null before (or without one). */
  bus: () => Pick<DbusConnection, 'getProperty'> | null;
}

/** One reader per signal on Linux. */
export function linuxBusySignals(options: LinuxBusySignalsOptions): Record<BusySignal, ReadSignal> {
  const { env, run } = options;
  return {
    doNotDisturb: linuxDoNotDisturbReader({ env, run, bus: options.bus }),
    fullScreen: x11FullScreenReader({ x11: options.x11, env, run }),
    call: linuxCallReader({ env, run, procRoot: options.procRoot, pid: options.pid }),
  };
}
