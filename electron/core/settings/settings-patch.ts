/**
 * Checks a change from the settings window against the schema, field by field, and explains every
 * problem in words the user can act on (catalogue messages). A patch with any problem changes nothing.
 */
import type { z } from 'zod';
import type { settingsErrors } from '../i18n/en/settings-errors.ts';
import { tidyPhraseText } from '../content/custom-phrase.ts';
import { t } from '../i18n/t.ts';
import { parseAccelerator } from './accelerator.ts';
import { MAX_RANGES_PER_DAY } from './working-hours-schema.ts';
import {
  listLimits,
  minuteBounds,
  settingsFieldNames,
  settingsFields,
  type EditableField,
  type MinuteField,
  type Settings,
  type SettingsField,
} from './settings-schema.ts';

/** A catalogue key of settings-errors.ts. */
type SettingsErrorCode = keyof typeof settingsErrors;

/** One problem, placed at a field path such as "workingHours.days.1.0" or "intervalMin". */
export interface FieldError {
  field: string;
  code: SettingsErrorCode;
  message: string;
}

/** The new settings and what changed, or every problem found. */
type PatchResult = { ok: true; settings: Settings; changed: EditableField[] } | { ok: false; errors: FieldError[] };

const fieldSet = new Set<string>(settingsFieldNames);

function isMinuteField(field: string): field is MinuteField {
  return Object.hasOwn(minuteBounds, field);
}

function problemOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code !== 'custom') return undefined;
  const problem: unknown = issue.params?.['problem'];
  return typeof problem === 'string' ? problem : undefined;
}

/** The message for one schema issue of `field`. */
function explain(field: SettingsField, issue: z.core.$ZodIssue): FieldError {
  const where = [field, ...issue.path.map(String)].join('.');
  const problem = problemOf(issue);
  const e = (code: SettingsErrorCode, message: string): FieldError => ({ field: where, code, message });
  if (problem === 'duplicate-id') return e('settings-error.duplicate', t('settings-error.duplicate'));
  if (isMinuteField(field)) {
    const { min, max } = minuteBounds[field];
    return e('settings-error.minutes-range', t('settings-error.minutes-range', { min, max }));
  }
  switch (field) {
    case 'workingHours': {
      if (problem === 'range-empty') return e('settings-error.range-empty', t('settings-error.range-empty'));
      if (problem === 'range-overlap') return e('settings-error.range-overlap', t('settings-error.range-overlap'));
      const last = issue.path.at(-1);
      if (last === 'start' || last === 'end') return e('settings-error.range-time', t('settings-error.range-time'));
      if (issue.code === 'too_big' && issue.path.length === 2) {
        return e('settings-error.too-many-ranges', t('settings-error.too-many-ranges', { max: MAX_RANGES_PER_DAY }));
      }
      return e('settings-error.invalid', t('settings-error.invalid'));
    }
    case 'offeredKinds':
      if (issue.code === 'too_small') return e('settings-error.kinds-empty', t('settings-error.kinds-empty'));
      return e('settings-error.choice', t('settings-error.choice'));
    case 'defaultBreathPattern':
      return e('settings-error.pattern', t('settings-error.pattern'));
    case 'customPhrases':
      if (issue.path.at(-1) === 'text') {
        if (problem === 'phrase-too-long') return e('settings-error.phrase-too-long', t('settings-error.phrase-too-long', { max: listLimits.phraseLength }));
        if (problem === 'phrase-unsafe') return e('settings-error.phrase-unsafe', t('settings-error.phrase-unsafe'));
        return e('settings-error.phrase-empty', t('settings-error.phrase-empty'));
      }
      if (issue.code === 'too_big' && issue.path.length === 0) {
        return e('settings-error.too-many-items', t('settings-error.too-many-items', { max: listLimits.customPhrases }));
      }
      return e('settings-error.invalid', t('settings-error.invalid'));
    case 'hiddenPhraseIds':
    case 'favouritePhraseIds':
      if (issue.code === 'too_big' && issue.path.length === 0) {
        return e('settings-error.too-many-items', t('settings-error.too-many-items', { max: listLimits[field] }));
      }
      return e('settings-error.invalid', t('settings-error.invalid'));
    case 'shortcut':
      return e('settings-error.shortcut-invalid', t('settings-error.shortcut-invalid'));
    case 'startAtLogin':
    case 'history':
    case 'sounds':
    case 'boxHolds':
    case 'firstRunDone':
    case 'theme':
    case 'reducedMotion':
    case 'language':
      return e('settings-error.choice', t('settings-error.choice'));
    default:
      return e('settings-error.invalid', t('settings-error.invalid'));
  }
}

/** Tidies what people type: spaces in phrases (as the phrase rules tidy them), the spelling of a shortcut. */
function normalise(field: SettingsField, value: unknown): unknown {
  if (field === 'shortcut' && typeof value === 'string') {
    const parsed = parseAccelerator(value);
    return parsed.ok ? parsed.normalized : value.trim();
  }
  if (field === 'customPhrases' && Array.isArray(value)) {
    return value.map((p: unknown) => {
      if (p === null || typeof p !== 'object' || Array.isArray(p)) return p;
      const phrase = p as Record<string, unknown>;
      const text = phrase['text'];
      return typeof text === 'string' ? { ...phrase, text: tidyPhraseText(text) } : phrase;
    });
  }
  return value;
}

/** The shortcut's own problem, in more helpful words than "invalid" where we can tell. */
function shortcutError(value: unknown): FieldError | null {
  if (typeof value !== 'string' || value === '') return null;
  const parsed = parseAccelerator(value);
  if (parsed.ok) return null;
  if (parsed.problem === 'system') {
    return { field: 'shortcut', code: 'settings-error.shortcut-system', message: t('settings-error.shortcut-system') };
  }
  if (parsed.problem !== 'needs-modifier') return null;
  return {
    field: 'shortcut',
    code: 'settings-error.shortcut-needs-modifier',
    message: t('settings-error.shortcut-needs-modifier'),
  };
}

/** Validates `patch` (untrusted) against `current`; returns the merged settings, or field-level messages. */
export function validateSettingsPatch(current: Settings, patch: unknown): PatchResult {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    return { ok: false, errors: [{ field: '', code: 'settings-error.not-a-change', message: t('settings-error.not-a-change') }] };
  }
  const errors: FieldError[] = [];
  const next: Record<string, unknown> = { ...current };
  const changed: EditableField[] = [];
  for (const [key, raw] of Object.entries(patch as Record<string, unknown>)) {
    if (!fieldSet.has(key)) {
      // The name is shown back only when it is short and plain, so the message stays readable.
      const shown = /^[\w-]{1,40}$/.test(key) ? key : '…';
      errors.push({ field: key, code: 'settings-error.unknown-field', message: t('settings-error.unknown-field', { field: shown }) });
      continue;
    }
    const field = key as SettingsField;
    // The version is Tend's bookkeeping; gentle mode is the engine's (settings-service enterGentleMode). A
    // page may end gentle mode early (null), never start or stretch it.
    if (field === 'schemaVersion' || (field === 'gentleModeUntil' && raw !== null)) {
      errors.push({ field, code: 'settings-error.read-only', message: t('settings-error.read-only') });
      continue;
    }
    const value = normalise(field, raw);
    const parsed = settingsFields[field].safeParse(value);
    if (!parsed.success) {
      const special = field === 'shortcut' ? shortcutError(value) : null;
      errors.push(...(special ? [special] : parsed.error.issues.map((issue) => explain(field, issue))));
      continue;
    }
    next[field] = parsed.data;
    if (JSON.stringify(parsed.data) !== JSON.stringify(current[field])) changed.push(field);
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, settings: next as Settings, changed };
}
