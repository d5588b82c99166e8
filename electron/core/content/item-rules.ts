/** The rules every content item keeps beyond its shape (used as a zod refinement by item-schema.ts). */
import type { z } from 'zod';
import {
  breathTargetSec,
  breathToleranceSec,
  type Component,
  type Modality,
  type PhaseType,
  type Requirement,
} from './content-ids.ts';

interface CheckedItem {
  kind: string;
  steps: readonly { sec?: number | undefined }[];
  durationSec: number;
  modality: Modality;
  component: Component | null;
  backdraftSafe: boolean;
  intensity: number;
  requires: readonly Requirement[];
  pattern?: { phases: readonly { type: PhaseType; sec: number }[]; cycles: number; bpm: number | null };
}

/** Kinds whose items are self-directed and emotional by nature. */
const mentalKinds = new Set(['phrase', 'friend-check', 'scb', 'warmup-other', 'longer']);

const isHold = (type: PhaseType): boolean => type === 'holdFull' || type === 'holdEmpty';
const close = (a: number, b: number, within: number): boolean => Math.abs(a - b) <= within;

/** Adds an issue to `ctx` for each rule `item` breaks. */
export function checkItem(item: CheckedItem, ctx: z.RefinementCtx): void {
  const problem = (message: string): void => {
    ctx.addIssue({ code: 'custom', message });
  };
  const holds = item.pattern?.phases.some((p) => isHold(p.type)) ?? false;

  // Backdraft-safe means: nothing self-directed and emotional, and no breath holds (CONTENT.md §1).
  if (item.backdraftSafe && item.modality === 'mental') problem('A mental item is never backdraft-safe.');
  if (item.backdraftSafe && (holds || item.requires.includes('breathHold')))
    problem('An item with breath holds is never backdraft-safe.');
  if (holds && !item.requires.includes('breathHold'))
    problem('A pattern with holds lists breathHold in requires.');

  if (mentalKinds.has(item.kind) && (item.modality !== 'mental' || item.component === null)) {
    problem('Kind words and the practices are mental and tagged with a component.');
  }
  // The longer practices turn furthest toward pain: never anything but intensity 3 (CONTENT.md §3).
  if (item.kind === 'longer' && item.intensity !== 3) problem('A longer practice is intensity 3.');

  const timed = item.steps.map((s) => s.sec);
  if (timed.every((sec) => sec !== undefined)) {
    const sum = timed.reduce((a, b) => a + b, 0);
    if (!close(sum, item.durationSec, 0.01))
      problem(`Step times add up to ${sum} s, not durationSec ${item.durationSec} s.`);
  }

  if (item.pattern) checkPattern(item.pattern, item.durationSec, problem);
}

function checkPattern(
  pattern: NonNullable<CheckedItem['pattern']>,
  durationSec: number,
  problem: (m: string) => void,
): void {
  const paced = pattern.phases.length > 0;
  if (!paced && (pattern.cycles !== 0 || pattern.bpm !== null))
    problem('An unpaced pattern has 0 cycles and no bpm.');
  const cycleSec = pattern.phases.reduce((a, p) => a + p.sec, 0);
  const total = paced ? cycleSec * pattern.cycles : durationSec;
  if (!close(total, breathTargetSec, breathToleranceSec))
    problem(`A breath pattern lasts ${total} s, not ${breathTargetSec} ± ${breathToleranceSec} s.`);
  if (paced && !close(total, durationSec, 0.01))
    problem(`durationSec ${durationSec} s does not match the pattern's ${total} s.`);
  if (paced && (pattern.bpm === null || !close(pattern.bpm, 60 / cycleSec, 0.05))) {
    problem(`bpm ${String(pattern.bpm)} does not match a ${cycleSec} s cycle.`);
  }
  if (paced && (pattern.phases[0]?.type !== 'in' || !pattern.phases.some((p) => p.type === 'out'))) {
    problem('A paced pattern starts with an in-breath and has an out-breath.');
  }
}
