/**
 * The content model of CONTENT.md §1 as zod schemas, one per kind, with the rules each item must keep.
 * The types are inferred from here; the data files import them as types only, so zod stays out of the
 * renderer bundle.
 */
import { z } from 'zod';
import * as ids from './content-ids.ts';
import { keyWithin, messageKeySchema, wordTemplateKeySchema } from './message-key-schema.ts';
import { checkItem } from './item-rules.ts';

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';

/** Any content id: `prefix.name`. */
export const contentIdSchema = z.string().regex(new RegExp(`^[a-z]+\\.${slug}$`), 'Ids look like kind.name.');
const idOf = (kind: ids.ContentKind) =>
  z
    .string()
    .regex(
      new RegExp(`^${ids.idPrefix[kind]}\\.${slug}$`),
      `Ids of ${kind} look like ${ids.idPrefix[kind]}.name.`,
    );

const titleKeySchema = keyWithin(40);
export const stepTextKeySchema = keyWithin(90);

const stepSchema = z.object({ text: stepTextKeySchema, sec: z.number().positive().optional() });

const a11ySchema = z.object({
  reducedMotionVariant: z.enum(['not-needed', 'static-pacer']),
  srAnnouncements: z.enum(['phases', 'steps', 'text']),
  audioCue: z.enum(['none', 'phase-tone', 'end-chime']),
  hapticCue: z.boolean(),
});

const base = {
  title: titleKeySchema,
  steps: z.array(stepSchema).min(1),
  durationSec: z.number().positive(),
  modality: z.enum(ids.modalities),
  component: z.enum(ids.components).nullable(),
  backdraftSafe: z.boolean(),
  intensity: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  requires: z.array(z.enum(ids.requirements)),
  alternatives: z.array(contentIdSchema),
  a11y: a11ySchema,
  sources: z.array(z.string().min(1)).min(1),
};

const breathPhaseSchema = z.object({ type: z.enum(ids.phaseTypes), sec: z.number().positive() });

/** An empty phase list means no pacer (the unpaced minute); then cycles is 0 and bpm is null. */
const breathPatternSchema = z.object({
  phases: z.array(breathPhaseSchema),
  cycles: z.number().int().nonnegative(),
  bpm: z.number().positive().nullable(),
  holdsToggle: z.boolean(),
});

export const breathItemSchema = z
  .object({ id: z.enum(ids.breathIds), kind: z.literal('breath'), ...base, pattern: breathPatternSchema })
  .superRefine(checkItem);

export const teaItemSchema = z
  .object({ id: idOf('tea'), kind: z.literal('tea'), ...base, needsKitchen: z.boolean() })
  .superRefine(checkItem);

/** `word`: the phrase has a word the user can change; `template` holds it as `{word}`. */
export const phraseItemSchema = z
  .object({
    id: idOf('phrase'),
    kind: z.literal('phrase'),
    ...base,
    form: z.enum(ids.phraseForms),
    word: z.object({ template: wordTemplateKeySchema, default: messageKeySchema }).optional(),
  })
  .superRefine(checkItem);

/** `substitutions`: short notes on how a step can be swapped or skipped. */
export const groundingItemSchema = z
  .object({
    id: z.enum(ids.groundingIds),
    kind: z.literal('grounding'),
    ...base,
    canStopEarly: z.boolean(),
    substitutions: z.array(stepTextKeySchema),
  })
  .superRefine(checkItem);

export const careActionItemSchema = z
  .object({ id: idOf('care-action'), kind: z.literal('care-action'), ...base })
  .superRefine(checkItem);

/** One chip of the check-in: a need, and the ONE thing it leads to. */
const needsOptionSchema = z.object({
  label: keyWithin(24),
  need: z.enum(ids.needs),
  suggestIds: z.array(contentIdSchema).length(1),
});

export const needsCheckinItemSchema = z
  .object({
    id: idOf('needs-checkin'),
    kind: z.literal('needs-checkin'),
    ...base,
    options: z.array(needsOptionSchema).min(1),
  })
  .superRefine(checkItem);

export const friendCheckItemSchema = z
  .object({ id: idOf('friend-check'), kind: z.literal('friend-check'), ...base })
  .superRefine(checkItem);

/** The Self-Compassion Break: the three steps in the user's own words (CONTENT.md "Other kinds"). */
export const scbItemSchema = z
  .object({ id: idOf('scb'), kind: z.literal('scb'), ...base })
  .superRefine(checkItem);

/** Warming up with someone easy before turning the wish toward oneself. */
export const warmupItemSchema = z
  .object({ id: idOf('warmup-other'), kind: z.literal('warmup-other'), ...base })
  .superRefine(checkItem);

/**
 * A longer practice, only when the user asks (never at a break Tend offers). `writeStep`: the step, by
 * index, that has a box to write in; what is written stays in the window unless the user keeps it.
 */
export const longerItemSchema = z
  .object({
    id: idOf('longer'),
    kind: z.literal('longer'),
    ...base,
    writeStep: z.number().int().nonnegative().nullable(),
  })
  .superRefine(checkItem);

/** Any content item. */
export const contentItemSchema = z.discriminatedUnion('kind', [
  breathItemSchema,
  teaItemSchema,
  phraseItemSchema,
  groundingItemSchema,
  careActionItemSchema,
  needsCheckinItemSchema,
  friendCheckItemSchema,
  scbItemSchema,
  warmupItemSchema,
  longerItemSchema,
]);

export type ContentItem = z.infer<typeof contentItemSchema>;
export type BreathItem = z.infer<typeof breathItemSchema>;
export type BreathPattern = z.infer<typeof breathPatternSchema>;
export type BreathPhase = z.infer<typeof breathPhaseSchema>;
export type TeaItem = z.infer<typeof teaItemSchema>;
export type PhraseItem = z.infer<typeof phraseItemSchema>;
export type GroundingItem = z.infer<typeof groundingItemSchema>;
export type CareActionItem = z.infer<typeof careActionItemSchema>;
export type NeedsCheckinItem = z.infer<typeof needsCheckinItemSchema>;
export type NeedsOption = z.infer<typeof needsOptionSchema>;
export type FriendCheckItem = z.infer<typeof friendCheckItemSchema>;
export type ScbItem = z.infer<typeof scbItemSchema>;
export type WarmupItem = z.infer<typeof warmupItemSchema>;
export type LongerItem = z.infer<typeof longerItemSchema>;
export type ContentStep = z.infer<typeof stepSchema>;
export type ContentA11y = z.infer<typeof a11ySchema>;
