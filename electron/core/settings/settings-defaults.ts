/** What a new user starts with (DESIGN.md's defaults). */
import { SETTINGS_VERSION, type Settings } from './settings-schema.ts';

const weekday = (): { start: number; end: number }[] => [{ start: 9 * 60, end: 17 * 60 }];

/** A fresh copy of the default settings (callers may change it freely). */
export function defaultSettings(): Settings {
  return {
    schemaVersion: SETTINGS_VERSION,
    intervalMin: 45,
    snoozeMin: 5,
    awayResetMin: 5,
    offerTimeoutMin: 2,
    // Off by default; the ranges are what the settings window shows when the user turns them on.
    workingHours: { enabled: false, days: [[], weekday(), weekday(), weekday(), weekday(), weekday(), []] },
    offeredKinds: ['breath', 'tea', 'kind'],
    defaultBreathPattern: 'breath.easy-7',
    boxHolds: true,
    customPhrases: [],
    hiddenPhraseIds: [],
    favouritePhraseIds: [],
    shortcut: 'CommandOrControl+Alt+G',
    startAtLogin: false,
    sounds: false,
    theme: 'system',
    language: 'system',
    reducedMotion: 'system',
    firstRunDone: false,
    // Held back by all three where the OS can tell: what break-app users ask for most (USERS.md item 2).
    dontInterrupt: { doNotDisturb: true, fullScreen: true, call: true },
    gentleModeUntil: null,
    // Kept on this computer only; what was skipped is neither noted nor shown unless asked for (issue #19).
    history: { keep: true, showSkips: false },
  };
}
