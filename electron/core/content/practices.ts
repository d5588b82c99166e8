/**
 * The short practices offered inside Kind words (the Self-Compassion Break, the warm-up with someone
 * easy) and the longer ones the user can ask for (RAIN, a letter). All are mental and never
 * backdraft-safe, so gentle mode leaves them out; the Self-Compassion Break turns toward a moderate
 * difficulty (GGSC's advice), so it is intensity 2 and never at a break Tend offers by itself.
 */
import type { PlainMessageKey } from '../i18n/t.ts';
import type { LongerPracticeId } from './content-ids.ts';
import { sources } from './content-sources.ts';
import type { LongerItem, ScbItem, WarmupItem } from './item-schema.ts';

/** Steps from their message keys, in order. */
const steps = (...keys: PlainMessageKey[]): { text: PlainMessageKey }[] => keys.map((text) => ({ text }));

/** What every practice shares: mental, never backdraft-safe, needing nothing, its steps announced. */
const practice: Pick<ScbItem, 'modality' | 'backdraftSafe' | 'requires' | 'alternatives' | 'a11y'> = {
  modality: 'mental',
  backdraftSafe: false,
  requires: [],
  alternatives: [],
  a11y: { reducedMotionVariant: 'not-needed', srAnnouncements: 'steps', audioCue: 'none', hapticCue: false },
};

/** Noticing a hard moment, remembering it is human, offering oneself kindness: about 90 s. */
export const selfCompassionBreak: ScbItem = {
  id: 'scb.moment',
  kind: 'scb',
  title: 'content.scb.moment.title',
  steps: steps(
    'content.scb.moment.step-1', 'content.scb.moment.step-2', 'content.scb.moment.step-3', 'content.scb.moment.step-4', 'content.scb.moment.step-5',
  ),
  durationSec: 90,
  ...practice,
  component: 'selfKindness',
  intensity: 2,
  alternatives: ['warmup.easy-someone'],
  sources: [sources.selfCompassionBreak, sources.scbModerateDifficulty, sources.seedComponents],
};

/** A wish for a pet or an easy person first, then the same wish turned toward oneself. */
export const warmupEasySomeone: WarmupItem = {
  id: 'warmup.easy-someone',
  kind: 'warmup-other',
  title: 'content.warmup.easy-someone.title',
  steps: steps(
    'content.warmup.easy-someone.step-1', 'content.warmup.easy-someone.step-2', 'content.warmup.easy-someone.step-3', 'content.warmup.easy-someone.step-4',
  ),
  durationSec: 60,
  ...practice,
  component: 'selfKindness',
  intensity: 1,
  sources: [sources.seedComponents, sources.seedPhrases],
};

/** RAIN: recognise, allow, look gently, nurture. */
export const rain: LongerItem = {
  id: 'longer.rain',
  kind: 'longer',
  title: 'content.longer.rain.title',
  steps: steps(
    'content.longer.rain.step-1', 'content.longer.rain.step-2', 'content.longer.rain.step-3', 'content.longer.rain.step-4', 'content.longer.rain.step-5',
  ),
  durationSec: 300,
  ...practice,
  component: 'mindfulness',
  intensity: 3,
  sources: [sources.rain, sources.seedEarned],
  writeStep: null,
};

/** A short letter to oneself, as a friend would write it; the third step has a box to write in. */
export const letter: LongerItem = {
  id: 'longer.letter',
  kind: 'longer',
  title: 'content.longer.letter.title',
  steps: steps(
    'content.longer.letter.step-1', 'content.longer.letter.step-2', 'content.longer.letter.step-3', 'content.longer.letter.step-4',
  ),
  durationSec: 600,
  ...practice,
  component: 'selfKindness',
  intensity: 3,
  sources: [sources.seedEarned],
  writeStep: 2,
};

/** The practices Kind words may invite to, and the longer ones, in the order menus list them. */
export const invitedPractices = [warmupEasySomeone, selfCompassionBreak] as const;
export const longerPractices = [rain, letter] as const;
/** The longer practices by their ids (content-ids.ts), for menus that name them. */
export const longerById: Readonly<Record<LongerPracticeId, LongerItem>> = { 'longer.rain': rain, 'longer.letter': letter };
