/** Working hours: inside or not, and exactly when that next changes, across midnight and DST. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  PerWeekday,
  WorkingHours,
  WorkingRange,
} from '../../../electron/core/engine/engine-settings.ts';
import type { LocalTime } from '../../../electron/core/engine/local-time.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { isInsideWorkingHours, workingHoursAt } from '../../../electron/core/engine/working-hours.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const utc = (iso: string): number => Date.parse(iso);
const h = (hours: number, minutes = 0): number => hours * 60 + minutes;
const london = createLocalTime('Europe/London');
const newYork = createLocalTime('America/New_York');

function hours(days: Partial<Record<0 | 1 | 2 | 3 | 4 | 5 | 6, WorkingRange[]>>): WorkingHours {
  const list = [0, 1, 2, 3, 4, 5, 6].map((d) => days[d as 0] ?? []) as unknown as PerWeekday<WorkingRange[]>;
  return { enabled: true, days: list };
}
const nineToFive = { start: h(9), end: h(17) };
const weekdays = hours({
  1: [nineToFive],
  2: [nineToFive],
  3: [nineToFive],
  4: [nineToFive],
  5: [nineToFive],
});
const iso = (t: number | null): string | null => (t === null ? null : new Date(t).toISOString());

describe('working hours', () => {
  it('when off, every moment is inside and nothing ever changes', () => {
    expect(workingHoursAt({ ...weekdays, enabled: false }, london, utc('2025-01-05T03:00:00Z'))).toEqual({
      inside: true,
      changeAt: null,
    });
  });

  it('when on with no ranges at all, every moment is outside and nothing ever changes', () => {
    expect(workingHoursAt(hours({}), london, utc('2025-01-06T10:00:00Z'))).toEqual({
      inside: false,
      changeAt: null,
    });
  });

  it.each<[string, WorkingHours, LocalTime, string, boolean, string | null]>([
    ['before a range', weekdays, london, '2025-01-06T08:59:00Z', false, '2025-01-06T09:00:00.000Z'],
    ['at its start', weekdays, london, '2025-01-06T09:00:00Z', true, '2025-01-06T17:00:00.000Z'],
    ['at its end', weekdays, london, '2025-01-06T17:00:00Z', false, '2025-01-07T09:00:00.000Z'],
    ['over the weekend', weekdays, london, '2025-01-10T17:30:00Z', false, '2025-01-13T09:00:00.000Z'],
    [
      'between two ranges of a day',
      hours({
        1: [
          { start: h(9), end: h(12) },
          { start: h(13), end: h(17) },
        ],
      }),
      london,
      '2025-01-06T12:30:00Z',
      false,
      '2025-01-06T13:00:00.000Z',
    ],
    [
      'in a range across midnight, after midnight',
      hours({ 5: [{ start: h(22), end: h(2) }] }),
      london,
      '2025-01-11T01:30:00Z',
      true,
      '2025-01-11T02:00:00.000Z',
    ],
    [
      'ranges that meet at midnight make one stretch',
      hours({ 1: [{ start: h(22), end: 0 }], 2: [{ start: 0, end: h(6) }] }),
      london,
      '2025-01-06T23:00:00Z',
      true,
      '2025-01-07T06:00:00.000Z',
    ],
    [
      'a whole day (end equal to start)',
      hours({ 3: [{ start: 0, end: 0 }] }),
      london,
      '2025-01-08T12:00:00Z',
      true,
      '2025-01-09T00:00:00.000Z',
    ],
    [
      '09:00 stays 09:00 over spring-forward (London)',
      weekdays,
      london,
      '2025-03-28T18:00:00Z',
      false,
      '2025-03-31T08:00:00.000Z',
    ],
    [
      '09:00 stays 09:00 over fall-back (New York)',
      weekdays,
      newYork,
      '2025-10-31T22:00:00Z',
      false,
      '2025-11-03T14:00:00.000Z',
    ],
    [
      'a range starting in the skipped hour starts when the clocks jump',
      hours({ 0: [{ start: h(1, 30), end: h(3) }] }),
      london,
      '2025-03-29T12:00:00Z',
      false,
      '2025-03-30T01:00:00.000Z',
    ],
  ])('%s', (_, wh, lt, at, inside, changeAt) => {
    const state = workingHoursAt(wh, lt, utc(at));
    expect({ inside: state.inside, changeAt: iso(state.changeAt) }).toEqual({ inside, changeAt });
  });

  it('a range ending inside the repeated hour ends twice on the fall-back night (New York)', () => {
    const wh = hours({ 0: [{ start: 0, end: h(1, 30) }] });
    const changes: (string | null)[] = [];
    let t = utc('2025-11-02T03:00:00Z');
    for (let i = 0; i < 4; i++) {
      const next = workingHoursAt(wh, newYork, t).changeAt;
      changes.push(iso(next));
      if (next === null) break;
      t = next;
    }
    // 00:00 EDT in, 01:30 EDT out, clocks back to 01:00 EST: in again, 01:30 EST out.
    expect(changes).toEqual([
      '2025-11-02T04:00:00.000Z',
      '2025-11-02T05:30:00.000Z',
      '2025-11-02T06:00:00.000Z',
      '2025-11-02T06:30:00.000Z',
    ]);
  });

  it(
    'changeAt is the first minute at which inside flips (brute force, random ranges, around DST)',
    { timeout: 60_000 },
    () => {
      const range = fc.record({
        start: fc.integer({ min: 0, max: 1439 }),
        end: fc.integer({ min: 0, max: 1440 }),
      });
      const day = fc.array(range, { minLength: 1, maxLength: 3 });
      const zone = fc.constantFrom(london, newYork);
      const around = fc.constantFrom(
        '2025-03-29T00:00:00Z',
        '2025-03-08T00:00:00Z',
        '2025-10-25T00:00:00Z',
        '2025-11-01T00:00:00Z',
      );
      fc.assert(
        fc.property(
          fc.tuple(day, day, day, day, day, day, day),
          zone,
          around,
          fc.integer({ min: 0, max: 48 * 60 }),
          (days, lt, base, offsetMin) => {
            const wh: WorkingHours = { enabled: true, days };
            const from = utc(base) + offsetMin * MIN + 17_000;
            const cached = hourlyCache(lt);
            const insideAt = (t: number): boolean => isInsideWorkingHours(wh, cached.weekdayAndMinute(t));
            const { inside, changeAt } = workingHoursAt(wh, lt, from);
            expect(inside).toBe(insideAt(from));
            // Brute force over the next 26 hours, minute by minute (every day has a range, so a change
            // comes within that span unless the ranges cover it all).
            let expected: number | null = null;
            for (let t = Math.ceil(from / MIN) * MIN; t <= from + 26 * HOUR; t += MIN) {
              if (insideAt(t) !== inside) {
                expected = t;
                break;
              }
            }
            if (expected !== null) expect(iso(changeAt)).toBe(iso(expected));
            else if (changeAt !== null) expect(changeAt).toBeGreaterThan(from + 26 * HOUR);
          },
        ),
        { numRuns: 1000 },
      );
    },
  );
});

/** The zone's answers, with offsets cached per hour (London's and New York's change on the hour). */
function hourlyCache(lt: LocalTime): LocalTime {
  const offsets = new Map<number, number>();
  const offsetMs = (t: number): number => {
    const key = Math.floor(t / HOUR);
    let o = offsets.get(key);
    if (o === undefined) offsets.set(key, (o = lt.offsetMs(key * HOUR)));
    return o;
  };
  return {
    ...lt,
    offsetMs,
    weekdayAndMinute(t) {
      const wall = t + offsetMs(t);
      const day = Math.floor(wall / (24 * HOUR));
      return {
        weekday: ((((day + 4) % 7) + 7) % 7) as 0,
        minute: Math.floor((wall - day * 24 * HOUR) / MIN),
      };
    },
  };
}
