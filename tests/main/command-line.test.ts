import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../support/launch-tend.ts';
import { recordingController } from '../support/recording-controller.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

describe('the command line', () => {
  it('carries out its commands on first launch', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory, args: ['--pause', '1h', '--break', 'tea'] });
    expect(recording.inputs).toEqual([
      { type: 'pause', choice: '1h' },
      { type: 'takeBreakNow', kind: 'tea' },
    ]);
    expect(tend.trayMenu().labels()[0]).toBe('Paused');
    expect(tend.windowFor('break')).toBeDefined();
  });

  it('hands a second instance’s arguments to the running one through the single-instance lock', async () => {
    const second = await launchTend({ args: ['--pause', '1h'], before: (e) => (e.fakeState.singleInstanceLock = false) });
    expect(second.electron.fakeState.quitCalls).toBe(1);
    expect(second.electron.fakeState.trays).toHaveLength(0);
    const handedOver = second.electron.fakeState.singleInstanceData;
    expect(handedOver).toEqual({ tendArgs: ['--pause', '1h'] });
    second.cleanup();

    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    // Electron reorders and extends argv; the handed-over data is what counts.
    tend.electron.app.fireSecondInstance(['/opt/Tend/tend', '--no-sandbox', '--original-process-start-time=1', '1h', '--pause'], handedOver);
    expect(recording.inputs.at(-1)).toEqual({ type: 'pause', choice: '1h' });
    expect(tend.trayMenu().labels()[0]).toBe('Paused');
  });

  it('reads the argv of a second instance that handed nothing over, and ignores junk handover data', async () => {
    const recording = recordingController();
    tend = await launchTend({ controller: recording.factory });
    tend.electron.app.fireSecondInstance(['/opt/Tend/tend', '--resume'], undefined);
    tend.electron.app.fireSecondInstance(['/opt/Tend/tend', '--grounding'], { tendArgs: [42], __proto__: { polluted: true } });
    expect(recording.inputs.slice(-2)).toEqual([{ type: 'resumeBreaks' }, { type: 'takeBreakNow', kind: 'grounding' }]);
  });

  it('opens settings when another `tend --settings` starts', async () => {
    tend = await launchTend();
    tend.electron.app.fireSecondInstance(['/opt/Tend/tend', '--settings'], { tendArgs: ['--settings'] });
    await tend.settle();
    expect(tend.windowFor('settings')).toBeDefined();
  });

  it('prints a clear message for what it does not understand, and still starts', async () => {
    tend = await launchTend({ args: ['--pause', 'forever', '--frobnicate'] });
    expect(tend.printed).toEqual([
      '--pause takes 30m, 1h, 2h, tomorrow, indefinitely, not “forever”.',
      'Tend does not know the option --frobnicate.',
      expect.stringContaining('Usage: tend'),
    ]);
    expect(tend.electron.fakeState.trays).toHaveLength(1);
  });

  it('prints the usage for --help and quits', async () => {
    tend = await launchTend({ args: ['--help'] });
    expect(tend.printed).toEqual([expect.stringContaining('Usage: tend [--pause')]);
    expect(tend.electron.fakeState.quitCalls).toBe(1);
    expect(tend.electron.fakeState.trays).toHaveLength(0);
  });
});
