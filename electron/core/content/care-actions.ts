/**
 * Care actions: small outward things to do (CONTENT.md: stretch, step outside, and the needs check-in's
 * actions). Behavioural and backdraft-safe, so they are what gentle mode offers in place of kind words.
 */
import { sources } from './content-sources.ts';
import type { CareActionItem, ContentStep } from './item-schema.ts';
import type { PlainMessageKey } from '../i18n/t.ts';

function care(
  id: string,
  title: PlainMessageKey,
  steps: PlainMessageKey[],
  extra: Partial<CareActionItem> = {},
): CareActionItem {
  return {
    id,
    kind: 'care-action',
    title,
    steps: steps.map((text): ContentStep => ({ text })),
    durationSec: 60,
    modality: 'behavioural',
    component: null,
    backdraftSafe: true,
    intensity: 1,
    requires: [],
    alternatives: [],
    a11y: {
      reducedMotionVariant: 'not-needed',
      srAnnouncements: 'steps',
      audioCue: 'none',
      hapticCue: false,
    },
    sources: [sources.seedBackdraft, sources.seedBehavioural],
    ...extra,
  };
}

/** The care actions, general ones first. */
export const careActions: CareActionItem[] = [
  care('care.stretch', 'content.care.stretch.title', [
    'content.care.stretch.step-1',
    'content.care.stretch.step-2',
    'content.care.stretch.step-3',
  ]),
  care(
    'care.fresh-air',
    'content.care.fresh-air.title',
    ['content.care.fresh-air.step-1', 'content.care.fresh-air.step-2', 'content.care.fresh-air.step-3'],
    {
      requires: ['standing'],
      alternatives: ['care.settle'],
    },
  ),
  care('care.settle', 'content.care.settle.title', [
    'content.care.settle.step-1',
    'content.care.settle.step-2',
    'content.care.settle.step-3',
  ]),
  care('care.wrap-up', 'content.care.wrap-up.title', [
    'content.care.wrap-up.step-1',
    'content.care.wrap-up.step-2',
  ]),
  care('care.message', 'content.care.message.title', [
    'content.care.message.step-1',
    'content.care.message.step-2',
    'content.care.message.step-3',
  ]),
  care(
    'care.quiet',
    'content.care.quiet.title',
    ['content.care.quiet.step-1', 'content.care.quiet.step-2', 'content.care.quiet.step-3'],
    {
      durationSec: 900,
    },
  ),
  care('care.food-or-water', 'content.care.food-or-water.title', [
    'content.care.food-or-water.step-1',
    'content.care.food-or-water.step-2',
  ]),
  care('care.tiny-step', 'content.care.tiny-step.title', [
    'content.care.tiny-step.step-1',
    'content.care.tiny-step.step-2',
    'content.care.tiny-step.step-3',
  ]),
];
