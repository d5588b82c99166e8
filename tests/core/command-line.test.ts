import { describe, expect, it } from 'vitest';
import { commandLineUsage, parseCommandLine } from '../../electron/core/command-line.ts';

describe('the command line', () => {
  it.each([
    [['--pause', '30m'], [{ kind: 'pause', choice: '30m' }]],
    [['--pause', '1h'], [{ kind: 'pause', choice: '1h' }]],
    [['--pause=2h'], [{ kind: 'pause', choice: '2h' }]],
    [['--pause', 'Tomorrow'], [{ kind: 'pause', choice: 'tomorrow' }]],
    [['--pause', 'indefinitely'], [{ kind: 'pause', choice: 'indefinitely' }]],
    [['--pause', '60m'], [{ kind: 'pause', choice: '1h' }]],
    [['--resume'], [{ kind: 'resume' }]],
    [['--break', 'tea'], [{ kind: 'take-break', break: 'tea' }]],
    [['--break=kind'], [{ kind: 'take-break', break: 'kind' }]],
    [['--grounding'], [{ kind: 'grounding' }]],
    [['--settings'], [{ kind: 'settings' }]],
    [['--pause', '1h', '--settings'], [{ kind: 'pause', choice: '1h' }, { kind: 'settings' }]],
    [[], []],
  ])('reads %j', (args, commands) => {
    expect(parseCommandLine(args)).toEqual({ commands, problems: [], help: false });
  });

  it('passes over switches that Electron and Chromium add themselves', () => {
    const args = ['--user-data-dir=/tmp/x', '--original-process-start-time=1234', '--no-sandbox', '-psn_0_12345', '--resume'];
    expect(parseCommandLine(args)).toEqual({ commands: [{ kind: 'resume' }], problems: [], help: false });
  });

  it.each([
    [['--paws', '1h'], ['Tend does not know the option --paws.', 'Tend did not expect “1h” here.']],
    [['--pause', '3h'], ['--pause takes 30m, 1h, 2h, tomorrow, indefinitely, not “3h”.']],
    [['--pause'], ['--pause needs a value: 30m, 1h, 2h, tomorrow, indefinitely.']],
    [['--pause', '--resume'], ['--pause needs a value: 30m, 1h, 2h, tomorrow, indefinitely.']],
    [['--break', 'coffee'], ['--break takes breath, tea, kind, not “coffee”.']],
    [['--break='], ['--break takes breath, tea, kind, not “”.']],
    [['hello'], ['Tend did not expect “hello” here.']],
  ])('explains what is wrong with %j', (args, problems) => {
    expect(parseCommandLine(args).problems).toEqual(problems);
  });

  it('keeps long input short in its messages', () => {
    const [problem] = parseCommandLine(['--pause', 'x'.repeat(500)]).problems;
    expect(problem?.length).toBeLessThan(120);
  });

  it('answers --help with the usage line', () => {
    expect(parseCommandLine(['--help']).help).toBe(true);
    expect(parseCommandLine(['-h']).help).toBe(true);
    expect(commandLineUsage()).toContain('--pause 30m|1h|2h|tomorrow|indefinitely');
  });
});

describe('issue #13 item 11: own words only, and no silent typos', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'refuses `--pause %s` (a name from the object prototype, not a pause length)',
    (word) => {
      const parsed = parseCommandLine(['--pause', word]);
      expect(parsed.commands).toEqual([]);
      expect(parsed.problems).toEqual([`--pause takes 30m, 1h, 2h, tomorrow, indefinitely, not “${word}”.`]);
    },
  );

  it.each([['--pauze=30m'], ['--brake=tea'], ['--grounding-now'], ['--resum']])('explains the unknown switch %s instead of passing over it', (arg) => {
    const parsed = parseCommandLine([arg]);
    expect(parsed.commands).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/^Tend does not know the option --/);
  });

  it('still passes over every switch on the list of Electron and Chromium switches it knows', () => {
    for (const arg of ['--user-data-dir=/tmp/x', '--original-process-start-time=1', '--no-sandbox', '--inspect=0', '--remote-debugging-port=0', '--ozone-platform-hint=auto', '--enable-features=WaylandWindowDecorations', '-psn_0_1']) {
      expect(parseCommandLine([arg, '--resume'])).toEqual({ commands: [{ kind: 'resume' }], problems: [], help: false });
    }
  });
});
