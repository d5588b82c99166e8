/**
 * The one IPC contract: every channel between renderer and main, with the runtime schemas of its
 * request and response. Main validates every request against these schemas; the preload and the
 * renderer use only the types (and the channel names in ipc-channels.ts), so zod stays out of them.
 */
import { z } from 'zod';
import {
  breakViewSchema,
  fallbackChoiceIdSchema,
  fallbackViewSchema,
  groundingViewSchema,
  needSchema,
  phraseIdSchema,
  promptViewSchema,
} from './break-session/break-view-schema.ts';
import { breakKindSchema, settingsSchema } from './settings/settings-schema.ts';
import { supportLinkIds } from './support-links.ts';

/** The prompt kinds a timed offer presents. */
export const offerKindSchema = breakKindSchema;

/** What the renderer needs to know to draw the app's identity (and say where the tray is). */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
});

/** How a break ended, as the user said it (older single channel; prefer break:done / break:not-now / break:skip). */
export const breakEndSchema = z.object({
  reason: z.enum(['done', 'not-now', 'skip']),
});

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

/** Invoke channels (renderer → main): request and response schemas. */
export const invokeContract = {
  'app:info': { request: none, response: appInfoSchema },
  /** The user pressed inside a window that opened without focus: it may take focus now. */
  'window:activate': { request: none, response: z.null() },
  /** Closes the calling window (grounding, settings, welcome); for the break window use break:*. */
  'window:close': { request: none, response: z.null() },
  /** What the break window shows as it opens (the offer, or a prompt started from the tray); null when no break is on. */
  'break:current': { request: none, response: breakViewSchema.nullable() },
  /** A choice on the offer: the prompt it opens (break-session chooseView). */
  'break:choose': { request: z.object({ kind: breakKindSchema }), response: promptViewSchema },
  'break:not-now': { request: none, response: z.null() },
  'break:skip': { request: none, response: z.null() },
  'break:done': { request: none, response: z.null() },
  /** "This doesn't feel right": everything stops, gentle mode for the day; the fallback to show (notRight). */
  'break:not-right': { request: none, response: fallbackViewSchema },
  /** Kind words: another phrase (in gentle mode another small action) (anotherPhrase). */
  'break:another': { request: none, response: promptViewSchema },
  /** Kind words: keep (or let go of) this phrase as a favourite; main saves favouritePhraseIds (keepPhrase). */
  'break:favourite': { request: z.object({ phraseId: phraseIdSchema, keep: z.boolean() }), response: z.null() },
  /** Kind words: hide this phrase (Settings can bring it back), save hiddenPhraseIds, show another (hidePhrase). */
  'break:hide-phrase': { request: z.object({ phraseId: phraseIdSchema }), response: promptViewSchema },
  /** One of the fallback's outward choices (feet, look around, a drink, breathe normally): what it opens (fallbackChoice). */
  'break:fallback': { request: z.object({ choice: fallbackChoiceIdSchema }), response: promptViewSchema },
  /** A need picked in the fallback's check-in: the one small action it leads to (needChoice). */
  'break:need': { request: z.object({ need: needSchema }), response: promptViewSchema },
  'break:end': { request: breakEndSchema, response: z.null() },
  /** Starts a break at once from a Tend window (e.g. the welcome window's "try a one-minute breath now"). */
  'break:take-now': { request: z.object({ kind: z.enum(['breath', 'tea', 'kind', 'grounding']) }), response: z.null() },
  /** The grounding window opened (shortcut or tray): the exercise to show, G1 at first (groundingView). */
  'grounding:current': { request: none, response: groundingViewSchema },
  'settings:get': { request: none, response: settingsSnapshotSchema },
  'settings:update': { request: settingsPatchSchema, response: settingsUpdateResultSchema },
  'settings:reset': { request: none, response: settingsSnapshotSchema },
  /** Opens an allow-listed support link (support-links.ts) in the browser, named by id, never by address. */
  'app:open-link': { request: z.object({ link: z.enum(supportLinkIds) }), response: z.null() },
} as const;

/** Event channels (main → renderer): payload schemas. */
export const eventContract = {
  'break:view': breakViewSchema,
  /** The shortcut was pressed again while grounding is open: move on to the next exercise. */
  'grounding:next': z.null(),
  'settings:changed': settingsSnapshotSchema,
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
  FallbackView,
  GroundingView,
  KindView,
  Look,
  OfferView,
  PromptView,
  TeaView,
} from './break-session/break-view-schema.ts';
export type ShortcutStatus = z.infer<typeof shortcutStatusSchema>;
export type SettingsSnapshot = z.infer<typeof settingsSnapshotSchema>;
export type SettingsUpdateResult = z.infer<typeof settingsUpdateResultSchema>;
