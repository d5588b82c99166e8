/**
 * Applying a settings change: validate it (core), carry out what touches the system (the shortcut,
 * start at login), and only when all of that went through, save it. A change that cannot be carried out
 * is not saved and comes back with a message beside its field; what was in place stays in place.
 */
import type { LocalTime } from '../../core/engine/local-time.ts';
import { t } from '../../core/i18n/t.ts';
import type { SettingsSnapshot, SettingsUpdateResult } from '../../core/ipc-contract.ts';
import { boundGentleModeUntil } from '../../core/settings/gentle-mode-bound.ts';
import { defaultSettings } from '../../core/settings/settings-defaults.ts';
import { validateSettingsPatch, type FieldError } from '../../core/settings/settings-patch.ts';
import type { GroundingShortcut } from '../system/global-shortcut.ts';
import type { Logger } from '../app/logger.ts';
import type { LoginItem } from '../system/login-item.ts';
import type { Notices } from '../system/notices.ts';
import type { SettingsStore } from './settings-store.ts';

/** Settings as the settings window and the rest of main change them. */
export interface SettingsService {
  snapshot(): SettingsSnapshot;
  /** A change from a window (untrusted): validated, applied, saved, or explained field by field. */
  update(patch: unknown): SettingsUpdateResult;
  /** Everything back to the defaults (the welcome window is not shown again; gentle mode stays as it is). */
  reset(): SettingsSnapshot;
  /** The engine's own way to start gentle mode; `until` is held to the next local midnight plus a day. */
  enterGentleMode(until: number): void;
}

interface SettingsServiceOptions {
  store: SettingsStore;
  shortcut: GroundingShortcut;
  loginItem: LoginItem;
  notices: Notices;
  logger: Logger;
  now: () => number;
  /** Local day boundaries, for the bound on gentle mode. */
  localTime: Pick<LocalTime, 'startOfNextLocalDay'>;
}

/** The settings service over `options.store`. */
export function createSettingsService(options: SettingsServiceOptions): SettingsService {
  const { store, shortcut, loginItem } = options;
  const snapshot = (): SettingsSnapshot => ({ settings: store.get(), shortcut: shortcut.status(), notices: options.notices.told() });
  /** Gentle mode held to its bound (a hand-edited file, a clock set back, or the engine itself). */
  const holdGentleMode = (until: number | null): void => {
    const bounded = boundGentleModeUntil(until, options.now(), options.localTime);
    if (bounded !== store.get().gentleModeUntil) store.set({ ...store.get(), gentleModeUntil: bounded });
  };
  holdGentleMode(store.get().gentleModeUntil);

  function update(patch: unknown): SettingsUpdateResult {
    const previous = store.get();
    const checked = validateSettingsPatch(previous, patch);
    if (!checked.ok) return { saved: false, errors: checked.errors, snapshot: snapshot() };
    const next = checked.settings;
    const errors: FieldError[] = [];
    const undo: (() => void)[] = [];

    if (checked.changed.includes('shortcut')) {
      const status = shortcut.apply(next.shortcut);
      if (next.shortcut !== '' && status.state !== 'registered') {
        shortcut.apply(previous.shortcut);
        errors.push(
          status.state === 'taken'
            ? { field: 'shortcut', code: 'settings-error.shortcut-taken', message: t('settings-error.shortcut-taken') }
            : { field: 'shortcut', code: 'settings-error.shortcut-invalid', message: t('settings-error.shortcut-invalid') },
        );
      } else {
        undo.push(() => shortcut.apply(previous.shortcut));
      }
    }
    if (errors.length === 0 && checked.changed.includes('startAtLogin')) {
      if (!loginItem.setEnabled(next.startAtLogin)) {
        errors.push({ field: 'startAtLogin', code: 'settings-error.login-item', message: t('settings-error.login-item') });
      }
    }
    if (errors.length > 0) {
      for (const step of undo) step();
      return { saved: false, errors, snapshot: snapshot() };
    }
    store.set(next);
    return { saved: true, snapshot: snapshot() };
  }

  return {
    snapshot,
    update,
    reset() {
      const defaults: Record<string, unknown> = { ...defaultSettings(), firstRunDone: store.get().firstRunDone };
      delete defaults['schemaVersion'];
      delete defaults['gentleModeUntil'];
      const result = update(defaults);
      if (!result.saved) {
        // The default shortcut may be taken: reset everything else and show the shortcut's state.
        options.logger.warn('settings: reset kept the current shortcut', result.errors);
        update({ ...defaults, shortcut: store.get().shortcut });
      }
      return snapshot();
    },
    enterGentleMode: holdGentleMode,
  };
}
