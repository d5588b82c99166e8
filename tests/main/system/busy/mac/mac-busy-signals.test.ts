/** macOS offers no reliable reading for any of the three signals: each says unknown and runs nothing. */
import { describe, expect, it } from 'vitest';
import { busySignals } from '../../../../../electron/core/busy/busy-signal.ts';
import type { RunCommand } from '../../../../../electron/main/system/busy/run-command.ts';
import { macBusySignals } from '../../../../../electron/main/system/busy/mac/mac-busy-signals.ts';

describe('the macOS busy signals', () => {
  it.each(busySignals)('%s reads unknown without running any command', async (signal) => {
    const files: string[] = [];
    const run: RunCommand = (file) => {
      files.push(file);
      return Promise.resolve('1');
    };
    expect(await macBusySignals({ run })[signal]()).toBe('unknown');
    expect(files).toEqual([]);
  });
});
