/**
 * A full-screen app or a presentation in front, on Windows (issue #16): the shell's own answer to "may an
 * app bother the user now?", SHQueryUserNotificationState, asked on demand through the PowerShell that
 * Windows ships (no native addon). The script is a constant: nothing from the user goes into it.
 *
 * Sources (Microsoft Learn): the function, win32/api/shellapi/nf-shellapi-shqueryusernotificationstate;
 * what each value means, win32/api/shellapi/ne-shellapi-query_user_notification_state.
 */
import type { BusyReading, ReadSignal } from '../../../../core/busy/busy-signal.ts';
import type { RunCommand } from '../run-command.ts';

/** What each QUERY_USER_NOTIFICATION_STATE value says about a full-screen app or presentation in front. */
export const notificationStateReadings: ReadonlyMap<number, BusyReading> = new Map<number, BusyReading>([
  // QUNS_NOT_PRESENT: "A screen saver is displayed, the machine is locked, or a nonactive Fast User
  // Switching session is in progress." It hides what is in front; Tend's away rules cover a locked screen.
  [1, 'unknown'],
  // QUNS_BUSY: "A full-screen application is running or Presentation Settings are applied."
  [2, 'busy'],
  // QUNS_RUNNING_D3D_FULL_SCREEN: "A full-screen (exclusive mode) Direct3D application is running."
  [3, 'busy'],
  // QUNS_PRESENTATION_MODE: "The user has activated Windows presentation settings".
  [4, 'busy'],
  // QUNS_ACCEPTS_NOTIFICATIONS: "None of the other states are found".
  [5, 'clear'],
  // QUNS_QUIET_TIME: the first hour after a user's first logon (or an OS upgrade). Not a Do Not Disturb
  // the user chose; and the docs say that during quiet time a blocking state (1–4) is returned instead,
  // so 6 means no full-screen app and no presentation.
  [6, 'clear'],
  // QUNS_APP: "A Windows Store app is running" (Windows 8's always-full-screen apps). Windows 10/11 also
  // report it while the Start menu is open (flexits/HotCornersWin#14), so it says nothing reliable here.
  [7, 'unknown'],
]);

/**
 * P/Invoke through Add-Type: with -MemberDefinition it imports System.Runtime.InteropServices itself
 * (Microsoft Learn, Add-Type, -UsingNamespace). A failing HRESULT or an Add-Type error exits non-zero,
 * which reads unknown.
 */
export const notificationStateScript = [
  "$ErrorActionPreference = 'Stop'",
  "$ProgressPreference = 'SilentlyContinue'",
  'Add-Type -Namespace TendBusy -Name Shell -MemberDefinition \'[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);\'',
  '$state = 0',
  'if ([TendBusy.Shell]::SHQueryUserNotificationState([ref]$state) -ne 0) { exit 1 }',
  '[Console]::Out.Write($state)',
].join('\n');

/**
 * -EncodedCommand (Base64 of UTF-16LE) rather than -Command: powershell.exe re-parses a -Command line
 * and can drop the script's embedded double quotes; -EncodedCommand is the documented way to pass a
 * command with quotes and braces intact (Microsoft Learn, about_PowerShell_exe).
 */
export const notificationStateArgs: readonly string[] = [
  '-NoProfile',
  '-NonInteractive',
  '-EncodedCommand',
  Buffer.from(notificationStateScript, 'utf16le').toString('base64'),
];

/** PowerShell starting up and Add-Type compiling its C# take one to three seconds on a typical machine. */
export const notificationStateTimeoutMs = 8_000;

/** The reading for what the script printed: exactly one state number 1–7, anything else unknown. */
export function readingOfNotificationState(printed: string | null): BusyReading {
  const text = printed?.trim() ?? '';
  if (!/^[1-7]$/.test(text)) return 'unknown';
  return notificationStateReadings.get(Number(text)) ?? 'unknown';
}

/** Reads whether a full-screen app or a presentation is in front, through `run`. */
export function windowsFullScreenReader(run: RunCommand): ReadSignal {
  return async () => {
    try {
      return readingOfNotificationState(
        await run('powershell.exe', notificationStateArgs, { timeoutMs: notificationStateTimeoutMs }),
      );
    } catch {
      return 'unknown';
    }
  };
}
