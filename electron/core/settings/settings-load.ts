/**
 * Turns the text of config.json (or its absence) into settings the app can use, and says what happened
 * so the store can keep a copy of a damaged file and tell the user. Never throws: a file that is not
 * JSON starts from defaults; a file with some bad fields keeps the good ones (each field is checked on
 * its own, so keeping one never depends on another).
 */
import { defaultSettings } from './settings-defaults.ts';
import { salvageCustomPhrases } from './phrase-salvage.ts';
import { migrateSettings, type RawSettings } from './settings-migrations.ts';
import { settingsFieldNames, settingsFields, type Settings, type SettingsField } from './settings-schema.ts';

/**
 * What loading found. `fresh`, `loaded` and `migrated` (brought up to date: an older version, or fields
 * missing) are normal; the rest mean the file was damaged or foreign.
 */
export type LoadOutcome =
  | { kind: 'fresh' }
  | { kind: 'loaded' }
  | { kind: 'migrated'; from: number }
  | { kind: 'repaired'; resetFields: SettingsField[]; droppedKeys: string[] }
  | { kind: 'newer'; from: number; resetFields: SettingsField[]; droppedKeys: string[] }
  | { kind: 'corrupt' };

/** Settings ready to use, and how they were obtained. */
interface LoadedSettings {
  settings: Settings;
  outcome: LoadOutcome;
}

/** True when the old file is not what Tend will write back, so a copy of it is kept beside it first. */
export function keepsCopy(outcome: LoadOutcome): boolean {
  return outcome.kind === 'repaired' || outcome.kind === 'newer' || outcome.kind === 'corrupt';
}

/** True when the file must be rewritten at start (it is missing, old, or damaged). */
export function needsRewrite(outcome: LoadOutcome): boolean {
  return outcome.kind !== 'loaded';
}

function parseObject(text: string): RawSettings | null {
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as RawSettings) : null;
  } catch {
    return null;
  }
}

/** Keeps every field that is valid on its own and resets the others to their defaults. */
function salvageSettings(raw: RawSettings): { settings: Settings; resetFields: SettingsField[]; droppedKeys: string[] } {
  const defaults = defaultSettings();
  const settings: Record<string, unknown> = {};
  const resetFields: SettingsField[] = [];
  for (const field of settingsFieldNames) {
    if (field === 'schemaVersion') {
      settings[field] = defaults.schemaVersion;
      continue;
    }
    const parsed = settingsFields[field].safeParse(Object.hasOwn(raw, field) ? raw[field] : undefined);
    if (parsed.success) {
      settings[field] = parsed.data;
    } else {
      // The user's own phrases are kept one by one: one bad phrase never costs the list (phrase-salvage.ts).
      const phrases = field === 'customPhrases' && Object.hasOwn(raw, field) ? salvageCustomPhrases(raw[field]) : null;
      settings[field] = phrases ?? defaults[field];
      // A field that is simply absent (an older file, a newer field) is filled in quietly.
      if (Object.hasOwn(raw, field)) resetFields.push(field);
    }
  }
  const known = new Set<string>(settingsFieldNames);
  const droppedKeys = Object.keys(raw).filter((k) => !known.has(k));
  return { settings: settings as Settings, resetFields, droppedKeys };
}

/** Reads the text of config.json; `null` when there is no file yet. */
export function loadSettings(text: string | null): LoadedSettings {
  if (text === null) return { settings: defaultSettings(), outcome: { kind: 'fresh' } };
  const raw = parseObject(text);
  if (!raw) return { settings: defaultSettings(), outcome: { kind: 'corrupt' } };
  const migrated = migrateSettings(raw);
  const { settings, resetFields, droppedKeys } = salvageSettings(migrated.value);
  // A file with content but no version Tend can trust is damaged: salvaged, copied and told (issue #13).
  if (migrated.kind === 'unversioned' && Object.keys(raw).length > 0) resetFields.unshift('schemaVersion');
  if (migrated.kind === 'newer') return { settings, outcome: { kind: 'newer', from: migrated.from, resetFields, droppedKeys } };
  if (resetFields.length > 0 || droppedKeys.length > 0) return { settings, outcome: { kind: 'repaired', resetFields, droppedKeys } };
  if (migrated.kind === 'migrated') return { settings, outcome: { kind: 'migrated', from: migrated.from } };
  // Valid, current, and complete? Any field filled in from defaults means the file is incomplete.
  const complete = settingsFieldNames.every((f) => Object.hasOwn(migrated.value, f));
  return { settings, outcome: complete ? { kind: 'loaded' } : { kind: 'migrated', from: settings.schemaVersion } };
}
