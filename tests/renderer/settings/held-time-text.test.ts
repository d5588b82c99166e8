import { describe, expect, it } from 'vitest';
import { heldWhen } from '../../../renderer/src/settings/held-time-text.ts';

const at = Date.UTC(2025, 11, 3, 14, 5);
const laterThatDay = Date.UTC(2025, 11, 3, 22, 0);
const nextDay = Date.UTC(2025, 11, 4, 9, 0);

describe('the time of the last hold', () => {
  it.each([
    [
      'a hold earlier today, in a 24-hour locale',
      'en-GB',
      'UTC',
      laterThatDay,
      { time: '14:05', date: null },
    ],
    ['a hold yesterday', 'en-GB', 'UTC', nextDay, { time: '14:05', date: '3 December' }],
    ['a 12-hour locale', 'en-US', 'UTC', laterThatDay, { time: '2:05 PM', date: null }],
    ['a German clock and date', 'de-DE', 'UTC', nextDay, { time: '14:05', date: '3. Dezember' }],
    // 14:05 UTC on 3 December is already 03:05 on 4 December in Auckland, the same day as 22:00 UTC.
    ['the day as the zone sees it', 'en-GB', 'Pacific/Auckland', laterThatDay, { time: '3:05', date: null }],
    [
      'a day boundary the zone draws',
      'en-GB',
      'America/Los_Angeles',
      laterThatDay,
      { time: '6:05', date: null },
    ],
  ])('%s', (_case, locale, zone, now, expected) => {
    expect(heldWhen(at, now, locale, zone)).toEqual(expected);
  });

  it('names the day when the zone puts the two times on different days', () => {
    // 06:05 on 3 December and 01:00 on 4 December in Los Angeles.
    expect(heldWhen(at, Date.UTC(2025, 11, 4, 9, 0), 'en-GB', 'America/Los_Angeles').date).toBe('3 December');
  });
});
