/**
 * Issue #13 item 9: gentle mode belongs to the engine. A page may end it (null), never set or stretch
 * it; whatever the engine asks is held to the next local midnight plus one day.
 */
import { describe, expect, it } from 'vitest';
import { createLocalTime } from '../../../electron/core/engine/local-time.ts';
import {
  boundGentleModeUntil,
  latestGentleModeUntil,
} from '../../../electron/core/settings/gentle-mode-bound.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { validateSettingsPatch } from '../../../electron/core/settings/settings-patch.ts';

// 22:30 in Berlin on 2 March 2026 (UTC+1): the next local midnight is 23:00 UTC, a day later 23:00 UTC on the 3rd.
const EVENING = Date.UTC(2026, 2, 2, 21, 30);
const NEXT_MIDNIGHT = Date.UTC(2026, 2, 2, 23);
const berlin = createLocalTime('Europe/Berlin');

describe('gentleModeUntil from a page', () => {
  it.each([Date.UTC(3000, 0, 1), 8.64e15, NEXT_MIDNIGHT, 0])(
    'is refused as Tend’s own when set to %d',
    (until) => {
      const result = validateSettingsPatch(defaultSettings(), { gentleModeUntil: until });
      expect(result).toEqual({
        ok: false,
        errors: [
          {
            field: 'gentleModeUntil',
            code: 'settings-error.read-only',
            message: 'Tend looks after this one itself.',
          },
        ],
      });
    },
  );

  it('may be ended (null), so gentle mode can be turned off early', () => {
    const result = validateSettingsPatch(
      { ...defaultSettings(), gentleModeUntil: NEXT_MIDNIGHT },
      { gentleModeUntil: null },
    );
    expect(result).toMatchObject({ ok: true, changed: ['gentleModeUntil'] });
  });
});

describe('the bound on gentle mode', () => {
  it('is the next local midnight plus one day', () => {
    expect(latestGentleModeUntil(EVENING, berlin)).toBe(NEXT_MIDNIGHT + 24 * 3_600_000);
  });

  it.each([
    [NEXT_MIDNIGHT, NEXT_MIDNIGHT],
    [Date.UTC(3000, 0, 1), NEXT_MIDNIGHT + 24 * 3_600_000],
    [null, null],
  ])('holds %j to %j', (until, bounded) => {
    expect(boundGentleModeUntil(until, EVENING, berlin)).toBe(bounded);
  });
});
