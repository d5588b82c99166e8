/**
 * "This doesn't feel right" (CONTENT.md §2e): a normalising line, outward choices with no self-talk
 * (breath is never the first of them), and an optional check-in where each need leads to one action.
 */
import type { Fallback } from './catalogue-schema.ts';
import { sources } from './content-sources.ts';
import type { NeedsCheckinItem } from './item-schema.ts';

/** The fallback, in the order it is shown. */
export const fallback: Fallback = {
  link: 'content.fallback.link',
  normalise: 'content.fallback.normalise',
  choicesHeading: 'content.fallback.choices-heading',
  choices: [
    { id: 'feet', label: 'content.fallback.choice.feet', opens: 'ground.soles' },
    { id: 'look', label: 'content.fallback.choice.look', opens: 'ground.54321' },
    { id: 'drink', label: 'content.fallback.choice.drink', opens: 'tea.any-drink' },
    { id: 'breathe', label: 'content.fallback.choice.breathe', opens: 'breath.natural' },
    { id: 'close', label: 'content.fallback.choice.close', opens: null },
  ],
  needsCheckin: 'needs.right-now',
  gentleNote: 'content.fallback.gentle-note',
  therapistNote: 'content.fallback.therapist-note',
};

/**
 * Germer's "what do I need?" as chips. Asking is optional and every answer leads outward, to one small
 * concrete thing, which is why the check-in is safe to offer after backdraft.
 */
export const needsCheckin: NeedsCheckinItem = {
  id: 'needs.right-now',
  kind: 'needs-checkin',
  title: 'content.needs.right-now.title',
  steps: [{ text: 'content.needs.right-now.step-1' }],
  durationSec: 60,
  modality: 'behavioural',
  component: null,
  backdraftSafe: true,
  intensity: 1,
  requires: [],
  alternatives: [],
  a11y: { reducedMotionVariant: 'not-needed', srAnnouncements: 'steps', audioCue: 'none', hapticCue: false },
  sources: [sources.seedBehavioural],
  options: [
    { label: 'content.needs.right-now.safer', need: 'safer', suggestIds: ['care.settle'] },
    { label: 'content.needs.right-now.comforted', need: 'comforted', suggestIds: ['care.wrap-up'] },
    { label: 'content.needs.right-now.calmer', need: 'calmer', suggestIds: ['care.fresh-air'] },
    { label: 'content.needs.right-now.heard', need: 'heard', suggestIds: ['care.message'] },
    { label: 'content.needs.right-now.protected', need: 'protected', suggestIds: ['care.quiet'] },
    {
      label: 'content.needs.right-now.looked-after',
      need: 'looked-after',
      suggestIds: ['care.food-or-water'],
    },
    { label: 'content.needs.right-now.nudge', need: 'nudge', suggestIds: ['care.tiny-step'] },
  ],
};
