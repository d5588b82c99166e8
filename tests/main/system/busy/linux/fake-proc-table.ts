/**
 * A process table for the camera scan's tests, built in a temporary folder the way /proc lays one out:
 * <root>/<pid>/comm holds the name and <root>/<pid>/fd/<n> are symlinks to what the process has open.
 * The targets need not exist (readlink reads a dangling link), so "/dev/video0" works on any machine.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface FakeProcess {
  /** The name in comm, without its newline; null: no comm file (the process exited). */
  comm?: string | null;
  /** Link targets under fd/; 'missing': no fd folder; 'not a folder': fd cannot be listed. */
  fds?: readonly string[] | 'missing' | 'not a folder';
}

export interface FakeProcTable {
  readonly root: string;
  dispose(): Promise<void>;
}

/** Builds `processes` (entry name → process) under a new temporary root. */
export async function fakeProcTable(
  processes: Readonly<Record<string, FakeProcess>>,
): Promise<FakeProcTable> {
  const root = await mkdtemp(join(tmpdir(), 'tend-proc-'));
  for (const [name, { comm = 'bash', fds = [] }] of Object.entries(processes)) {
    const dir = join(root, name);
    await mkdir(dir);
    if (comm !== null) await writeFile(join(dir, 'comm'), `${comm}\n`);
    if (fds === 'missing') continue;
    if (fds === 'not a folder') {
      await writeFile(join(dir, 'fd'), '');
      continue;
    }
    await mkdir(join(dir, 'fd'));
    for (const [fd, target] of fds.entries()) await symlink(target, join(dir, 'fd', String(fd)));
  }
  return {
    root,
    async dispose() {
      await rm(root, { recursive: true, force: true });
    },
  };
}
