/**
 * The one settings schema. It is the single source of the Settings type, of runtime validation (file,
 * IPC patches) and, through z.toJSONSchema, of the JSON Schema electron-store checks the file against.
 * Each field has its own schema so a damaged file can be salvaged field by field.
 */
import { z } from 'zod';
import { checkPhraseText, customPhraseMaxChars } from '../content/custom-phrase.ts';
import { localeCodes } from '../i18n/locales.ts';
import { isShortcutSetting } from './accelerator.ts';
import { workingHoursSchema } from './working-hours-schema.ts';

/** The current shape's version; a file with a lower one is migrated (settings-migrations.ts). */
export const SETTINGS_VERSION = 1;

/** Bounds of the minute fields, shared by the schema and its messages. */
export const minuteBounds = {
  intervalMin: { min: 5, max: 240 },
  snoozeMin: { min: 1, max: 60 },
  awayResetMin: { min: 1, max: 60 },
  offerTimeoutMin: { min: 1, max: 30 },
} as const;
export type MinuteField = keyof typeof minuteBounds;

/** Size limits of the list fields, shared by the schema and its messages. */
export const listLimits = {
  customPhrases: 500,
  hiddenPhraseIds: 2000,
  favouritePhraseIds: 2000,
  /** The one phrase length (custom-phrase.ts), counted in characters as people count them. */
  phraseLength: customPhraseMaxChars,
} as const;

/** The three kinds of break a timed offer can present. */
export const breakKindSchema = z.enum(['breath', 'tea', 'kind']);
export type BreakKind = z.infer<typeof breakKindSchema>;

/** Ids of phrases (catalogue or custom) and of breath patterns. */
export const itemIdSchema = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,79}$/i);
const breathPatternIdSchema = z.string().regex(/^breath\.[a-z0-9-]{1,40}$/);

function minutes(field: MinuteField): z.ZodInt {
  return z.int().min(minuteBounds[field].min).max(minuteBounds[field].max);
}

function unique(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

const uniqueIds = (max: number): z.ZodType<string[]> =>
  z.array(itemIdSchema).max(max).refine(unique, { message: 'duplicate-id', params: { problem: 'duplicate-id' } });

/**
 * A phrase the user wrote, by the one set of phrase rules (checkPhraseText in custom-phrase.ts, which the
 * settings window uses too): tidy text of 1–90 characters with no hidden control characters.
 */
const customPhraseSchema = z.strictObject({
  id: itemIdSchema,
  text: z.string().superRefine((text, ctx) => {
    const checked = checkPhraseText(text);
    if (!checked.ok) ctx.addIssue({ code: 'custom', message: `phrase-${checked.error}`, params: { problem: `phrase-${checked.error}` } });
    // Tidy text only (settings-patch.ts tidies what a page sends; the file salvage tidies the file's).
    else if (checked.text !== text) ctx.addIssue({ code: 'custom', message: 'phrase-untidy', params: { problem: 'phrase-untidy' } });
  }),
});
export type CustomPhrase = z.infer<typeof customPhraseSchema>;

/** Every field, each validated on its own (the whole-file schema is the object of these). */
export const settingsFields = {
  schemaVersion: z.literal(SETTINGS_VERSION),
  intervalMin: minutes('intervalMin'),
  snoozeMin: minutes('snoozeMin'),
  awayResetMin: minutes('awayResetMin'),
  offerTimeoutMin: minutes('offerTimeoutMin'),
  workingHours: workingHoursSchema,
  offeredKinds: z
    .array(breakKindSchema)
    .min(1)
    .max(3)
    .refine(unique, { message: 'duplicate-id', params: { problem: 'duplicate-id' } }),
  defaultBreathPattern: breathPatternIdSchema,
  boxHolds: z.boolean(),
  customPhrases: z
    .array(customPhraseSchema)
    .max(listLimits.customPhrases)
    .refine((list) => unique(list.map((p) => p.id)), { message: 'duplicate-id', params: { problem: 'duplicate-id' } }),
  hiddenPhraseIds: uniqueIds(listLimits.hiddenPhraseIds),
  favouritePhraseIds: uniqueIds(listLimits.favouritePhraseIds),
  /** A global shortcut accelerator, or '' for none. */
  shortcut: z.string().max(80).refine(isShortcutSetting, { message: 'shortcut-invalid', params: { problem: 'shortcut-invalid' } }),
  startAtLogin: z.boolean(),
  sounds: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
  reducedMotion: z.enum(['system', 'on']),
  /** Tend's language (issue #20): the system's best match, or one the user chose. */
  language: z.enum(['system', ...localeCodes]),
  firstRunDone: z.boolean(),
  /** Which "don't interrupt me" signals may hold a timed offer back (issue #16); each reads 'unknown' where the OS cannot tell. */
  dontInterrupt: z.strictObject({ doNotDisturb: z.boolean(), fullScreen: z.boolean(), call: z.boolean() }),
  /** Epoch milliseconds until which gentle mode (after "This doesn't feel right") lasts, or null. */
  gentleModeUntil: z.int().min(0).nullable(),
  /**
   * The gentle history (issue #19): keep one record per break taken (off: nothing more is written), and
   * whether "Not now" and "Skip" are noted and shown too (off by default).
   */
  history: z.strictObject({ keep: z.boolean(), showSkips: z.boolean() }),
} as const;

/** Every user preference, as stored in config.json. */
export const settingsSchema = z.strictObject(settingsFields);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingsField = keyof Settings;

/** The field names in a stable order. */
export const settingsFieldNames = Object.keys(settingsFields) as SettingsField[];

/** The fields the settings window may change (the version is Tend's own bookkeeping). */
export type EditableField = Exclude<SettingsField, 'schemaVersion'>;

