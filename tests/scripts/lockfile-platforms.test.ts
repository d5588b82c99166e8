/**
 * package-lock.json serves `npm ci` on every OS Tend is developed on. npm ci refuses a lockfile that lacks
 * an entry for any declared optional dependency, and a package that ships its native code as per-platform
 * optional packages (esbuild, lightningcss, rolldown, unrs-resolver, …) needs one that fits each of
 * linux-x64 (glibc), darwin-arm64, darwin-x64 and win32-x64. Which packages those are comes from the
 * lockfile's own optionalDependencies and the os/cpu/libc fields of their entries, not from a list here.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  os?: string[];
  cpu?: string[];
  libc?: string[];
  optionalDependencies?: Record<string, string>;
}
interface Lockfile {
  packages: Record<string, LockEntry>;
}
interface Platform {
  os: string;
  cpu: string;
  libc?: string;
}

const PLATFORMS: Platform[] = [
  { os: 'linux', cpu: 'x64', libc: 'glibc' },
  { os: 'darwin', cpu: 'arm64' },
  { os: 'darwin', cpu: 'x64' },
  { os: 'win32', cpu: 'x64' },
];
const label = (p: Platform): string => `${p.os}-${p.cpu}`;

/** npm-install-checks' rule: no list fits anything; "!x" rules x out; otherwise the value must be listed. */
function listFits(list: string[] | undefined, value: string): boolean {
  if (!list) return true;
  if (list.includes(`!${value}`)) return false;
  return list.includes(value) || list.every((item) => item.startsWith('!'));
}

/** Whether npm would install `entry` on `platform` (libc is checked on Linux only and fails elsewhere). */
function fits(entry: LockEntry, platform: Platform): boolean {
  const libcFits = !entry.libc || (platform.os === 'linux' && listFits(entry.libc, platform.libc ?? 'glibc'));
  return listFits(entry.os, platform.os) && listFits(entry.cpu, platform.cpu) && libcFits;
}

/** The entry `name` resolves to from the package at `from`, the way Node looks up node_modules folders. */
function resolveEntry(lock: Lockfile, from: string, name: string): LockEntry | undefined {
  let dir = from;
  for (;;) {
    const entry = lock.packages[`${dir ? `${dir}/` : ''}node_modules/${name}`];
    if (entry || !dir) return entry;
    const up = dir.lastIndexOf('/node_modules/');
    dir = up < 0 ? '' : dir.slice(0, up);
  }
}

/** The packages shipping per-platform optional packages, and what the lockfile lacks for `platforms`. */
function platformGaps(lock: Lockfile, platforms = PLATFORMS): { families: string[]; gaps: string[] } {
  const families: string[] = [];
  const gaps: string[] = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    const names = Object.keys(entry.optionalDependencies ?? {});
    const owner = path || '(root)';
    const options: LockEntry[] = [];
    for (const name of names) {
      const option = resolveEntry(lock, path, name);
      if (option) options.push(option);
      else gaps.push(`${owner}: no entry for its optional dependency ${name}`);
    }
    const restricted = options.filter((o) => o.os ?? o.cpu ?? o.libc);
    if (restricted.length === 0) continue;
    families.push(owner);
    // Only the OSes the package ships for at all: fsevents (macOS only) is not wanted on Linux.
    const wanted = platforms.filter((p) => restricted.some((o) => listFits(o.os, p.os)));
    for (const platform of wanted) {
      if (!options.some((o) => fits(o, platform))) gaps.push(`${owner}: nothing fits ${label(platform)}`);
    }
  }
  return { families, gaps };
}

const binding = (os: string, cpu: string, libc?: string): LockEntry => ({
  os: [os],
  cpu: [cpu],
  ...(libc ? { libc: [libc] } : {}),
});

describe('package-lock.json', () => {
  it('has, for every package with per-platform optional packages, one for linux-x64, darwin-arm64, darwin-x64 and win32-x64', () => {
    const lock = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../package-lock.json'), 'utf8'),
    ) as Lockfile;
    const { families, gaps } = platformGaps(lock);
    expect(gaps).toEqual([]);
    // Guards against a check that finds nothing to check.
    expect(families).toEqual(expect.arrayContaining(['node_modules/esbuild', 'node_modules/unrs-resolver']));
  });

  it('reports optional dependencies without an entry, as npm install left them for unrs-resolver', () => {
    const lock: Lockfile = {
      packages: {
        'node_modules/unrs-resolver': {
          optionalDependencies: {
            '@unrs/linux-x64-gnu': '1.0.0',
            '@unrs/darwin-arm64': '1.0.0',
            '@unrs/win32-x64': '1.0.0',
          },
        },
        'node_modules/@unrs/linux-x64-gnu': binding('linux', 'x64', 'glibc'),
      },
    };
    // Without their entries their os/cpu are unknown, so the missing entries are the finding.
    expect(platformGaps(lock).gaps).toEqual([
      'node_modules/unrs-resolver: no entry for its optional dependency @unrs/darwin-arm64',
      'node_modules/unrs-resolver: no entry for its optional dependency @unrs/win32-x64',
    ]);
  });

  it('matches os, cpu and libc: a musl-only Linux binary and an arm64-only Windows one do not count', () => {
    const lock: Lockfile = {
      packages: {
        'node_modules/tool': {
          optionalDependencies: { 'tool-linux': '1', 'tool-darwin': '1', 'tool-win': '1' },
        },
        'node_modules/tool-linux': binding('linux', 'x64', 'musl'),
        'node_modules/tool-darwin': { os: ['darwin'], cpu: ['x64', 'arm64'] },
        'node_modules/tool-win': binding('win32', 'arm64'),
      },
    };
    expect(platformGaps(lock).gaps).toEqual([
      'node_modules/tool: nothing fits linux-x64',
      'node_modules/tool: nothing fits win32-x64',
    ]);
  });

  it('wants a macOS-only optional package (fsevents) on macOS only, and resolves nested entries first', () => {
    const lock: Lockfile = {
      packages: {
        'node_modules/vite': { optionalDependencies: { fsevents: '2' } },
        'node_modules/fsevents': { os: ['darwin'] },
        'node_modules/a/node_modules/esbuild': { optionalDependencies: { 'esbuild-mac': '1' } },
        'node_modules/a/node_modules/esbuild-mac': binding('darwin', 'arm64'),
        'node_modules/esbuild-mac': { os: ['darwin'] },
      },
    };
    expect(platformGaps(lock).gaps).toEqual(['node_modules/a/node_modules/esbuild: nothing fits darwin-x64']);
  });
});
