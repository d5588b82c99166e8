import { afterEach, describe, expect, it } from 'vitest';
import { userArgs } from '../../../electron/main/app/command-line-input.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { MIN, MONDAY_9AM, SEC } from '../../../harness/tend-journey.ts';
import { recordingController } from '../../support/recording-controller.ts';

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

  it('`tend --pause 1h` in a second instance pauses the running one for an hour, then breaks resume', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    await t.advance(30 * MIN);
    t.electron.app.fireSecondInstance(['/opt/Tend/tend', '--pause', '1h'], { tendArgs: ['--pause', '1h'] });
    expect(t.status()).toBe('Paused until 10:30');
    expect(t.trayMenu().labels()).toContain('Resume');
    const windowsBefore = t.electron.fakeState.windows.length;
    await t.advance(60 * MIN - SEC);
    expect(t.electron.fakeState.windows.length).toBe(windowsBefore);
    expect(t.status()).toBe('Paused until 10:30');
    await t.advance(SEC);
    // The pause ends with a fresh interval.
    expect(t.status()).toBe('Next break in about 45 min');
    expect(t.trayMenu().labels()).not.toContain('Resume');
    await t.advance(45 * MIN);
    await t.advance(MIN);
    expect(t.windowFor('break')).toBeDefined();
  });

  it('`tend --resume` ends a pause; `tend --break tea` opens tea even while paused', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM, args: ['--pause', 'indefinitely'] }));
    expect(t.status()).toBe('Paused until you resume');
    t.electron.app.fireSecondInstance(['/opt/Tend/tend', '--break', 'tea'], { tendArgs: ['--break', 'tea'] });
    await t.settle();
    expect(t.windowFor('break')?.webContents.sent.at(-1)).toMatchObject({ payload: { view: 'tea' } });
    await t.invoke(t.windowFor('break')!, 'break:done');
    t.electron.app.fireSecondInstance(['/opt/Tend/tend', '--resume'], { tendArgs: ['--resume'] });
    expect(t.status()).toBe('Next break in about 45 min');
  });

  it('`tend --grounding` opens the grounding window focused', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    t.electron.app.fireSecondInstance(['/opt/Tend/tend', '--grounding'], { tendArgs: ['--grounding'] });
    await t.settle();
    expect(t.windowFor('grounding')?.isFocused()).toBe(true);
  });

  it('applies the first launch’s own arguments to the engine', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM, args: ['--pause', '2h'] }));
    expect(t.engine().pause).toEqual({ until: MONDAY_9AM + 120 * MIN });
    expect(t.status()).toBe('Paused until 11:00');
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

  it('issue #13 item 11: says so on stderr, with the usage, when a switch is mistyped (`--pauze=30m`), and pauses nothing on `--pause constructor`', async () => {
    tend = await launchTend({ clock: Date.UTC(2026, 2, 9, 9), args: ['--pauze=30m', '--pause', 'constructor'] });
    expect(tend.printed).toEqual([
      'Tend does not know the option --pauze=30m.',
      '--pause takes 30m, 1h, 2h, tomorrow, indefinitely, not “constructor”.',
      expect.stringContaining('Usage: tend'),
    ]);
    expect(tend.status()).not.toMatch(/paused/i);
  });

  it('prints the usage for --help and quits', async () => {
    tend = await launchTend({ args: ['--help'] });
    expect(tend.printed).toEqual([expect.stringContaining('Usage: tend [--pause')]);
    expect(tend.electron.fakeState.quitCalls).toBe(1);
    expect(tend.electron.fakeState.trays).toHaveLength(0);
  });
});

describe('where Tend’s own arguments start', () => {
  it.each([
    ['packaged', ['/opt/Tend/tend', '--pause', '1h'], false, ['--pause', '1h']],
    ['electron <app>', ['/usr/bin/electron', 'out/main/index.cjs', '--pause', '1h'], true, ['--pause', '1h']],
    ['electron with switches before the app (Playwright)', ['/usr/bin/electron', '--inspect=0', '--remote-debugging-port=0', 'out/main/index.cjs', '--user-data-dir=/tmp/x', '--resume'], true, ['--user-data-dir=/tmp/x', '--resume']],
    ['electron with no app path', ['/usr/bin/electron', '--inspect=0'], true, []],
  ] as const)('%s', (_name, argv, defaultApp, expected) => {
    expect(userArgs(argv, defaultApp)).toEqual(expected);
  });
});
