/**
 * Where Tend is known to be wrong on a platform profile today. Each behaviour the journeys check names
 * the profiles where Tend does not do it yet; there the test is written as `it.fails`, so it turns red
 * (and must be flipped back to `it`) the moment Tend is fixed. The reasons are in the test files.
 */
import { it } from 'vitest';
import type { ProfileName } from '../../fake-electron/profiles.ts';

export const waylandProfiles = ['linux-wayland-gnome', 'linux-wayland-kde', 'linux-wayland-gnome-no-tray'] as const satisfies readonly ProfileName[];
export const gnomeProfiles = ['linux-wayland-gnome', 'linux-wayland-gnome-no-tray'] as const satisfies readonly ProfileName[];

/**
 * `it` where Tend does the behaviour on `profile`, `it.fails` where it is known not to. With
 * TEND_SHOW_KNOWN_WRONG=1 the known-wrong ones run as plain tests, to read why each one fails.
 */
export function itOn(profile: ProfileName, wrongOn: readonly ProfileName[]): typeof it | typeof it.fails {
  return wrongOn.includes(profile) && process.env['TEND_SHOW_KNOWN_WRONG'] !== '1' ? it.fails : it;
}

/** How a journey is registered: a name, the journey options and the test. */
export type Register = (name: string, options: { timeout: number }, fn: () => Promise<void>) => void;

/**
 * `it` where the behaviour can hold on `profile`; where the platform makes it impossible, a skipped
 * test whose name says so and why (`reasons[profile]`, with its source), so the report lists it.
 */
export function cannotOn(profile: ProfileName, reasons: Partial<Record<ProfileName, string>>): Register {
  const reason = reasons[profile];
  if (reason === undefined) return (name, options, fn) => it(name, options, fn);
  return (name, options, fn) => it.skip(`${name} — cannot on ${profile}: ${reason}`, options, fn);
}

/** Every journey here starts the real Tend on the fake: give each a real timeout. */
export const journey = { timeout: 30_000 };
