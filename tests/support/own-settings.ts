/** Settings someone has made their own (a changed interval, a phrase of theirs, a favourite): what must never be lost. */
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';

/** A user's settings with their own phrase, favourited, and a 70-minute interval. */
export function ownSettings(): Settings {
  return {
    ...defaultSettings(),
    intervalMin: 70,
    customPhrases: [{ id: 'custom.mine-1', text: 'Slow is fine.' }],
    favouritePhraseIds: ['custom.mine-1'],
    firstRunDone: true,
  };
}
