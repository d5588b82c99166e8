/** Local time from Intl: weekdays, minutes and day boundaries, DST days included. */
import { describe, expect, it } from 'vitest';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';

const HOUR = 3_600_000;
const utc = (iso: string): number => Date.parse(iso);
const london = createLocalTime('Europe/London');
const newYork = createLocalTime('America/New_York');

describe('createLocalTime', () => {
  it.each([
    ['London in winter is UTC', london, '2025-01-06T09:15:00Z', { weekday: 1, minute: 9 * 60 + 15 }],
    ['London in summer is UTC+1', london, '2025-07-06T23:30:00Z', { weekday: 1, minute: 30 }],
    ['London just before spring-forward', london, '2025-03-30T00:59:00Z', { weekday: 0, minute: 59 }],
    [
      'London just after spring-forward (01:00 → 02:00)',
      london,
      '2025-03-30T01:00:00Z',
      { weekday: 0, minute: 120 },
    ],
    [
      'London, first 01:30 of the fall-back night',
      london,
      '2025-10-26T00:30:00Z',
      { weekday: 0, minute: 90 },
    ],
    [
      'London, second 01:30 of the fall-back night',
      london,
      '2025-10-26T01:30:00Z',
      { weekday: 0, minute: 90 },
    ],
    [
      'New York, after spring-forward (02:00 → 03:00)',
      newYork,
      '2025-03-09T07:00:00Z',
      { weekday: 0, minute: 180 },
    ],
    [
      'New York, late Sunday evening is still Sunday',
      newYork,
      '2025-03-10T03:59:00Z',
      { weekday: 0, minute: 23 * 60 + 59 },
    ],
  ])('weekdayAndMinute: %s', (_, lt, iso, expected) => {
    expect(lt.weekdayAndMinute(utc(iso))).toEqual(expected);
  });

  it.each([
    ['a plain day in London', london, '2025-01-06T12:00:00Z', '2025-01-07T00:00:00Z'],
    ['the 23-hour spring-forward day in London', london, '2025-03-30T00:00:00Z', '2025-03-30T23:00:00Z'],
    ['the 25-hour fall-back day in London', london, '2025-10-26T00:30:00Z', '2025-10-27T00:00:00Z'],
    ['the 23-hour spring-forward day in New York', newYork, '2025-03-09T05:00:00Z', '2025-03-10T04:00:00Z'],
    ['the 25-hour fall-back day in New York', newYork, '2025-11-02T04:00:00Z', '2025-11-03T05:00:00Z'],
    // Chile moves its clocks at midnight: 8 September 2024 began at 01:00.
    [
      'a day whose midnight is skipped (Santiago)',
      createLocalTime('America/Santiago'),
      '2024-09-07T16:00:00Z',
      '2024-09-08T04:00:00Z',
    ],
  ])('startOfNextLocalDay: %s', (_, lt, iso, expected) => {
    expect(new Date(lt.startOfNextLocalDay(utc(iso))).toISOString()).toBe(
      new Date(utc(expected)).toISOString(),
    );
  });

  it('measures DST days as 23 and 25 hours long', () => {
    const springStart = utc('2025-03-30T00:00:00Z');
    expect(london.startOfNextLocalDay(springStart) - springStart).toBe(23 * HOUR);
    const fallStart = utc('2025-11-02T04:00:00Z');
    expect(newYork.startOfNextLocalDay(fallStart) - fallStart).toBe(25 * HOUR);
  });

  it('keys local dates, which differ from UTC dates near midnight', () => {
    expect(newYork.localDateKey(utc('2025-03-10T03:59:00Z'))).toBe('2025-03-09');
    expect(london.localDateKey(utc('2025-07-06T23:30:00Z'))).toBe('2025-07-07');
  });

  it('labels clock times in the zone', () => {
    expect(london.clockLabel(utc('2025-07-06T13:30:00Z'))).toBe('14:30');
    expect(newYork.clockLabel(utc('2025-01-06T13:05:00Z'))).toBe('08:05');
  });

  it('reports the UTC offset, DST included', () => {
    expect(london.offsetMs(utc('2025-01-06T12:00:00Z'))).toBe(0);
    expect(london.offsetMs(utc('2025-07-06T12:00:00Z'))).toBe(HOUR);
    expect(newYork.offsetMs(utc('2025-07-06T12:00:00Z'))).toBe(-4 * HOUR);
    expect(createLocalTime('Asia/Kolkata').offsetMs(utc('2025-07-06T12:00:00Z'))).toBe(5.5 * HOUR);
  });

  it('refuses an unknown zone', () => {
    expect(() => createLocalTime('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
