/**
 * Where a breath exercise is at a given moment, and how long until anything visible changes. The pacer
 * itself is a CSS animation; this only tells the renderer when to swap the phase word (and, with reduced
 * motion, the count), so the page wakes a few times per breath rather than on every frame.
 */
import type { BreathTimeline, TimedPhase } from '../../../electron/core/content/index.ts';

/** The state of the exercise at one moment. */
export interface ClockReading {
  /** The phase on now, or null for the unpaced minute and once the exercise is over. */
  phase: TimedPhase | null;
  /** 0-based cycle (breath) number; 0 for the unpaced minute. */
  cycle: number;
  /** Whole seconds into the current phase (or into the unpaced minute), counting from 1. */
  count: number;
  done: boolean;
}

const totalMs = (timeline: BreathTimeline): number => timeline.totalSec * 1000;

/** What is on at `elapsedMs` into the exercise. */
export function readClock(timeline: BreathTimeline, elapsedMs: number): ClockReading {
  if (elapsedMs >= totalMs(timeline))
    return { phase: null, cycle: Math.max(0, timeline.cycles - 1), count: 0, done: true };
  if (!timeline.paced) return { phase: null, cycle: 0, count: Math.floor(elapsedMs / 1000) + 1, done: false };
  const phase =
    timeline.phases.find((p) => elapsedMs < (p.startSec + p.sec) * 1000) ??
    timeline.phases[timeline.phases.length - 1] ??
    null;
  if (!phase) return { phase: null, cycle: 0, count: 0, done: true };
  return {
    phase,
    cycle: phase.cycle,
    count: Math.floor((elapsedMs - phase.startSec * 1000) / 1000) + 1,
    done: false,
  };
}

/**
 * Milliseconds from `elapsedMs` until the reading changes: the next phase boundary, or with `countSeconds`
 * the next whole second of the count. Null once the exercise is over.
 */
export function msToNextChange(
  timeline: BreathTimeline,
  elapsedMs: number,
  countSeconds: boolean,
): number | null {
  const reading = readClock(timeline, elapsedMs);
  if (reading.done) return null;
  const startMs = reading.phase ? reading.phase.startSec * 1000 : 0;
  const endMs = reading.phase ? (reading.phase.startSec + reading.phase.sec) * 1000 : totalMs(timeline);
  const nextSecondMs = startMs + reading.count * 1000;
  const at = countSeconds ? Math.min(endMs, nextSecondMs) : endMs;
  return Math.max(1, Math.ceil(at - elapsedMs));
}
