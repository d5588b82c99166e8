/**
 * An in-page implementation of the IPC contract for the browser preview: the same TendBridge the
 * preload exposes, answering from the real core instead of Electron's main process.
 */
import {
  isEventChannel,
  isInvokeChannel,
  type IpcResult,
  type TendBridge,
} from '../../electron/core/ipc-channels.ts';
import { bestLocale } from '../../electron/core/i18n/locales.ts';
import { t } from '../../electron/core/i18n/t.ts';
import type {
  BreakView,
  EventChannel,
  EventPayloadOf,
  InvokeChannel,
  RequestOf,
  ResponseOf,
  SettingsSnapshot,
} from '../../electron/core/ipc-contract.ts';
import type { BreakSessionState } from '../../electron/core/break-session/index.ts';
import { acceleratorLabel } from '../../electron/core/settings/accelerator.ts';
import { defaultSettings } from '../../electron/core/settings/settings-defaults.ts';
import { loadSettings } from '../../electron/core/settings/settings-load.ts';
import { validateSettingsPatch } from '../../electron/core/settings/settings-patch.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';
import { validateRequest } from '../../electron/core/validate-request.ts';
import { createLocalTime } from '../../electron/core/engine/index.ts';
import { demoBreakSession } from './demo-break-session.ts';
import { demoBusyStatus } from './demo-busy.ts';
import { demoHistory } from './demo-history.ts';
import { demoOptionsFrom, type DemoOptions } from './demo-options.ts';

export interface DemoLogEntry {
  channel: InvokeChannel;
  request: unknown;
}

/** The demo bridge, with handles for tests (window.tendDemo in the preview). */
export interface DemoBridge extends TendBridge {
  /** Every request, in order, so tests can see what the UI asked for. */
  log: DemoLogEntry[];
  /** Sends a main → renderer event. */
  emit<E extends EventChannel>(e: E, p: EventPayloadOf<E>): void;
  /** Shows a view in the break window, as main does with break:view. */
  show: (view: BreakView) => void;
  /** The grounding shortcut pressed again (grounding:next). */
  shortcut: () => void;
  /** The break session's state and the settings, as they stand. */
  session: () => BreakSessionState;
  settings: () => Settings;
}

/** Where the preview keeps its settings between reloads (the page's sessionStorage), as text like config.json. */
export interface DemoSettingsStore {
  load(): string | null;
  save(text: string): void;
}

/**
 * Shortcuts the preview treats as taken by another app, as main reports a failed registration
 * (Ctrl+Alt+T opens a terminal on many Linux desktops).
 */
export const demoTakenShortcuts: readonly string[] = ['CommandOrControl+Alt+T'];

/**
 * A demo bridge started with `options` (by default from an empty query string: app defaults). With a
 * `store`, settings start from what it holds (read by the real core) and every change is written back.
 */
export function createDemoBridge(
  options: DemoOptions = demoOptionsFrom(''),
  store?: DemoSettingsStore,
): DemoBridge {
  const log: DemoLogEntry[] = [];
  const listeners = new Map<EventChannel, Set<(payload: never) => void>>();
  let settings: Settings = { ...loadSettings(store?.load() ?? null).settings, ...options.settings };
  /** Keeps changed settings and tells the settings and welcome windows, as main does. */
  const keep = (next: Settings): void => {
    const languageChanged = next.language !== settings.language;
    settings = next;
    store?.save(JSON.stringify(next));
    bridge.emit('settings:changed', snapshot());
    // As main does: a new language reaches every window (the browser's languages stand in for the system's).
    if (languageChanged) {
      const locale = next.language === 'system' ? bestLocale(navigator.languages) : next.language;
      bridge.emit('app:language', { locale });
    }
  };
  const session = demoBreakSession(options.session, {
    get: () => settings,
    save: (patch) => {
      keep({ ...settings, ...patch });
    },
  });
  const snapshot = (): SettingsSnapshot => ({
    settings,
    shortcut: {
      accelerator: settings.shortcut,
      label: acceleratorLabel(settings.shortcut, 'linux'),
      state: settings.shortcut === '' ? 'off' : 'registered',
    },
    notices: [],
  });
  const history = demoHistory(
    options.history?.span ?? 'weeks',
    options.session.now,
    options.history?.localTime ?? createLocalTime('UTC'),
    () => settings,
  );
  const answers: { [C in InvokeChannel]: (request: RequestOf<C>) => ResponseOf<C> } = {
    'app:info': () => ({ name: 'Tend', version: 'preview', platform: 'browser' }),
    'window:activate': () => null,
    'window:close': () => null,
    'break:not-now': () => null,
    'break:skip': () => null,
    'break:done': () => null,
    'break:end': () => null,
    'break:take-now': () => null,
    // The home window's choices act on the app around it; the preview only records them (log).
    'home:run': () => null,
    // The preview has no browser to hand a link to; main opens it with shell.openExternal.
    'app:open-link': () => null,
    ...session.answers,
    ...history,
    'settings:get': snapshot,
    'settings:update': (patch) => {
      const result = validateSettingsPatch(settings, patch);
      if (!result.ok) return { saved: false, errors: result.errors, snapshot: snapshot() };
      if (result.changed.includes('shortcut') && demoTakenShortcuts.includes(result.settings.shortcut)) {
        const taken = {
          field: 'shortcut',
          code: 'settings-error.shortcut-taken',
          message: t('settings-error.shortcut-taken'),
        };
        return { saved: false, errors: [taken], snapshot: snapshot() };
      }
      keep(result.settings);
      return { saved: true, snapshot: snapshot() };
    },
    'busy:status': () =>
      demoBusyStatus(settings.dontInterrupt, options.busy ?? { unknown: [], lastHeld: null }),
    'settings:reset': () => {
      // As in main: everything back to the defaults, except that the welcome has been seen.
      keep({ ...defaultSettings(), firstRunDone: settings.firstRunDone });
      return snapshot();
    },
  };
  const bridge: DemoBridge = {
    log,
    invoke(channel, ...args) {
      if (!isInvokeChannel(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'invalid-request', message: t('error.unknown-request') },
        });
      }
      log.push({ channel, request: args[0] });
      // Checked against the contract exactly as main checks it, so the preview catches a bad request too.
      const checked = validateRequest(channel, args[0]);
      if (!checked.ok) return Promise.resolve(checked);
      const answer = answers[channel] as (request: unknown) => ResponseOf<typeof channel>;
      const value = answer(checked.value);
      return Promise.resolve({ ok: true, value } as IpcResult<ResponseOf<typeof channel>>);
    },
    on(channel, listener) {
      if (!isEventChannel(channel)) return () => {};
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => {
        set.delete(listener);
      };
    },
    emit(channel, payload) {
      for (const l of listeners.get(channel) ?? []) (l as (p: typeof payload) => void)(payload);
    },
    show: (view) => bridge.emit('break:view', view),
    shortcut: () => bridge.emit('grounding:next', null),
    session: () => session.state(),
    settings: () => settings,
  };
  return bridge;
}
