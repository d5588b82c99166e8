/** Breath patterns as the pacer drives them: holds on or off, phases on the minute, one cycle as keyframes. */
import { describe, expect, it } from 'vitest';
import {
  breathKeyframes,
  breathPattern,
  breathTimeline,
} from '../../../electron/core/content/breath-timeline.ts';
import { breathIds } from '../../../electron/core/content/content-ids.ts';

describe('breath timelines', () => {
  it('lays out the default pattern over the minute: seven cycles of in 3.5 and out 5', () => {
    const timeline = breathTimeline(breathPattern('breath.easy-7', { holds: true }));
    expect(timeline).toMatchObject({ paced: true, cycleSec: 8.5, cycles: 7, totalSec: 59.5 });
    expect(timeline.phases).toHaveLength(14);
    expect(timeline.phases.slice(0, 3).map((p) => [p.type, p.startSec, p.cycle])).toEqual([
      ['in', 0, 0],
      ['out', 3.5, 0],
      ['in', 8.5, 1],
    ]);
    expect(timeline.phases.at(-1)).toMatchObject({
      type: 'out',
      startSec: 54.5,
      sec: 5,
      label: 'content.breath.phase.out',
    });
  });

  it('grows on the in-breath, a little more on the sigh top-up, and shrinks on the out-breath', () => {
    const [inBreath, topUp, out] = breathTimeline(breathPattern('breath.sigh', { holds: true })).phases;
    expect(inBreath).toMatchObject({
      type: 'in',
      fromLevel: 0,
      toLevel: 0.8,
      label: 'content.breath.phase.in',
    });
    expect(topUp).toMatchObject({
      type: 'topUp',
      fromLevel: 0.8,
      toLevel: 1,
      label: 'content.breath.phase.top-up',
    });
    expect(out).toMatchObject({ type: 'out', fromLevel: 1, toLevel: 0 });
  });

  it('stays still on holds', () => {
    const phases = breathTimeline(breathPattern('breath.box-4', { holds: true })).phases.slice(0, 4);
    expect(phases.map((p) => [p.type, p.fromLevel, p.toLevel])).toEqual([
      ['in', 0, 1],
      ['holdFull', 1, 1],
      ['out', 1, 0],
      ['holdEmpty', 0, 0],
    ]);
  });

  it('takes the holds out of box breathing when they are off, and still lasts about a minute', () => {
    const pattern = breathPattern('breath.box-4', { holds: false });
    expect(pattern.phases).toEqual([
      { type: 'in', sec: 4 },
      { type: 'out', sec: 4 },
    ]);
    expect(breathTimeline(pattern)).toMatchObject({ cycles: 8, totalSec: 64 });
    expect(pattern.bpm).toBe(7.5);
  });

  it('has no pacer for the unpaced minute, just 60 seconds', () => {
    expect(breathTimeline(breathPattern('breath.natural', { holds: true }))).toEqual({
      paced: false,
      cycleSec: 0,
      cycles: 0,
      totalSec: 60,
      phases: [],
    });
    expect(breathKeyframes(breathPattern('breath.natural', { holds: true }))).toEqual([]);
  });

  it.each(breathIds.flatMap((id) => [true, false].map((holds) => [id, holds] as const)))(
    '%s (holds %s): phases follow on without gaps, each cycle ends empty, and it lasts 60 ± 10 s',
    (id, holds) => {
      const timeline = breathTimeline(breathPattern(id, { holds }));
      expect(Math.abs(timeline.totalSec - 60)).toBeLessThanOrEqual(10);
      timeline.phases.forEach((p, i) => {
        const next = timeline.phases[i + 1];
        expect(next ? next.startSec : timeline.totalSec).toBeCloseTo(p.startSec + p.sec, 6);
        if (next) expect(next.fromLevel).toBe(p.toLevel);
      });
      expect(timeline.phases.at(-1)?.toLevel ?? 0).toBe(0);
    },
  );

  it('gives one cycle as keyframes from 0 to 1', () => {
    expect(breathKeyframes(breathPattern('breath.longout-4-6', { holds: true }))).toEqual([
      { offset: 0, level: 0 },
      { offset: 0.4, level: 1 },
      { offset: 1, level: 0 },
    ]);
  });

  it('returns a copy, so a caller cannot change the catalogue', () => {
    const pattern = breathPattern('breath.even-5-5', { holds: true });
    pattern.phases[0]!.sec = 99;
    expect(breathPattern('breath.even-5-5', { holds: true }).phases[0]!.sec).toBe(5);
  });
});
