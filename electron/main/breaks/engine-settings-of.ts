/** The part of the user's settings the break engine reads, in the engine's own shape. */
import type { EngineSettings } from '../../core/engine/index.ts';
import type { Settings } from '../../core/settings/settings-schema.ts';

/** Engine settings from Tend's settings (the schema already guarantees seven days of valid ranges). */
export function engineSettingsOf(settings: Settings): EngineSettings {
  return {
    intervalMin: settings.intervalMin,
    snoozeMin: settings.snoozeMin,
    awayResetMin: settings.awayResetMin,
    offerTimeoutMin: settings.offerTimeoutMin,
    workingHours: settings.workingHours,
    checksBusy: Object.values(settings.dontInterrupt).some(Boolean),
  };
}

/** True when two engine settings plan the same (a theme or phrase change does not re-plan). */
export function sameEngineSettings(a: EngineSettings, b: EngineSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
