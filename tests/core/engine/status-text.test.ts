/** The status line in words: gentle, in the user's time zone. */
import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../../electron/core/engine/engine-types.ts';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import { statusText } from '../../../electron/core/engine/status-text.ts';
import { setRegionalLocale } from '../../../electron/core/i18n/t.ts';

// Dates as British English writes them ("28 July"), whatever this machine's own format.
setRegionalLocale('en-GB');

const london = createLocalTime('Europe/London');
// Summer: London is UTC+1.
const july = (day: number, h: number, m = 0): number => Date.UTC(2025, 6, day, h, m);

describe('statusText', () => {
  it.each<[EngineStatus, string]>([
    [{ kind: 'next-break', minutes: 25 }, 'Next break in about 25 min'],
    [{ kind: 'next-break', minutes: 1 }, 'Next break in about 1 min'],
    [{ kind: 'break-soon' }, 'A break is ready for the next quiet moment'],
    [{ kind: 'offer-showing' }, 'A little pause is on offer'],
    [{ kind: 'on-break' }, 'On a break'],
    [{ kind: 'paused', until: july(9, 13, 30), daysAhead: 0 }, 'Paused until 14:30'],
    [{ kind: 'paused', until: july(9, 23, 0), daysAhead: 1 }, 'Paused until midnight'],
    [{ kind: 'paused', until: july(9, 23, 30), daysAhead: 1 }, 'Paused until tomorrow at 00:30'],
    // Monday 14 July 2025 in London; a fortnight on, the date.
    [{ kind: 'paused', until: july(14, 8), daysAhead: 3 }, 'Paused until Monday at 09:00'],
    [{ kind: 'paused', until: july(28, 8), daysAhead: 17 }, 'Paused until 28 July at 09:00'],
    [{ kind: 'paused-until-resumed' }, 'Paused until you resume'],
    [{ kind: 'outside-hours', startsAt: null }, 'Outside working hours'],
    // Monday 14 July 2025, 08:00 UTC = 09:00 in London.
    [{ kind: 'outside-hours', startsAt: july(14, 8) }, 'Outside working hours · back Monday at 09:00'],
    [{ kind: 'away' }, 'Away — that counts as a break'],
  ])('%j reads "%s"', (status, text) => {
    expect(statusText(status, london)).toBe(text);
  });

  it('uses the clock of the zone it is given', () => {
    expect(statusText({ kind: 'paused', until: july(9, 13, 30), daysAhead: 0 }, createLocalTime('America/New_York'))).toBe(
      'Paused until 09:30',
    );
  });
});
