import { describe, expect, it } from 'vitest';
import { endsNextDay, minutesOf, timeText } from '../../../renderer/src/settings/time-text.ts';

describe('working-hours times in a time input', () => {
  it.each([
    [0, '00:00'],
    [9 * 60 + 5, '09:05'],
    [23 * 60 + 59, '23:59'],
    // "Until midnight" has no 24:00 in a time input.
    [1440, '00:00'],
  ])('%i minutes read as %s', (minutes, text) => {
    expect(timeText(minutes)).toBe(text);
  });

  it.each([
    ['09:30', 'start', 570],
    ['09:30', 'end', 570],
    ['00:00', 'start', 0],
    // An end of 00:00 is midnight at the end of the day, so 22:00–00:00 runs until midnight.
    ['00:00', 'end', 1440],
    ['17:00:00', 'end', 1020],
  ] as const)('"%s" as a %s is %i minutes', (text, role, minutes) => {
    expect(minutesOf(text, role)).toBe(minutes);
  });

  it.each(['', '9:30', '24:00', '12:60', 'noon'])('"%s" is not a time', (text) => {
    expect(minutesOf(text, 'start')).toBeNull();
  });

  it('says a range ends the next day only when its end is earlier than its start', () => {
    expect(endsNextDay({ start: 22 * 60, end: 6 * 60 })).toBe(true);
    expect(endsNextDay({ start: 9 * 60, end: 17 * 60 })).toBe(false);
    expect(endsNextDay({ start: 22 * 60, end: 1440 })).toBe(false);
  });
});
