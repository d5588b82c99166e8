/** The Windows readers together: Do Not Disturb says unknown without running anything; the others run. */
import { describe, expect, it } from 'vitest';
import type { RunCommand } from '../../../../../electron/main/system/busy/run-command.ts';
import { windowsBusySignals } from '../../../../../electron/main/system/busy/windows/windows-busy-signals.ts';

function recording(printed: string | null) {
  const files: string[] = [];
  const run: RunCommand = (file) => {
    files.push(file);
    return Promise.resolve(printed);
  };
  return { run, files };
}

describe('the Windows busy signals', () => {
  it('reads Do Not Disturb as unknown and runs nothing for it', async () => {
    const { run, files } = recording('2');
    expect(await windowsBusySignals({ run }).doNotDisturb()).toBe('unknown');
    expect(files).toEqual([]);
  });

  it('reads full screen from PowerShell', async () => {
    const { run, files } = recording('3\r\n');
    expect(await windowsBusySignals({ run }).fullScreen()).toBe('busy');
    expect(files).toEqual(['powershell.exe']);
  });

  it('reads a call from reg, once per device', async () => {
    const { run, files } = recording(null);
    expect(await windowsBusySignals({ run }).call()).toBe('unknown');
    expect(files).toEqual(['reg', 'reg']);
  });
});
