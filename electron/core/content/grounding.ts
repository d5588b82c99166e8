/**
 * The three grounding exercises of CONTENT.md §2d, in shortcut order: the shortcut opens feet on the
 * floor at once; each further press moves on, and after the last it comes round to the first again.
 */
import { groundingIds, type GroundingId } from './content-ids.ts';
import { sources } from './content-sources.ts';
import type { ContentA11y, GroundingItem } from './item-schema.ts';

const a11y = (): ContentA11y => ({
  reducedMotionVariant: 'not-needed',
  srAnnouncements: 'steps',
  audioCue: 'none',
  hapticCue: false,
});
const common = () => ({
  kind: 'grounding' as const,
  modality: 'sensory' as const,
  component: null,
  backdraftSafe: true,
  intensity: 1 as const,
  requires: [],
  alternatives: [],
  canStopEarly: true,
  a11y: a11y(),
});

/** G1, G2, G3. */
export const grounding: GroundingItem[] = [
  {
    ...common(),
    id: 'ground.soles',
    title: 'content.ground.soles.title',
    steps: [
      { text: 'content.ground.soles.step-1', sec: 10 },
      { text: 'content.ground.soles.step-2', sec: 10 },
      { text: 'content.ground.soles.step-3', sec: 10 },
      { text: 'content.ground.soles.step-4', sec: 10 },
      { text: 'content.ground.soles.step-5', sec: 10 },
      { text: 'content.ground.soles.step-6', sec: 10 },
    ],
    durationSec: 60,
    substitutions: ['content.ground.soles.swap-1'],
    sources: [sources.solesOfTheFeet, sources.solesForBackdraft, sources.seedBackdraft],
  },
  {
    ...common(),
    id: 'ground.54321',
    title: 'content.ground.54321.title',
    steps: [
      { text: 'content.ground.54321.step-1', sec: 12 },
      { text: 'content.ground.54321.step-2', sec: 12 },
      { text: 'content.ground.54321.step-3', sec: 12 },
      { text: 'content.ground.54321.step-4', sec: 12 },
      { text: 'content.ground.54321.step-5', sec: 12 },
    ],
    durationSec: 60,
    substitutions: ['content.ground.54321.swap-1'],
    sources: [sources.fiveSenses, sources.fiveSensesStopEarly],
  },
  {
    ...common(),
    id: 'ground.hands-seat',
    title: 'content.ground.hands-seat.title',
    steps: [
      { text: 'content.ground.hands-seat.step-1', sec: 9 },
      { text: 'content.ground.hands-seat.step-2', sec: 9 },
      { text: 'content.ground.hands-seat.step-3', sec: 9 },
      { text: 'content.ground.hands-seat.step-4', sec: 9 },
      { text: 'content.ground.hands-seat.step-5', sec: 9 },
    ],
    durationSec: 45,
    // The comforting-touch step is optional and says so, and no step asks anything emotional of the user.
    substitutions: ['content.ground.hands-seat.swap-1'],
    sources: [sources.supportiveTouch, sources.seedBackdraft],
  },
];

function groundingItem(id: GroundingId): GroundingItem {
  const item = grounding.find((g) => g.id === id);
  if (!item) throw new Error(`No grounding exercise ${id}.`);
  return item;
}

/** The exercise the shortcut opens next: G1 when none is open, then G2, G3, and round again. */
export function nextGrounding(currentId?: GroundingId | null): GroundingItem {
  const at = currentId ? groundingIds.indexOf(currentId) : -1;
  return groundingItem(groundingIds[(at + 1) % groundingIds.length] ?? groundingIds[0]);
}
