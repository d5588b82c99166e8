import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findWorkingHoursIssues, workingHoursSchema, type TimeRange } from '../../../electron/core/settings/working-hours-schema.ts';

const week = (entries: Record<number, TimeRange[]>): TimeRange[][] => Array.from({ length: 7 }, (_, d) => entries[d] ?? []);
const h = (hours: number): number => hours * 60;

describe('working hours', () => {
  it.each([
    ['two ranges that touch', week({ 1: [{ start: h(9), end: h(12) }, { start: h(12), end: h(17) }] }), []],
    ['a range across midnight', week({ 5: [{ start: h(22), end: h(2) }] }), []],
    ['a whole day', week({ 2: [{ start: 0, end: 1440 }] }), []],
    [
      'overlapping ranges on one day (reported on the later one)',
      week({ 1: [{ start: h(13), end: h(17) }, { start: h(9), end: h(14) }] }),
      [{ day: 1, range: 0, problem: 'range-overlap' }],
    ],
    [
      'a night shift running into the next morning’s range',
      week({ 1: [{ start: h(22), end: h(3) }], 2: [{ start: h(2), end: h(10) }] }),
      [{ day: 2, range: 0, problem: 'range-overlap' }],
    ],
    [
      'Saturday night wrapping into Sunday morning',
      week({ 6: [{ start: h(23), end: h(4) }], 0: [{ start: h(1), end: h(2) }] }),
      [{ day: 0, range: 0, problem: 'range-overlap' }],
    ],
    ['a range that starts and ends together', week({ 3: [{ start: h(9), end: h(9) }] }), [{ day: 3, range: 0, problem: 'range-empty' }]],
  ])('%s', (_name, days, issues) => {
    expect(findWorkingHoursIssues(days)).toEqual(issues);
  });

  it('finds an overlap exactly when some minute of the week is covered twice', () => {
    const range = fc
      .record({ start: fc.integer({ min: 0, max: 1439 }), end: fc.integer({ min: 0, max: 1440 }) })
      .filter((r) => r.start !== r.end);
    const days = fc.array(fc.array(range, { maxLength: 2 }), { minLength: 7, maxLength: 7 });
    fc.assert(
      fc.property(days, (d) => {
        const cover = new Uint8Array(7 * 1440);
        d.forEach((ranges, day) => {
          for (const r of ranges) {
            const length = r.end > r.start ? r.end - r.start : 1440 - r.start + r.end;
            for (let m = 0; m < length; m++) cover[(day * 1440 + r.start + m) % cover.length]! += 1;
          }
        });
        const doubled = cover.some((n) => n > 1);
        expect(findWorkingHoursIssues(d).some((i) => i.problem === 'range-overlap')).toBe(doubled);
      }),
      { numRuns: 300 },
    );
  });

  it('rejects overlaps, times outside the day and unknown keys through the schema', () => {
    const bad = [
      { enabled: true, days: week({ 1: [{ start: h(9), end: h(12) }, { start: h(11), end: h(13) }] }) },
      { enabled: true, days: week({ 1: [{ start: 1440, end: 10 }] }) },
      { enabled: true, days: week({ 1: [{ start: 60, end: 120, note: 'x' } as TimeRange] }) },
      { enabled: true, days: week({}).slice(0, 6) },
    ];
    for (const value of bad) expect(workingHoursSchema.safeParse(value).success).toBe(false);
    expect(workingHoursSchema.safeParse({ enabled: false, days: week({}) }).success).toBe(true);
  });
});
