/**
 * Full screen on Windows: what SHQueryUserNotificationState's number means for Tend, how strictly the
 * PowerShell output is read, and that a slow, failing or chatty PowerShell reads unknown, never clear.
 */
import { describe, expect, it } from 'vitest';
import type { BusyReading } from '../../../../../electron/core/busy/busy-signal.ts';
import { runCommand, type CommandOptions, type RunCommand } from '../../../../../electron/main/system/busy/run-command.ts';
import {
  notificationStateArgs,
  notificationStateReadings,
  notificationStateScript,
  notificationStateTimeoutMs,
  readingOfNotificationState,
  windowsFullScreenReader,
} from '../../../../../electron/main/system/busy/windows/windows-notification-state.ts';

/** Stands in for powershell.exe: a real node process running `script`, with the options the reader chose. */
function nodeInstead(script: string, timeoutMs?: number) {
  const calls: { file: string; args: readonly string[]; options: CommandOptions | undefined }[] = [];
  const run: RunCommand = (file, args, options) => {
    calls.push({ file, args, options });
    return runCommand(process.execPath, ['-e', script], { ...options, ...(timeoutMs ? { timeoutMs } : {}) });
  };
  return { run, calls };
}

const printing = (text: string) => `process.stdout.write(${JSON.stringify(text)})`;

describe('what each notification state says about full screen', () => {
  it.each<[number, string, BusyReading]>([
    [1, 'QUNS_NOT_PRESENT: locked or screen saver, hides what is in front', 'unknown'],
    [2, 'QUNS_BUSY: a full-screen app or Presentation Settings', 'busy'],
    [3, 'QUNS_RUNNING_D3D_FULL_SCREEN: an exclusive full-screen game', 'busy'],
    [4, 'QUNS_PRESENTATION_MODE: presentation settings on', 'busy'],
    [5, 'QUNS_ACCEPTS_NOTIFICATIONS: nothing in the way', 'clear'],
    [6, 'QUNS_QUIET_TIME: first hour after first logon, reported only when 1–4 are not', 'clear'],
    [7, 'QUNS_APP: also reported while the Start menu is open', 'unknown'],
  ])('%i (%s) reads %s', (state, _, reading) => {
    expect(notificationStateReadings.get(state)).toBe(reading);
    expect(readingOfNotificationState(`${state}\r\n`)).toBe(reading);
  });

  it('covers exactly the seven documented states', () => {
    expect([...notificationStateReadings.keys()]).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('reading what PowerShell printed', () => {
  it.each([
    ['nothing', ''],
    ['only a line break', '\r\n'],
    ['zero', '0'],
    ['a state beyond the enum', '8'],
    ['a negative number', '-2'],
    ['two states', '2 5'],
    ['two lines', '5\r\n2\r\n'],
    ['a decimal', '2.0'],
    ['a leading zero', '05'],
    ['the state by name', 'QUNS_BUSY'],
    ['an error record', "Add-Type : Cannot add type. The type name 'TendBusy.Shell' already exists."],
    ['serialized progress', '#< CLIXML\r\n<Objs Version="1.1.0.1"></Objs>'],
  ])('%s reads unknown', (_, printed) => {
    expect(readingOfNotificationState(printed)).toBe('unknown');
  });

  it('reads unknown when PowerShell could not run at all', () => {
    expect(readingOfNotificationState(null)).toBe('unknown');
  });

  it('tolerates the spaces and line break around the one number', () => {
    expect(readingOfNotificationState(' 3 \r\n')).toBe('busy');
  });
});

describe('the PowerShell command', () => {
  it('runs powershell.exe without profile or prompts, with a generous deadline', async () => {
    const { run, calls } = nodeInstead(printing('5'));
    await windowsFullScreenReader(run)();
    expect(calls).toEqual([
      { file: 'powershell.exe', args: notificationStateArgs, options: { timeoutMs: notificationStateTimeoutMs } },
    ]);
    expect(notificationStateArgs.slice(0, 3)).toEqual(['-NoProfile', '-NonInteractive', '-EncodedCommand']);
    expect(notificationStateTimeoutMs).toBeGreaterThanOrEqual(5_000);
  });

  it('passes exactly the constant script, encoded as PowerShell expects (Base64 of UTF-16LE)', () => {
    const encoded = notificationStateArgs[3] ?? '';
    expect(Buffer.from(encoded, 'base64').toString('utf16le')).toBe(notificationStateScript);
  });

  it('asks shell32 for SHQueryUserNotificationState and prints only the number', () => {
    expect(notificationStateScript).toContain('[DllImport("shell32.dll")]');
    expect(notificationStateScript).toContain('SHQueryUserNotificationState(out int state)');
    expect(notificationStateScript).toContain('[Console]::Out.Write($state)');
    expect(notificationStateScript).toMatch(/-ne 0\) \{ exit 1 \}/);
  });
});

describe('reading full screen through a real process', { timeout: 20_000 }, () => {
  it.each<[string, string, BusyReading]>([
    ['prints a busy state with CRLF', printing('2\r\n'), 'busy'],
    ['prints the all-clear state', printing('5'), 'clear'],
    ['prints garbage', printing('\u0000\u00ff?'), 'unknown'],
    ['prints a number cut off after its sign', printing('-'), 'unknown'],
    ['fails after printing a state', `${printing('5')}; process.exit(1)`, 'unknown'],
  ])('reads %s as %s', async (_, script, reading) => {
    expect(await windowsFullScreenReader(nodeInstead(script).run)()).toBe(reading);
  });

  it('reads unknown when PowerShell runs past its deadline', async () => {
    const { run } = nodeInstead('setTimeout(() => process.stdout.write("5"), 10_000)', 300);
    expect(await windowsFullScreenReader(run)()).toBe('unknown');
  });

  it('reads unknown, without rejecting, when running the command itself throws', async () => {
    const throwing: RunCommand = () => {
      throw new Error('spawn EPERM');
    };
    const rejecting: RunCommand = () => Promise.reject(new Error('spawn EPERM'));
    expect(await windowsFullScreenReader(throwing)()).toBe('unknown');
    expect(await windowsFullScreenReader(rejecting)()).toBe('unknown');
  });
});
