/**
 * Breath patterns as the pacer needs them: holds taken out when the user turns them off, and the phases
 * laid out on the minute with how full the circle is at each end, so the renderer can drive a CSS
 * animation (one keyframe set per cycle) instead of running JavaScript on every frame.
 */
import type { PlainMessageKey } from '../i18n/t.ts';
import { breathPatterns, phaseLabels } from './breath-patterns.ts';
import { breathTargetSec, type BreathId, type PhaseType } from './content-ids.ts';
import type { BreathItem, BreathPattern } from './item-schema.ts';

const isHold = (type: PhaseType): boolean => type === 'holdFull' || type === 'holdEmpty';
const round = (n: number, places = 4): number => Number(n.toFixed(places));
const cycleSecOf = (pattern: BreathPattern): number => pattern.phases.reduce((sum, p) => sum + p.sec, 0);

/** The breath item with this id. */
export function breathItem(id: BreathId): BreathItem {
  const item = breathPatterns.find((b) => b.id === id);
  if (!item) throw new Error(`No breath pattern ${id}.`);
  return item;
}

/**
 * The pattern of `id`. With `holds: false` every hold is taken out (holds are never required) and the
 * cycles are recounted so the exercise still lasts about a minute.
 */
export function breathPattern(id: BreathId, options: { holds: boolean }): BreathPattern {
  const { pattern } = breathItem(id);
  const phases = options.holds ? pattern.phases : pattern.phases.filter((p) => !isHold(p.type));
  if (phases.length === pattern.phases.length)
    return { ...pattern, phases: pattern.phases.map((p) => ({ ...p })) };
  const cycleSec = phases.reduce((sum, p) => sum + p.sec, 0);
  return {
    phases,
    cycles: Math.max(1, Math.round(breathTargetSec / cycleSec)),
    bpm: round(60 / cycleSec, 2),
    holdsToggle: pattern.holdsToggle,
  };
}

/** One phase placed on the timeline; levels run from 0 (empty, circle small) to 1 (full, circle large). */
export interface TimedPhase {
  type: PhaseType;
  label: PlainMessageKey;
  cycle: number;
  startSec: number;
  sec: number;
  fromLevel: number;
  toLevel: number;
}

/** A whole breath exercise laid out in time. `paced` is false for the unpaced minute (no phases). */
export interface BreathTimeline {
  paced: boolean;
  cycleSec: number;
  cycles: number;
  totalSec: number;
  phases: TimedPhase[];
}

/** How full the breath is after `type`; an in-breath followed by a top-up stops short of full. */
function levelAfter(type: PhaseType, level: number, next: PhaseType | undefined): number {
  if (type === 'in') return next === 'topUp' ? 0.8 : 1;
  if (type === 'topUp') return 1;
  if (type === 'out') return 0;
  return level;
}

/** One cycle of `pattern`, each phase with its start within the cycle and its levels. */
function oneCycle(pattern: BreathPattern): Omit<TimedPhase, 'cycle'>[] {
  let level = 0;
  let at = 0;
  return pattern.phases.map((phase, i) => {
    const toLevel = levelAfter(phase.type, level, pattern.phases[i + 1]?.type);
    const timed = {
      type: phase.type,
      label: phaseLabels[phase.type],
      startSec: at,
      sec: phase.sec,
      fromLevel: level,
      toLevel,
    };
    level = toLevel;
    at += phase.sec;
    return timed;
  });
}

/** Every phase of `pattern` over the whole exercise, cycles expanded, with absolute start times. */
export function breathTimeline(pattern: BreathPattern, unpacedSec = breathTargetSec): BreathTimeline {
  const cycleSec = round(cycleSecOf(pattern));
  if (pattern.phases.length === 0)
    return { paced: false, cycleSec: 0, cycles: 0, totalSec: unpacedSec, phases: [] };
  const cycle = oneCycle(pattern);
  const phases = Array.from({ length: pattern.cycles }, (_, c) =>
    cycle.map((p) => ({ ...p, cycle: c, startSec: round(c * cycleSec + p.startSec) })),
  ).flat();
  return {
    paced: true,
    cycleSec,
    cycles: pattern.cycles,
    totalSec: round(cycleSec * pattern.cycles),
    phases,
  };
}

/** One cycle as CSS keyframes: `offset` 0–1 through the cycle, and the level there. */
export function breathKeyframes(pattern: BreathPattern): { offset: number; level: number }[] {
  const cycleSec = cycleSecOf(pattern);
  if (cycleSec === 0) return [];
  return [
    { offset: 0, level: 0 },
    ...oneCycle(pattern).map((p) => ({ offset: round((p.startSec + p.sec) / cycleSec), level: p.toLevel })),
  ];
}
