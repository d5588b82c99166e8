/**
 * The Linux readers together: one reader per signal, each wired to its own source — Do Not Disturb to
 * the desktop's switch (gsettings here), full screen to xprop, a call to the process table and pactl —
 * with the options each needs passed through.
 */
import { describe, expect, it } from 'vitest';
import { busySignals } from '../../../../../electron/core/busy/busy-signal.ts';
import { linuxBusySignals } from '../../../../../electron/main/system/busy/linux/linux-busy-signals.ts';
import { fakeProcTable } from './fake-proc-table.ts';
import { prints, scriptedCommands } from './scripted-commands.ts';

const GNOME_X11 = { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', XDG_SESSION_TYPE: 'x11' };

function signals(
  x11: boolean,
  answers: Readonly<Record<string, string>>,
  procRoot: string | null = null,
  pid?: number,
) {
  const commands = scriptedCommands((file) =>
    prints(answers[file] ?? '', answers[file] === undefined ? 1 : 0),
  );
  const readers = linuxBusySignals({
    env: GNOME_X11,
    x11,
    run: commands.run,
    procRoot,
    pid,
    bus: () => null,
  });
  return { readers, calls: commands.calls };
}

describe('the Linux busy signals', { timeout: 20_000 }, () => {
  it('has exactly one reader per signal', () => {
    const { readers } = signals(true, {});
    expect(Object.keys(readers).sort()).toEqual([...busySignals].sort());
  });

  it('reads Do Not Disturb from the desktop switch alone', async () => {
    const { readers, calls } = signals(true, { gsettings: 'false\n' });
    expect(await readers.doNotDisturb()).toBe('busy');
    expect(calls.map((call) => call.file)).toEqual(['gsettings']);
  });

  it('reads full screen from xprop alone', async () => {
    const { readers, calls } = signals(true, { xprop: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n' });
    expect(await readers.fullScreen()).toBe('clear');
    expect(calls.map((call) => call.file)).toEqual(['xprop']);
  });

  it('passes on that Tend does not draw through X11: full screen then runs nothing', async () => {
    const { readers, calls } = signals(false, { xprop: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n' });
    expect(await readers.fullScreen()).toBe('unknown');
    expect(calls).toEqual([]);
  });

  it('reads a call from the process table it is given, without Tend itself, and from pactl', async () => {
    // Only Tend holds the camera: clear needs the table read (else unknown) and Tend's pid left out (else busy).
    const table = await fakeProcTable({ '4242': { comm: 'tend', fds: ['/dev/video0'] } });
    try {
      const { readers, calls } = signals(true, { pactl: '' }, table.root, 4242);
      expect(await readers.call()).toBe('clear');
      expect(calls.map((call) => call.file)).toEqual(['pactl', 'pactl']);
    } finally {
      await table.dispose();
    }
  });
});
