/** The six breath patterns of CONTENT.md §2a, about a minute each. Default hold-free; box is opt-in. */
import type { BreathItem, ContentA11y } from './item-schema.ts';
import { sources } from './content-sources.ts';
import type { PhaseType } from './content-ids.ts';
import type { PlainMessageKey } from '../i18n/t.ts';

const pacedA11y = (): ContentA11y => ({
  reducedMotionVariant: 'static-pacer',
  srAnnouncements: 'phases',
  audioCue: 'phase-tone',
  hapticCue: false,
});
const common = () => ({
  kind: 'breath' as const,
  modality: 'breath' as const,
  component: null,
  intensity: 1 as const,
  alternatives: [],
});

/** The six patterns, in the order Settings lists them. */
export const breathPatterns: BreathItem[] = [
  {
    ...common(),
    id: 'breath.natural',
    title: 'content.breath.natural.title',
    steps: [{ text: 'content.breath.natural.step-1' }, { text: 'content.breath.natural.step-2' }],
    durationSec: 60,
    backdraftSafe: true,
    requires: [],
    pattern: { phases: [], cycles: 0, bpm: null, holdsToggle: false },
    a11y: {
      reducedMotionVariant: 'not-needed',
      srAnnouncements: 'steps',
      audioCue: 'end-chime',
      hapticCue: false,
    },
    sources: [sources.headspaceBreathFocus, sources.seedBackdraft],
  },
  {
    ...common(),
    id: 'breath.easy-7',
    title: 'content.breath.easy-7.title',
    steps: [{ text: 'content.breath.easy-7.step-1' }, { text: 'content.breath.easy-7.step-2' }],
    durationSec: 59.5,
    backdraftSafe: true,
    requires: [],
    pattern: {
      phases: [
        { type: 'in', sec: 3.5 },
        { type: 'out', sec: 5 },
      ],
      cycles: 7,
      bpm: 7.06,
      holdsToggle: false,
    },
    a11y: pacedA11y(),
    sources: [sources.lehrer2014, sources.laborde2022, sources.nhsNoHold],
  },
  {
    ...common(),
    id: 'breath.even-5-5',
    title: 'content.breath.even-5-5.title',
    steps: [{ text: 'content.breath.even-5-5.step-1' }, { text: 'content.breath.even-5-5.step-2' }],
    durationSec: 60,
    backdraftSafe: true,
    requires: [],
    pattern: {
      phases: [
        { type: 'in', sec: 5 },
        { type: 'out', sec: 5 },
      ],
      cycles: 6,
      bpm: 6,
      holdsToggle: false,
    },
    a11y: pacedA11y(),
    sources: [sources.lehrer2014, sources.laborde2022],
  },
  {
    ...common(),
    id: 'breath.longout-4-6',
    title: 'content.breath.longout-4-6.title',
    steps: [{ text: 'content.breath.longout-4-6.step-1' }, { text: 'content.breath.longout-4-6.step-2' }],
    durationSec: 60,
    backdraftSafe: true,
    requires: [],
    pattern: {
      phases: [
        { type: 'in', sec: 4 },
        { type: 'out', sec: 6 },
      ],
      cycles: 6,
      bpm: 6,
      holdsToggle: false,
    },
    a11y: pacedA11y(),
    sources: [sources.laborde2021],
  },
  {
    ...common(),
    id: 'breath.sigh',
    title: 'content.breath.sigh.title',
    steps: [
      { text: 'content.breath.sigh.step-1' },
      { text: 'content.breath.sigh.step-2' },
      { text: 'content.breath.sigh.step-3' },
    ],
    durationSec: 60,
    backdraftSafe: true,
    requires: [],
    // At most five rounds: the sigh is a big breath, and more of them in a row can make people light-headed.
    pattern: {
      phases: [
        { type: 'in', sec: 3 },
        { type: 'topUp', sec: 1 },
        { type: 'out', sec: 8 },
      ],
      cycles: 5,
      bpm: 5,
      holdsToggle: false,
    },
    a11y: pacedA11y(),
    sources: [sources.balban2023],
  },
  {
    ...common(),
    id: 'breath.box-4',
    title: 'content.breath.box-4.title',
    steps: [{ text: 'content.breath.box-4.step-1' }, { text: 'content.breath.box-4.step-2' }],
    durationSec: 64,
    backdraftSafe: false,
    requires: ['breathHold'],
    pattern: {
      phases: [
        { type: 'in', sec: 4 },
        { type: 'holdFull', sec: 4 },
        { type: 'out', sec: 4 },
        { type: 'holdEmpty', sec: 4 },
      ],
      cycles: 4,
      bpm: 3.75,
      holdsToggle: true,
    },
    a11y: pacedA11y(),
    sources: [sources.balban2023, sources.nhsNoHold],
  },
];

/** The word shown (and announced) for each phase of the pacer. */
export const phaseLabels: Record<PhaseType, PlainMessageKey> = {
  in: 'content.breath.phase.in',
  topUp: 'content.breath.phase.top-up',
  holdFull: 'content.breath.phase.hold-full',
  out: 'content.breath.phase.out',
  holdEmpty: 'content.breath.phase.hold-empty',
};

/** Shown the first time someone uses a breath pattern. */
export const breathFirstUse: PlainMessageKey = 'content.breath.first-use';
