/**
 * The content vocabulary shared by the data, the schema and the selection: kinds, id prefixes, tags and
 * the ids other code refers to by name. Plain constants (no zod), so the renderer can import them cheaply.
 */

/** Every kind of content in CONTENT.md §1. */
export type ContentKind =
  | 'breath'
  | 'tea'
  | 'phrase'
  | 'grounding'
  | 'care-action'
  | 'needs-checkin'
  | 'friend-check'
  | 'scb'
  | 'warmup-other'
  | 'longer';

/** Ids are `prefix.name`; the prefix says the kind (grounding's is the shorter `ground`). */
export const idPrefix: Record<ContentKind, string> = {
  breath: 'breath',
  tea: 'tea',
  phrase: 'phrase',
  grounding: 'ground',
  'care-action': 'care',
  'needs-checkin': 'needs',
  'friend-check': 'friend',
  scb: 'scb',
  'warmup-other': 'warmup',
  longer: 'longer',
};

export const modalities = ['behavioural', 'sensory', 'breath', 'mental'] as const;
export type Modality = (typeof modalities)[number];

/** Neff's three components; null for content that is not self-compassion practice as such. */
export const components = ['mindfulness', 'commonHumanity', 'selfKindness'] as const;
export type Component = (typeof components)[number];

export const requirements = ['standing', 'kitchen', 'touch', 'breathHold'] as const;
export type Requirement = (typeof requirements)[number];

export const phaseTypes = ['in', 'topUp', 'holdFull', 'out', 'holdEmpty'] as const;
export type PhaseType = (typeof phaseTypes)[number];

export const phraseForms = ['statement', 'wish', 'question'] as const;
export type PhraseForm = (typeof phraseForms)[number];

/** Germer's questions, as chips in the fallback's check-in. */
export const needs = ['safer', 'comforted', 'calmer', 'heard', 'protected', 'looked-after', 'nudge'] as const;
export type Need = (typeof needs)[number];

export const breathIds = [
  'breath.natural',
  'breath.easy-7',
  'breath.even-5-5',
  'breath.longout-4-6',
  'breath.sigh',
  'breath.box-4',
] as const;
export type BreathId = (typeof breathIds)[number];

/** The app's default pattern (about 7 breaths a minute; some people find 6 too slow). */
export const appDefaultBreath: BreathId = 'breath.easy-7';
/** The unpaced minute: the fallback's "Breathe normally" and the safe choice in gentle mode. */
export const unpacedBreath: BreathId = 'breath.natural';
/** Opt-in only, with breath holds (never backdraft-safe). */
export const boxBreath: BreathId = 'breath.box-4';

/** In shortcut order: the first press opens the first, each further press the next. */
export const groundingIds = ['ground.soles', 'ground.54321', 'ground.hands-seat'] as const;
export type GroundingId = (typeof groundingIds)[number];

/** How many recently shown items of a kind are kept, and not shown again while others are available. */
export const noRepeatWindow = 5;

/** A breath pattern is about a minute: 60 s, give or take this much. */
export const breathTargetSec = 60;
export const breathToleranceSec = 10;

/**
 * The practices Kind words may invite to (issue #21): the warm-up, the Self-Compassion Break and the
 * friend check, all mental; and the longer ones, opened only when the user asks.
 */
export const invitedPracticeIds = ['warmup.easy-someone', 'scb.moment', 'friend.check'] as const;
export type InvitedPracticeId = (typeof invitedPracticeIds)[number];
/** True when `id` is one of the practices Kind words may invite to. */
export function isInvitedPracticeId(id: string): id is InvitedPracticeId {
  return (invitedPracticeIds as readonly string[]).includes(id);
}
export const longerPracticeIds = ['longer.rain', 'longer.letter'] as const;
export type LongerPracticeId = (typeof longerPracticeIds)[number];
/** True when `id` is one of the longer practices. */
export function isLongerPracticeId(id: string): id is LongerPracticeId {
  return (longerPracticeIds as readonly string[]).includes(id);
}
export const practiceIds = [...invitedPracticeIds, ...longerPracticeIds] as const;
export type PracticeId = (typeof practiceIds)[number];
