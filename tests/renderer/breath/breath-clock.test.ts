import { describe, expect, it } from 'vitest';
import { breathPattern, breathTimeline } from '../../../electron/core/content/index.ts';
import { msToNextChange, readClock } from '../../../renderer/src/breath/breath-clock.ts';

const easy = breathTimeline(breathPattern('breath.easy-7', { holds: true }));
const box = breathTimeline(breathPattern('breath.box-4', { holds: true }));
const unpaced = breathTimeline(breathPattern('breath.natural', { holds: true }));

describe('reading the breath clock', () => {
  it.each([
    { at: 0, type: 'in', cycle: 0, count: 1 },
    { at: 3499, type: 'in', cycle: 0, count: 4 },
    { at: 3500, type: 'out', cycle: 0, count: 1 },
    { at: 8499, type: 'out', cycle: 0, count: 5 },
    { at: 8500, type: 'in', cycle: 1, count: 1 },
    { at: 59_499, type: 'out', cycle: 6, count: 5 },
  ])('easy breathing at $at ms is "$type", breath $cycle, count $count', ({ at, type, cycle, count }) => {
    expect(readClock(easy, at)).toMatchObject({ phase: { type }, cycle, count, done: false });
  });

  it('is done at the end of the last breath', () => {
    expect(readClock(easy, 59_500)).toMatchObject({ phase: null, done: true });
  });

  it.each([
    { at: 4000, type: 'holdFull' },
    { at: 12_000, type: 'holdEmpty' },
  ])('box breathing rests at $at ms ($type)', ({ at, type }) => {
    expect(readClock(box, at).phase?.type).toBe(type);
  });

  it('counts seconds through the unpaced minute, with no phase', () => {
    expect(readClock(unpaced, 2500)).toMatchObject({ phase: null, count: 3, done: false });
    expect(readClock(unpaced, 60_000).done).toBe(true);
  });
});

describe('the next wake-up', () => {
  it.each([
    { at: 0, seconds: false, wait: 3500 },
    { at: 1200, seconds: false, wait: 2300 },
    { at: 3500, seconds: false, wait: 5000 },
    { at: 0, seconds: true, wait: 1000 },
    { at: 3000, seconds: true, wait: 500 },
    { at: 3500, seconds: true, wait: 1000 },
  ])('from $at ms (counting seconds: $seconds) is $wait ms away', ({ at, seconds, wait }) => {
    expect(msToNextChange(easy, at, seconds)).toBe(wait);
  });

  it('wakes the unpaced minute only at its end unless it counts', () => {
    expect(msToNextChange(unpaced, 0, false)).toBe(60_000);
    expect(msToNextChange(unpaced, 0, true)).toBe(1000);
  });

  it('never wakes again once done', () => {
    expect(msToNextChange(easy, 60_000, true)).toBeNull();
  });

  it('needs one wake-up per phase over a whole minute', () => {
    let at = 0;
    let wakes = 0;
    for (let wait = msToNextChange(easy, at, false); wait !== null; wait = msToNextChange(easy, at, false)) {
      at += wait;
      wakes += 1;
    }
    expect(wakes).toBe(easy.phases.length);
  });
});
