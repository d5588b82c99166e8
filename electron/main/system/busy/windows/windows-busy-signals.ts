/**
 * The Windows readers for "don't interrupt me" (issue #16), each run on demand through a command Windows
 * ships: PowerShell for the shell's notification state, reg.exe for the camera and microphone record.
 */
import type { BusySignal, ReadSignal } from '../../../../core/busy/busy-signal.ts';
import type { RunCommand } from '../run-command.ts';
import { windowsCallReader } from './windows-call.ts';
import { windowsFullScreenReader } from './windows-notification-state.ts';

/**
 * Do Not Disturb / Focus Assist reads unknown: Windows documents no way to read it.
 * - Focus Assist (Windows 10 1803+) lives in an undocumented WNF state that windows-focus-assist reads
 *   natively; its README says the API "can change/break at any time", the Stack Overflow answer it comes
 *   from (questions/53407374) calls it "not officially supported", nothing says Windows 11's Do Not
 *   Disturb still sets it, and Stretchly, which relies on it, has reports of it missing Focus Assist
 *   (hovancik/stretchly#1600, open) and of a phantom Do Not Disturb on Windows 11 (#1382).
 * - Windows 11's FocusSessionManager reports a Focus session, which Microsoft says is not the same as Do
 *   not disturb (learn.microsoft.com, windows-app-sdk/applifecycle/focus-session), and only on builds
 *   from 10.0.23504.
 * - NOC_GLOBAL_SETTING_TOASTS_ENABLED = 0 means notifications switched off for good, not "not now".
 * - SHQueryUserNotificationState's QUNS_QUIET_TIME is the first hour after a first logon, not a choice.
 */
const unknownDoNotDisturb: ReadSignal = () => Promise.resolve('unknown');

/** One reader per signal on Windows, each running its command through `run`. */
export function windowsBusySignals(options: { run: RunCommand }): Record<BusySignal, ReadSignal> {
  return {
    doNotDisturb: unknownDoNotDisturb,
    fullScreen: windowsFullScreenReader(options.run),
    call: windowsCallReader(options.run),
  };
}
