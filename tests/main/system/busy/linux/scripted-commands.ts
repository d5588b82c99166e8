/**
 * OS commands for the Linux readers' tests, run for real: each is a Node child process (through the real
 * runCommand) that prints chosen text, exits non-zero, or hangs past its deadline; a command "missing"
 * is run by a path that does not exist. Every call is recorded.
 */
import {
  runCommand,
  type CommandOptions,
  type RunCommand,
} from '../../../../../electron/main/system/busy/run-command.ts';

export type Behaviour = { prints: string; exitCode?: number } | 'hangs' | 'missing';

export interface Call {
  file: string;
  args: readonly string[];
  options: CommandOptions | undefined;
}

export interface ScriptedCommands {
  run: RunCommand;
  calls: Call[];
}

/** Prints `text` and exits 0 (or `exitCode`). */
export const prints = (text: string, exitCode = 0): Behaviour => ({ prints: text, exitCode });

/** Runs each command as `behaviourOf` says; a hang is killed after 300 ms, as a deadline would. */
export function scriptedCommands(behaviourOf: (file: string, args: readonly string[]) => Behaviour): ScriptedCommands {
  const calls: Call[] = [];
  const run: RunCommand = (file, args, options) => {
    calls.push({ file, args: [...args], options });
    const behaviour = behaviourOf(file, args);
    if (behaviour === 'missing') return runCommand(`/nonexistent/tend-test/${file}`, args);
    if (behaviour === 'hangs') return runCommand(process.execPath, ['-e', 'setTimeout(() => {}, 10_000)'], { timeoutMs: 300 });
    const script = `process.stdout.write(${JSON.stringify(behaviour.prints)}); process.exitCode = ${String(behaviour.exitCode ?? 0)};`;
    return runCommand(process.execPath, ['-e', script]);
  };
  return { run, calls };
}
