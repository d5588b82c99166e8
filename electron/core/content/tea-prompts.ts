/** The tea prompts of CONTENT.md §2b: behavioural, backdraft-safe, and any drink counts. */
import type { ContentA11y, TeaItem } from './item-schema.ts';
import { sources } from './content-sources.ts';

const a11y = (): ContentA11y => ({
  reducedMotionVariant: 'not-needed',
  srAnnouncements: 'steps',
  audioCue: 'end-chime',
  hapticCue: false,
});
const common = () => ({
  kind: 'tea' as const,
  modality: 'behavioural' as const,
  component: null,
  backdraftSafe: true,
  intensity: 1 as const,
  a11y: a11y(),
  sources: [sources.seedBackdraft, sources.seedBehavioural],
});

/** Six tea prompts; durations are for the optional gentle timer (a kettle and a brew take a while). */
export const teaPrompts: TeaItem[] = [
  {
    ...common(),
    id: 'tea.kettle',
    title: 'content.tea.kettle.title',
    steps: [{ text: 'content.tea.kettle.step-1' }, { text: 'content.tea.kettle.step-2' }],
    durationSec: 120,
    needsKitchen: true,
    requires: ['kitchen'],
    alternatives: ['tea.any-drink'],
  },
  {
    ...common(),
    id: 'tea.warm-hands',
    title: 'content.tea.warm-hands.title',
    steps: [
      { text: 'content.tea.warm-hands.step-1' },
      { text: 'content.tea.warm-hands.step-2' },
      { text: 'content.tea.warm-hands.step-3' },
    ],
    durationSec: 60,
    needsKitchen: false,
    requires: [],
    alternatives: [],
  },
  {
    ...common(),
    id: 'tea.for-a-friend',
    title: 'content.tea.for-a-friend.title',
    steps: [{ text: 'content.tea.for-a-friend.step-1' }, { text: 'content.tea.for-a-friend.step-2' }],
    durationSec: 180,
    needsKitchen: false,
    requires: [],
    alternatives: [],
  },
  {
    ...common(),
    id: 'tea.any-drink',
    title: 'content.tea.any-drink.title',
    steps: [{ text: 'content.tea.any-drink.step-1' }, { text: 'content.tea.any-drink.step-2' }],
    durationSec: 60,
    needsKitchen: false,
    requires: [],
    alternatives: [],
  },
  {
    ...common(),
    id: 'tea.steep',
    title: 'content.tea.steep.title',
    steps: [{ text: 'content.tea.steep.step-1' }, { text: 'content.tea.steep.step-2' }],
    durationSec: 180,
    needsKitchen: true,
    requires: ['kitchen'],
    alternatives: ['tea.any-drink'],
  },
  {
    ...common(),
    id: 'tea.elsewhere',
    title: 'content.tea.elsewhere.title',
    steps: [{ text: 'content.tea.elsewhere.step-1' }, { text: 'content.tea.elsewhere.step-2' }],
    durationSec: 300,
    needsKitchen: false,
    requires: ['standing'],
    alternatives: ['tea.warm-hands'],
  },
];
