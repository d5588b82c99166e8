/** The one way Tend runs an OS command: real child processes, each failure mode resolving to null. */
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../../../electron/main/system/busy/run-command.ts';

const node = process.execPath;

describe('running an OS command for a busy reading', { timeout: 20_000 }, () => {
  it('gives what the command printed', async () => {
    expect(await runCommand(node, ['-e', 'process.stdout.write("false\\n")'])).toBe('false\n');
  });

  it.each([
    ['exits non-zero', ['-e', 'process.stdout.write("true"); process.exit(1)'], {}],
    ['runs past its deadline', ['-e', 'setTimeout(() => {}, 10_000)'], { timeoutMs: 300 }],
    ['prints more than its cap', ['-e', 'process.stdout.write("x".repeat(5000))'], { maxBytes: 1000 }],
  ])('gives null when the command %s', async (_, args, options) => {
    expect(await runCommand(node, args, options)).toBeNull();
  });

  it('gives null for a command this machine does not have', async () => {
    expect(await runCommand('/nonexistent/tend-no-such-command', [])).toBeNull();
  });

  it('passes arguments as they are, never through a shell', async () => {
    const printed = await runCommand(node, ['-e', 'process.stdout.write(process.argv[1])', '$(echo hi); rm -rf ~']);
    expect(printed).toBe('$(echo hi); rm -rf ~');
  });
});
