/**
 * Everything a session step reads besides its state and randomness: the settings it uses, the local
 * day and whether the break was timed or started by the user. Also the mapping from those settings to
 * the content selection's own preferences.
 */
import {
  appDefaultBreath,
  boxBreath,
  breathIds,
  type BreathId,
  type ContentSettings,
  type LocalDay,
} from '../content/index.ts';
import type { Settings } from '../settings/settings-schema.ts';
import type { Look } from './break-view-schema.ts';

/**
 * The settings a break session reads (a subset of Settings, so main passes its settings as they are);
 * snoozeMin only so the offer can say when "Not now" asks again.
 */
export type SessionSettings = Pick<
  Settings,
  | 'offeredKinds'
  | 'snoozeMin'
  | 'defaultBreathPattern'
  | 'boxHolds'
  | 'customPhrases'
  | 'hiddenPhraseIds'
  | 'favouritePhraseIds'
  | 'sounds'
  | 'theme'
  | 'reducedMotion'
>;

/** The moment a session step happens in. */
export interface SessionContext {
  settings: SessionSettings;
  /** The caller's local day, `YYYY-MM-DD`. */
  today: LocalDay;
  /** 'timed' for a scheduled offer, 'manual' for a break the user started (tray, welcome window). */
  occasion: 'timed' | 'manual';
}

/** A settings change a step asks the caller to save (hiding or keeping a phrase). */
export type SessionSettingsPatch = Partial<Pick<Settings, 'hiddenPhraseIds' | 'favouritePhraseIds'>>;

const isBreathId = (id: string): id is BreathId => (breathIds as readonly string[]).includes(id);

/**
 * The content selection's preferences from settings. Choosing box breathing as the default pattern is
 * the opt-in; an id the catalogue doesn't know falls back to the app default.
 */
export function contentSettingsOf(settings: SessionSettings): ContentSettings {
  const pattern = settings.defaultBreathPattern;
  const defaultBreath = isBreathId(pattern) ? pattern : appDefaultBreath;
  return {
    defaultBreath,
    boxBreathing: defaultBreath === boxBreath,
    boxHolds: settings.boxHolds,
    customPhrases: settings.customPhrases,
    hiddenPhrases: settings.hiddenPhraseIds,
    favouritePhrases: settings.favouritePhraseIds,
  };
}

/** How views look, from settings. */
export function lookOf(settings: SessionSettings): Look {
  return { theme: settings.theme, reducedMotion: settings.reducedMotion };
}
