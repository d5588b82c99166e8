import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import {
  findWorkingHoursIssues,
  MAX_RANGES_PER_DAY,
} from '../../../electron/core/settings/working-hours-schema.ts';
import {
  addRange,
  copyToAllDays,
  removeRange,
  setRangeTime,
  timePath,
  typedAfterRemove,
  unfinishedRanges,
  type Week,
} from '../../../renderer/src/settings/week-edit.ts';

const week = (): Week => defaultSettings().workingHours.days;
const h = (hours: number): number => hours * 60;

describe('editing the working-hours week', () => {
  it('adds 09:00–17:00 to an empty day and the hour after the last range otherwise', () => {
    const sunday = addRange(week(), 0);
    expect(sunday[0]).toEqual([{ start: h(9), end: h(17) }]);
    const monday = addRange(week(), 1);
    expect(monday[1]).toEqual([
      { start: h(9), end: h(17) },
      { start: h(17), end: h(18) },
    ]);
    expect(findWorkingHoursIssues(monday)).toEqual([]);
  });

  it('adds an evening range after a range that runs to midnight or past it', () => {
    const late = setRangeTime(week(), 1, 0, 'end', 1440);
    expect(addRange(late, 1)[1][1]).toEqual({ start: h(18), end: h(19) });
  });

  it('adds nothing to a day that has the most ranges a day can hold', () => {
    let w = week();
    for (let i = 0; i < MAX_RANGES_PER_DAY + 2; i++) w = addRange(w, 0);
    expect(w[0]).toHaveLength(MAX_RANGES_PER_DAY);
  });

  it('removes one range and leaves the rest', () => {
    const two = addRange(week(), 2);
    expect(removeRange(two, 2, 0)[2]).toEqual([{ start: h(17), end: h(18) }]);
  });

  it('copies one day to every day', () => {
    const night = setRangeTime(setRangeTime(week(), 3, 0, 'start', h(22)), 3, 0, 'end', h(6));
    const copied = copyToAllDays(night, 3);
    expect(copied.every((day) => JSON.stringify(day) === JSON.stringify([{ start: h(22), end: h(6) }]))).toBe(
      true,
    );
    // Night ranges copied to every day touch but never overlap.
    expect(findWorkingHoursIssues(copied)).toEqual([]);
  });

  it('leaves the week it was given as it was', () => {
    const before = week();
    const snapshot = JSON.stringify(before);
    addRange(before, 1);
    removeRange(before, 1, 0);
    setRangeTime(before, 1, 0, 'start', 0);
    copyToAllDays(before, 0);
    expect(JSON.stringify(before)).toBe(snapshot);
  });

  it('issue #18 item 7: finds each range with a time cleared or half cleared, in the order days are shown', () => {
    const typed = {
      [timePath(0, 0, 'end')]: '',
      [timePath(1, 1, 'start')]: '09:00',
      [timePath(1, 0, 'end')]: '',
      [timePath(1, 0, 'start')]: '',
      [timePath(3, 0, 'start')]: '10:',
      [timePath(4, 0, 'end')]: '16:30',
    };
    expect(unfinishedRanges(typed)).toEqual([
      { day: 1, index: 0, missing: 'both' },
      { day: 3, index: 0, missing: 'start' },
      { day: 0, index: 0, missing: 'end' },
    ]);
    expect(unfinishedRanges({ [timePath(2, 0, 'end')]: '00:00' })).toEqual([]);
  });

  it('issue #18 item 7: drops what was typed in a removed range and moves the later ones up', () => {
    const typed = {
      [timePath(2, 0, 'end')]: '12:00',
      [timePath(2, 1, 'end')]: '',
      [timePath(2, 2, 'start')]: '19:00',
      [timePath(5, 1, 'start')]: '',
    };
    expect(typedAfterRemove(typed, 2, 1)).toEqual({
      [timePath(2, 0, 'end')]: '12:00',
      [timePath(2, 1, 'start')]: '19:00',
      [timePath(5, 1, 'start')]: '',
    });
  });
});
