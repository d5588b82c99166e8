/**
 * The one IPC contract: every channel between renderer and main, with the runtime schemas of its
 * request and response and, for invoke channels, the kinds of window that may call it. Main validates
 * every request against these schemas and answers only those windows; the preload and the renderer use
 * only the types (and the channel names in ipc-channels.ts), so zod stays out of them.
 */
import { z } from 'zod';
import {
  breakViewSchema,
  fallbackChoiceIdSchema,
  fallbackFromSchema,
  fallbackViewSchema,
  groundingViewSchema,
  needSchema,
  phraseIdSchema,
  promptViewSchema,
} from './break-session/break-view-schema.ts';
import { breakKindSchema, settingsSchema } from './settings/settings-schema.ts';
import { invitedPracticeIds, longerPracticeIds } from './content/content-ids.ts';
import {
  historyExportFormatSchema,
  historyExportSchema,
  historySummaryRequestSchema,
  historySummarySchema,
} from './history/history-schema.ts';
import { breakEndings } from './history/history-types.ts';
import { busySignals } from './busy/busy-signal.ts';
import { supportLinkIds } from './support-links.ts';
import { localeCodes } from './i18n/locales.ts';
import { windowRoles, type WindowRole } from './window-roles.ts';

/** The prompt kinds a timed offer presents. */
export const offerKindSchema = breakKindSchema;

/** What the renderer needs to know to draw the app's identity (and say where the tray is). */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** True on a desktop that shows no tray icons (no StatusNotifierItem host, e.g. stock GNOME Shell). */
  trayHidden: z.boolean().optional(),
});

/** What the home window (the tray menu's stand-in where no tray shows) can ask Tend to do. */
export const homeChoiceSchema = z.enum(['breath', 'tea', 'kind', 'pause-1h', 'resume', 'settings', 'quit']);

/** How a break ended, as the user said it (older single channel; prefer break:done / break:not-now / break:skip). */
export const breakEndSchema = z.object({
  reason: z.enum(['done', 'not-now', 'skip']),
});

/**
 * How a page says its break ended (break:done, and window:close from the grounding window): 'finished'
 * when the prompt ran its course, 'closed-early' when the user stopped it. Left out: break:done counts
 * as 'finished', a grounding window closing as 'closed-early' (Esc closes it too).
 */
export const breakEndedRequestSchema = z.strictObject({ ended: z.enum(breakEndings) }).optional();

/** What the break and grounding windows draw (the offer, a prompt, the fallback): see break-view-schema.ts. */
export { breakViewSchema };

/** How the grounding shortcut stands, for the settings window and the welcome window. */
export const shortcutStatusSchema = z.object({
  accelerator: z.string(),
  label: z.string(),
  state: z.enum(['registered', 'off', 'taken', 'invalid']),
});

/** Settings plus what the settings window shows beside them. */
export const settingsSnapshotSchema = z.object({
  settings: settingsSchema,
  shortcut: shortcutStatusSchema,
  /** Things Tend has told the user this session (e.g. the settings file was repaired). */
  notices: z.array(z.string()),
});

/** One "don't interrupt me" signal as it stands on this machine: off in settings, on and readable, or unknown here. */
export const busySignalStateSchema = z.object({
  signal: z.enum(busySignals),
  state: z.enum(['on', 'off', 'unknown']),
});

/** "Why no break?": each signal's state now, and the last time a signal held a break back (null: not yet). */
export const busyStatusSchema = z.object({
  signals: z.array(busySignalStateSchema),
  lastHeld: z.object({ at: z.int().min(0), signal: z.enum(busySignals) }).nullable(),
});

/** A problem with one field of a settings change, ready to show beside that field. */
export const fieldErrorSchema = z.object({ field: z.string(), code: z.string(), message: z.string() });

/** A settings change: any subset of fields, each checked (with field-level messages) in main. */
export const settingsPatchSchema = z.record(z.string().max(64), z.unknown());

/** Saved (with the new snapshot), or not saved with a message per field. */
export const settingsUpdateResultSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), snapshot: settingsSnapshotSchema }),
  z.object({ saved: z.literal(false), errors: z.array(fieldErrorSchema), snapshot: settingsSnapshotSchema }),
]);

const none = z.undefined();

const everyWindow = windowRoles;
const breakWindow = ['break'] as const;
// The kind-words and fallback steps run in the break window and, after "This doesn't feel right", in grounding.
const sessionWindows = ['break', 'grounding'] as const;
const settingsWindows = ['settings', 'welcome'] as const;

/** One invoke channel: what it takes, what it answers, and which windows may call it (all others are refused). */
interface InvokeEntry {
  request: z.ZodType;
  response: z.ZodType;
  callers: readonly WindowRole[];
}

/** Invoke channels (renderer → main): request and response schemas, and the windows allowed to call. */
export const invokeContract = {
  'app:info': { request: none, response: appInfoSchema, callers: everyWindow },
  /** The user pressed inside a window that opened without focus: it may take focus now. */
  'window:activate': { request: none, response: z.null(), callers: everyWindow },
  /** Closes the calling window (grounding, settings, welcome, home); for the break window use break:*. */
  'window:close': { request: breakEndedRequestSchema, response: z.null(), callers: ['grounding', 'settings', 'welcome', 'home'] },
  /** What the break window shows as it opens (the offer, or a prompt started from the tray); null when no break is on. */
  'break:current': { request: none, response: breakViewSchema.nullable(), callers: breakWindow },
  /** A choice on the offer: the prompt it opens (break-session chooseView). */
  'break:choose': { request: z.object({ kind: breakKindSchema }), response: promptViewSchema, callers: breakWindow },
  'break:not-now': { request: none, response: z.null(), callers: breakWindow },
  'break:skip': { request: none, response: z.null(), callers: breakWindow },
  'break:done': { request: breakEndedRequestSchema, response: z.null(), callers: breakWindow },
  /** "This doesn't feel right" on the prompt `from`: everything stops, gentle mode for the day; the fallback to show (notRight). */
  'break:not-right': { request: z.object({ from: fallbackFromSchema }), response: fallbackViewSchema, callers: sessionWindows },
  /** Kind words: another phrase (in gentle mode another small action) (anotherPhrase). */
  'break:another': { request: none, response: promptViewSchema, callers: sessionWindows },
  /** Kind words: open the short practice the screen invites to (openPractice; a small action where it may not open). */
  'break:practice': { request: z.object({ practiceId: z.enum(invitedPracticeIds) }), response: promptViewSchema, callers: breakWindow },
  /** Kind words: keep (or let go of) this phrase as a favourite; main saves favouritePhraseIds (keepPhrase). */
  'break:favourite': {
    request: z.object({ phraseId: phraseIdSchema, keep: z.boolean() }),
    response: z.null(),
    callers: sessionWindows,
  },
  /** Kind words: hide this phrase (Settings can bring it back), save hiddenPhraseIds, show another (hidePhrase). */
  'break:hide-phrase': { request: z.object({ phraseId: phraseIdSchema }), response: promptViewSchema, callers: sessionWindows },
  /** One of the fallback's outward choices (feet, look around, a drink, breathe normally): what it opens (fallbackChoice). */
  'break:fallback': { request: z.object({ choice: fallbackChoiceIdSchema }), response: promptViewSchema, callers: sessionWindows },
  /** A need picked in the fallback's check-in: the one small action it leads to (needChoice). */
  'break:need': { request: z.object({ need: needSchema }), response: promptViewSchema, callers: sessionWindows },
  'break:end': { request: breakEndSchema, response: z.null(), callers: breakWindow },
  /**
   * Starts a break at once from a Tend window (e.g. the welcome window's "try a one-minute breath now"),
   * or a longer practice by name (the settings window's "A longer pause").
   */
  'break:take-now': {
    request: z.object({ kind: z.enum(['breath', 'tea', 'kind', 'grounding', ...longerPracticeIds]) }),
    response: z.null(),
    callers: settingsWindows,
  },
  /** The grounding window opened (shortcut or tray): the exercise to show, G1 at first (groundingView). */
  'grounding:current': { request: none, response: groundingViewSchema, callers: ['grounding'] },
  'settings:get': { request: none, response: settingsSnapshotSchema, callers: settingsWindows },
  'settings:update': { request: settingsPatchSchema, response: settingsUpdateResultSchema, callers: settingsWindows },
  'settings:reset': { request: none, response: settingsSnapshotSchema, callers: ['settings'] },
  /** "Why no break?" (issue #16): reads each enabled signal now, so it may take a few seconds. */
  'busy:status': { request: none, response: busyStatusSchema, callers: ['settings'] },
  /** "Your pauses" (issue #19): today and the last weeks (8 unless asked), by day and by kind. */
  'history:summary': { request: historySummaryRequestSchema, response: historySummarySchema, callers: ['settings'] },
  /** "Delete all": history.json and its copies are removed; the (empty) summary afterwards. */
  'history:clear': { request: none, response: historySummarySchema, callers: ['settings'] },
  /** The history as CSV or JSON text with a file name; the page saves it (a download link). */
  'history:export': { request: z.strictObject({ format: historyExportFormatSchema }), response: historyExportSchema, callers: ['settings'] },
  /** Opens an allow-listed support link (support-links.ts) in the browser, named by id, never by address. */
  'app:open-link': { request: z.object({ link: z.enum(supportLinkIds) }), response: z.null(), callers: ['settings'] },
  /** A choice in the home window: runs the same command as the tray item it stands in for. */
  'home:run': { request: z.object({ choice: homeChoiceSchema }), response: z.null(), callers: ['home'] },
} as const satisfies Record<string, InvokeEntry>;

/** Event channels (main → renderer): payload schemas. */
export const eventContract = {
  'break:view': breakViewSchema,
  /** The shortcut was pressed again while grounding is open: move on to the next exercise. */
  'grounding:next': z.null(),
  'settings:changed': settingsSnapshotSchema,
  /** Tend's language changed (issue #20): every open window switches to it at once. */
  'app:language': z.strictObject({ locale: z.enum(localeCodes) }),
} as const;

export type InvokeContract = typeof invokeContract;
export type EventContract = typeof eventContract;
export type InvokeChannel = keyof InvokeContract;
export type EventChannel = keyof EventContract;
export type RequestOf<C extends InvokeChannel> = z.input<InvokeContract[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<InvokeContract[C]['response']>;
export type EventPayloadOf<E extends EventChannel> = z.output<EventContract[E]>;
export type OfferKind = z.infer<typeof offerKindSchema>;
export type BreakView = z.infer<typeof breakViewSchema>;
export type {
  BreathView,
  CareView,
  FallbackChoiceId,
  FallbackFrom,
  FallbackView,
  GroundingView,
  KindView,
  Look,
  OfferView,
  PracticeView,
  PromptView,
  TeaView,
} from './break-session/break-view-schema.ts';
export type ShortcutStatus = z.infer<typeof shortcutStatusSchema>;
export type SettingsSnapshot = z.infer<typeof settingsSnapshotSchema>;
export type BusyStatus = z.infer<typeof busyStatusSchema>;
export type {
  HistoryDay,
  HistoryExport,
  HistoryExportFormat,
  HistorySummary,
  HistoryWeek,
} from './history/history-schema.ts';
export type HomeChoice = z.infer<typeof homeChoiceSchema>;
export type SettingsUpdateResult = z.infer<typeof settingsUpdateResultSchema>;
