/**
 * What the break window and the grounding window draw, as runtime schemas for the IPC contract. A view
 * carries everything the renderer needs (ids it can look up in the zod-free content catalogue, resolved
 * phrase text, pattern id and holds flag, how to look), so main and the preview's demo bridge produce
 * the same value and the renderer never needs main-only data.
 */
import { z } from 'zod';
import { breathIds, groundingIds, invitedPracticeIds, needs, practiceIds } from '../content/content-ids.ts';
import { isMessageKey, t, type PlainMessageKey } from '../i18n/t.ts';
import { breakKindSchema, itemIdSchema, settingsFields } from '../settings/settings-schema.ts';

const placeholder = /\{\w+\}/;

/** A message key without params (kept zod-free in content; restated here to keep the contract self-contained). */
const plainKeySchema = z.custom<PlainMessageKey>(
  (v) => typeof v === 'string' && isMessageKey(v) && !placeholder.test(t(v as PlainMessageKey)),
  'Not a message key (without params).',
);
const idOf = (prefix: string) => z.string().regex(new RegExp(`^${prefix}\\.[a-z0-9]+(?:-[a-z0-9]+)*$`));

/** How every view looks: the theme and motion preferences from settings (system by default). */
const lookSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  reducedMotion: z.enum(['system', 'on']),
});

/**
 * The timed offer: the kinds to present (settings' offeredKinds, in that order); what Kind words opens
 * now, so its label says so ('kind': a phrase; 'care': a small thing to do, in gentle mode or with every
 * phrase hidden); and the minutes of work before "Not now" asks again (settings' snoozeMin, as the
 * engine waits them).
 */
const offerViewSchema = z.object({
  view: z.literal('offer'),
  kinds: z.array(breakKindSchema).min(1).max(3),
  kindOpens: z.enum(['kind', 'care']),
  snoozeMin: settingsFields.snoozeMin,
  look: lookSchema,
});

/** A minute of breath: the pattern and holds flag (the renderer builds the timeline), first-use line, end chime. */
const breathViewSchema = z.object({
  view: z.literal('breath'),
  patternId: z.enum(breathIds),
  holds: z.boolean(),
  firstUse: z.boolean(),
  chime: z.boolean(),
  look: lookSchema,
});

/** A tea prompt from the catalogue; `chime` rings softly when the optional timer ends. */
const teaViewSchema = z.object({
  view: z.literal('tea'),
  itemId: idOf('tea'),
  chime: z.boolean(),
  look: lookSchema,
});

/**
 * One kind phrase, resolved to its text (library or the user's own), and whether it is kept; `practice`,
 * when there is one that may be shown, is a short practice the screen invites to (issue #21).
 */
const kindViewSchema = z.object({
  view: z.literal('kind'),
  phraseId: itemIdSchema,
  heading: plainKeySchema,
  text: z.string().min(1).max(300),
  favourite: z.boolean(),
  practice: z.enum(invitedPracticeIds).optional(),
  look: lookSchema,
});

/** A short practice (from Kind words) or a longer one (when asked for), shown one step at a time. */
const practiceViewSchema = z.object({
  view: z.literal('practice'),
  itemId: z.enum(practiceIds),
  look: lookSchema,
});

/** A small outward action (gentle mode's kind-words slot, or the answer to a need). */
const careViewSchema = z.object({
  view: z.literal('care'),
  itemId: idOf('care'),
  look: lookSchema,
});

/** A grounding exercise, shown one step at a time. */
export const groundingViewSchema = z.object({
  view: z.literal('grounding'),
  itemId: z.enum(groundingIds),
  look: lookSchema,
});

/** The prompts "This doesn't feel right" can be pressed on, by their view names. */
export const fallbackFromSchema = z.enum(['breath', 'tea', 'kind', 'care', 'grounding', 'practice']);

/**
 * "This doesn't feel right": the renderer shows the fallback; `notes` are said once (gentle mode,
 * therapist); `from` is the prompt it was pressed on, so its first words fit what the user was doing.
 */
export const fallbackViewSchema = z.object({
  view: z.literal('fallback'),
  notes: z.array(plainKeySchema).max(2),
  from: fallbackFromSchema,
  look: lookSchema,
});

/** Anything the break window can draw. */
export const breakViewSchema = z.discriminatedUnion('view', [
  offerViewSchema,
  breathViewSchema,
  teaViewSchema,
  kindViewSchema,
  careViewSchema,
  groundingViewSchema,
  practiceViewSchema,
  fallbackViewSchema,
]);

/** A prompt the user can be in (everything but the offer and the fallback). */
export const promptViewSchema = z.discriminatedUnion('view', [
  breathViewSchema,
  teaViewSchema,
  kindViewSchema,
  careViewSchema,
  groundingViewSchema,
  practiceViewSchema,
]);

/** The outward choices of the fallback that open something ("Just close this" ends the break instead). */
export const fallbackChoiceIdSchema = z.enum(['feet', 'look', 'drink', 'breathe']);

/** A phrase id as the kind words screen sends it back (library or custom). */
export const phraseIdSchema = kindViewSchema.shape.phraseId;

/** A need from the check-in. */
export const needSchema = z.enum(needs);

export type Look = z.infer<typeof lookSchema>;
export type BreakView = z.infer<typeof breakViewSchema>;
export type PromptView = z.infer<typeof promptViewSchema>;
export type OfferView = z.infer<typeof offerViewSchema>;
export type BreathView = z.infer<typeof breathViewSchema>;
export type TeaView = z.infer<typeof teaViewSchema>;
export type KindView = z.infer<typeof kindViewSchema>;
export type CareView = z.infer<typeof careViewSchema>;
export type GroundingView = z.infer<typeof groundingViewSchema>;
export type PracticeView = z.infer<typeof practiceViewSchema>;
export type FallbackView = z.infer<typeof fallbackViewSchema>;
export type FallbackChoiceId = z.infer<typeof fallbackChoiceIdSchema>;
export type FallbackFrom = z.infer<typeof fallbackFromSchema>;

