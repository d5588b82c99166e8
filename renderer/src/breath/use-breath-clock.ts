/**
 * Runs the breath clock with one timer at a time, armed for the next visible change only. Time is read
 * from the clock (time banked before a pause, plus time since the last start), so late timers never
 * make it drift; the CSS animation is paused alongside by the screen.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BreathTimeline } from '../../../electron/core/content/index.ts';
import { msToNextChange, readClock, type ClockReading } from './breath-clock.ts';

/** The clock's reading, and a pause switch that keeps the time already passed. */
export function useBreathClock(
  timeline: BreathTimeline,
  countSeconds: boolean,
): { reading: ClockReading; paused: boolean; setPaused: (paused: boolean) => void } {
  const [elapsed, setElapsed] = useState(0);
  const [paused, setPausedState] = useState(false);
  const clock = useRef<{ banked: number; since: number | null }>({ banked: 0, since: null });
  const now = useCallback((): number => {
    const { banked, since } = clock.current;
    return banked + (since === null ? 0 : Date.now() - since);
  }, []);

  useEffect(() => {
    if (paused) return;
    clock.current.since ??= Date.now();
    const wait = msToNextChange(timeline, now(), countSeconds);
    if (wait === null) return;
    const timer = setTimeout(() => setElapsed(now()), wait);
    return () => clearTimeout(timer);
  }, [paused, elapsed, timeline, countSeconds, now]);

  const setPaused = useCallback(
    (next: boolean) => {
      if (next && clock.current.since !== null) {
        clock.current = { banked: now(), since: null };
        setElapsed(clock.current.banked);
      }
      setPausedState(next);
    },
    [now],
  );

  return { reading: readClock(timeline, elapsed), paused, setPaused };
}
