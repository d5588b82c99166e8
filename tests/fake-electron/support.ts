/** Shared by the fake's own tests: a fresh fake electron module playing one profile. */
import { tmpdir } from 'node:os';
import { vi } from 'vitest';
import type { ProfileName } from './profiles.ts';

export type FakeElectron = typeof import('./index.ts');

/** A fresh module graph (no listeners or windows left from other tests), reset to `profile`. */
export async function fakeOn(profile: ProfileName, options: { ready?: boolean } = {}): Promise<FakeElectron> {
  vi.resetModules();
  const electron: FakeElectron = await import('./index.ts');
  electron.resetFakeState(tmpdir(), profile, options);
  return electron;
}

/** Which profiles a behaviour holds on. */
export const on = {
  wayland: (p: ProfileName): boolean => p.startsWith('linux-wayland'),
  notWayland: (p: ProfileName): boolean => !p.startsWith('linux-wayland'),
  linux: (p: ProfileName): boolean => p.startsWith('linux'),
  notLinux: (p: ProfileName): boolean => !p.startsWith('linux'),
  gnome: (p: ProfileName): boolean => p.startsWith('linux-wayland-gnome'),
  only:
    (...names: ProfileName[]) =>
    (p: ProfileName): boolean =>
      names.includes(p),
  except:
    (...names: ProfileName[]) =>
    (p: ProfileName): boolean =>
      !names.includes(p),
};

/** One behaviour of the fake, checked on the profiles where it holds. */
export interface Behaviour {
  name: string;
  holds: (profile: ProfileName) => boolean;
  check: (electron: FakeElectron) => void | Promise<void>;
}
