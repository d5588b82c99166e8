/**
 * Disk faults with the real error codes, injected where the operating system reports them: reading a
 * file fails with EACCES (permission denied, which chmod cannot simulate when tests run as root), and
 * writing into a file fails with ENOSPC (disk full) after the file was opened, as write(2) does. Only
 * paths inside `disk.dir` are affected.
 *
 * It patches node:fs itself (and re-syncs its ES module exports), because the code that writes the
 * settings (electron-store → conf → atomically → stubborn-fs) lives in node_modules, outside vitest's
 * module mocking, and stubborn-fs keeps references to fs functions from when it is first loaded. So
 * install it before anything imports electron-store: at the top of a test file, before launching Tend.
 */
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { resolve, sep } from 'node:path';

/** What the disk does now; tests flip these. */
export const disk = {
  /** Only paths inside this folder are affected. */
  dir: '',
  /** Writes into files fail with ENOSPC. */
  full: false,
  /** Reading files with these names (e.g. config.json) fails with EACCES. */
  unreadable: new Set<string>(),
  /** How many writes and reads were refused. */
  refusedWrites: 0,
  refusedReads: 0,
};

function fault(code: 'ENOSPC' | 'EACCES', syscall: string, path: string): NodeJS.ErrnoException {
  const text = code === 'ENOSPC' ? 'no space left on device' : 'permission denied';
  return Object.assign(new Error(`${code}: ${text}, ${syscall} '${path}'`), { code, errno: code === 'ENOSPC' ? -28 : -13, syscall, path });
}

function inside(path: unknown): path is string {
  if (disk.dir === '' || (typeof path !== 'string' && !(path instanceof URL))) return false;
  const full = resolve(path instanceof URL ? path.pathname : path);
  return full.startsWith(resolve(disk.dir) + sep);
}

const real = { openSync: fs.openSync, closeSync: fs.closeSync, writeSync: fs.writeSync, writeFileSync: fs.writeFileSync, readFileSync: fs.readFileSync };
/** File descriptors opened inside the folder, by path. */
const open = new Map<number, string>();
let installed = false;

/** Installs the fault points (once per process); `uninstallDiskFaults` puts node:fs back. */
export function installDiskFaults(): void {
  if (installed) return;
  installed = true;
  const patched = {
    openSync(path: fs.PathLike, ...rest: unknown[]): number {
      const fd = (real.openSync as (...args: unknown[]) => number)(path, ...rest);
      if (inside(path)) open.set(fd, path);
      return fd;
    },
    closeSync(fd: number): void {
      open.delete(fd);
      real.closeSync(fd);
    },
    writeSync(fd: number, ...rest: unknown[]): number {
      const path = open.get(fd);
      if (disk.full && path !== undefined) {
        disk.refusedWrites++;
        throw fault('ENOSPC', 'write', path);
      }
      return (real.writeSync as (...args: unknown[]) => number)(fd, ...rest);
    },
    writeFileSync(path: fs.PathOrFileDescriptor, ...rest: unknown[]): void {
      if (disk.full && inside(path)) {
        disk.refusedWrites++;
        throw fault('ENOSPC', 'write', path);
      }
      (real.writeFileSync as (...args: unknown[]) => void)(path, ...rest);
    },
    readFileSync(path: fs.PathOrFileDescriptor, ...rest: unknown[]): unknown {
      if (inside(path) && disk.unreadable.has(resolve(path).split(sep).at(-1) ?? '')) {
        disk.refusedReads++;
        throw fault('EACCES', 'open', path);
      }
      return (real.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    },
  };
  Object.assign(fs, patched);
  syncBuiltinESMExports();
}

/** Puts node:fs back as it was. */
export function uninstallDiskFaults(): void {
  if (!installed) return;
  installed = false;
  Object.assign(fs, real);
  syncBuiltinESMExports();
}

/** Back to a healthy disk for the next test (the fault points stay installed). */
export function healDisk(dir = ''): void {
  Object.assign(disk, { dir, full: false, refusedWrites: 0, refusedReads: 0 });
  disk.unreadable.clear();
}

/** Reads a file as the test sees it, past the injected faults. */
export function peek(path: string): string {
  return real.readFileSync(path, 'utf8');
}
