/**
 * Numbered migrations of the settings file: `migrations[n]` turns a version-n object into version n+1.
 * They are pure and forgiving (they never throw and never validate): whatever they cannot map is left
 * for the field-by-field salvage in settings-load.ts to reset.
 */
import { SETTINGS_VERSION, settingsFieldNames } from './settings-schema.ts';

/** A plain JSON object as read from the file. */
export type RawSettings = Record<string, unknown>;

/** One step, version n → n+1. */
export type Migration = (from: RawSettings) => RawSettings;

const themeFromDarkMode: Record<string, string> = { auto: 'system', on: 'dark', off: 'light' };

/**
 * Version 0 is the prototype's file (no schemaVersion; see hasPrototypeShape): `interval`/`snooze` in minutes, `breakTypes`,
 * `hotkey`, `launchAtLogin`, `darkMode` auto|on|off, `muted`. Version 1 renames them and adds the rest.
 */
export const migrateV0toV1: Migration = (v0) => {
  const renamed: [string, string][] = [
    ['interval', 'intervalMin'],
    ['snooze', 'snoozeMin'],
    ['breakTypes', 'offeredKinds'],
    ['hotkey', 'shortcut'],
    ['launchAtLogin', 'startAtLogin'],
  ];
  const v1: RawSettings = {};
  for (const [from, to] of renamed) if (from in v0) v1[to] = v0[from];
  const darkMode = v0['darkMode'];
  if (typeof darkMode === 'string' && darkMode in themeFromDarkMode) v1['theme'] = themeFromDarkMode[darkMode];
  if (typeof v0['muted'] === 'boolean') v1['sounds'] = !v0['muted'];
  // Someone with a prototype file has already met Tend: no welcome window again.
  v1['firstRunDone'] = true;
  v1['schemaVersion'] = 1;
  return v1;
};

/** All steps in order: index n migrates version n to n+1. */
const migrations: readonly Migration[] = [migrateV0toV1];

/** The result of bringing a raw object up to the current version. */
type MigrationResult =
  | { kind: 'current'; value: RawSettings }
  | { kind: 'migrated'; value: RawSettings; from: number }
  | { kind: 'newer'; value: RawSettings; from: number }
  /** No usable version and not the prototype's shape: left as it is for the field-by-field salvage. */
  | { kind: 'unversioned'; value: RawSettings };

/** The keys only the prototype's (version-0) file has. */
const prototypeKeys = ['interval', 'snooze', 'breakTypes', 'hotkey', 'launchAtLogin', 'darkMode', 'muted'];
const currentKeys = new Set<string>(settingsFieldNames.filter((f) => f !== 'schemaVersion'));

/** True when an object looks like the prototype's file: some of its keys and none of today's fields. */
function hasPrototypeShape(raw: RawSettings): boolean {
  const keys = Object.keys(raw);
  return keys.some((k) => prototypeKeys.includes(k)) && !keys.some((k) => currentKeys.has(k));
}

/**
 * The version a raw object claims, or null when it claims none Tend can trust. Version 0 (no
 * schemaVersion, or 0) only for the prototype's shape: a current file whose version was removed or
 * mistyped ("1", null, 1.5, -1) is damaged, not old, and migrating it would drop every field.
 */
function versionOf(raw: RawSettings): number | null {
  if (!Object.hasOwn(raw, 'schemaVersion')) return hasPrototypeShape(raw) ? 0 : null;
  const v = raw['schemaVersion'];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) return null;
  return v === 0 && !hasPrototypeShape(raw) ? null : v;
}

/** Runs the steps from the object's version up to SETTINGS_VERSION; a file from a newer Tend is left as it is. */
export function migrateSettings(raw: RawSettings, steps: readonly Migration[] = migrations, target = SETTINGS_VERSION): MigrationResult {
  const from = versionOf(raw);
  if (from === null) return { kind: 'unversioned', value: raw };
  if (from === target) return { kind: 'current', value: raw };
  if (from > target) return { kind: 'newer', value: raw, from };
  let value = raw;
  for (let v = from; v < target; v++) {
    const step = steps[v];
    if (!step) break;
    value = step(value);
  }
  return { kind: 'migrated', value, from };
}
