/**
 * The settings file (config.json in the user data folder) through electron-store, checked against the
 * JSON Schema generated from the one zod schema. Read once at start and kept in memory; written only
 * when something changed. Reading is quick (our own zod check); electron-store itself (which compiles
 * its JSON Schema) is opened by open(), which start-up calls once the tray is up.
 *
 * Faults are handled here, deliberately, before electron-store sees the file (its own validation would
 * throw, or with clearInvalidConfig quietly replace the file):
 * - not JSON, or fields Tend cannot use → a copy of the exact text is kept beside it
 *   (config.corrupt-<time>.json), Tend starts from the good fields or the defaults, the user is told once;
 * - unreadable (permission denied, a folder in its place…) → Tend runs on defaults in memory and never
 *   writes over a file it could not read, so nothing set there is lost; the user is told once;
 * - a write that does not go through (disk full…) → the settings stay in memory, the user is told once,
 *   and the next change (or quitting) tries again.
 */
import { ipcMain } from 'electron';
import ElectronStore, { type Schema } from 'electron-store';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../core/i18n/t.ts';
import { defaultSettings } from '../core/settings/settings-defaults.ts';
import { settingsStoreSchemas } from '../core/settings/settings-json-schema.ts';
import { keepsCopy, loadSettings, needsRewrite, type LoadOutcome } from '../core/settings/settings-load.ts';
import type { Settings } from '../core/settings/settings-schema.ts';
import type { Logger } from './logger.ts';

/** Something about the settings file the user is told once. */
export interface SettingsNotice {
  kind: 'settings-corrupt' | 'settings-repaired' | 'settings-newer' | 'settings-unreadable' | 'settings-not-saved';
  message: string;
}

export interface SettingsStoreOptions {
  /** The user data folder. */
  dir: string;
  now: () => number;
  logger: Logger;
  notify: (notice: SettingsNotice) => void;
  /** Reads the file as text (injectable to simulate faults such as EACCES). */
  readFile?: (path: string) => string;
}

/** The settings in memory, and the file behind them. */
export interface SettingsStore {
  readonly path: string;
  /** How loading went, for logs and tests. */
  readonly outcome: LoadOutcome | { kind: 'unreadable' };
  get(): Settings;
  /** Replaces the settings (already validated); writes and tells listeners only if something changed. */
  set(next: Settings): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  onChange(listener: (next: Settings, previous: Settings) => void): () => void;
  /** Writes again if an earlier write did not go through (call before quitting). */
  flush(): void;
  /** 'file' normally; 'memory' while the file cannot be read or written. */
  persistence(): 'file' | 'memory';
  /**
   * Opens the file for writing (electron-store and its schema) and writes back a first-run, repaired or
   * migrated file. Once; a write before it opens the file itself.
   */
  open(): void;
}

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

/** Writes `text` to a new config.corrupt-<time>.json beside the file; never replaces an existing one. */
function keepCopy(dir: string, text: string, now: number): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  for (let n = 1; ; n++) {
    const name = `config.corrupt-${stamp}${n > 1 ? `-${n}` : ''}.json`;
    try {
      writeFileSync(join(dir, name), text, { flag: 'wx' });
      return name;
    } catch (error) {
      if (errorCode(error) !== 'EEXIST' || n > 50) throw error;
    }
  }
}

function noticeFor(outcome: LoadOutcome, file: string): SettingsNotice | null {
  switch (outcome.kind) {
    case 'corrupt':
      return { kind: 'settings-corrupt', message: t('notice.settings-corrupt', { file }) };
    case 'repaired': {
      const fields = [...outcome.resetFields, ...outcome.droppedKeys].slice(0, 6).join(', ');
      return { kind: 'settings-repaired', message: t('notice.settings-repaired', { fields, file }) };
    }
    case 'newer':
      return { kind: 'settings-newer', message: t('notice.settings-newer', { file }) };
    default:
      return null;
  }
}

/** Opens config.json in `options.dir` for reading and writing (see the file comment for damaged files). */
export function openSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const store = readSettingsStore(options);
  store.open();
  return store;
}

/** Reads config.json in `options.dir`; electron-store is opened later by open() or the first write. */
export function readSettingsStore(options: SettingsStoreOptions): SettingsStore {
  const { dir, logger, notify } = options;
  const path = join(dir, 'config.json');
  const readFile = options.readFile ?? ((p: string) => readFileSync(p, 'utf8'));
  const listeners = new Set<(next: Settings, previous: Settings) => void>();
  let store: ElectronStore<Settings> | null = null;
  // Never write over a file we could not read (or could not keep a copy of): it may hold the user's settings.
  let mayWrite = true;
  let unsaved = false;
  let toldNotSaved = false;

  let text: string | null = null;
  let unreadable = false;
  try {
    text = readFile(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      unreadable = true;
      logger.warn(`settings: cannot read ${path} (${errorCode(error) ?? String(error)}); using defaults in memory`);
    }
  }
  const loaded = unreadable ? { settings: defaultSettings(), outcome: { kind: 'unreadable' as const } } : loadSettings(text);
  let current = loaded.settings;

  if (loaded.outcome.kind === 'unreadable') {
    mayWrite = false;
    notify({ kind: 'settings-unreadable', message: t('notice.settings-unreadable') });
  } else if (keepsCopy(loaded.outcome) && text !== null) {
    try {
      const file = keepCopy(dir, text, options.now());
      logger.warn(`settings: ${loaded.outcome.kind} file kept as ${file}`);
      const notice = noticeFor(loaded.outcome, file);
      if (notice) notify(notice);
    } catch (error) {
      mayWrite = false;
      logger.error(`settings: could not keep a copy of the damaged file (${errorCode(error) ?? String(error)}); leaving it as it is`);
      notify({ kind: 'settings-unreadable', message: t('notice.settings-unreadable') });
    }
  }

  function openStore(): ElectronStore<Settings> | null {
    if (store || !mayWrite) return store;
    const { schema, rootSchema } = settingsStoreSchemas();
    try {
      store = new ElectronStore<Settings>({
        cwd: dir,
        name: 'config',
        // Generated from the zod schema, so its shape is right by construction; conf's type cannot see that.
        schema: schema as unknown as Schema<Settings>,
        rootSchema,
        defaults: defaultSettings(),
        // A damaged file has been copied aside above; let electron-store start that file afresh.
        clearInvalidConfig: true,
        accessPropertiesByDotNotation: false,
      });
    } catch (error) {
      logger.error(`settings: cannot open ${path} (${errorCode(error) ?? String(error)})`);
    }
    // electron-store answers a synchronous IPC message for renderer-side stores; Tend has none, and
    // main answers only the contract's channels.
    ipcMain.removeAllListeners('electron-store-get-data');
    return store;
  }

  function write(next: Settings): void {
    if (!mayWrite) return;
    try {
      const s = openStore();
      if (!s) throw new Error('settings store unavailable');
      s.store = next;
      unsaved = false;
    } catch (error) {
      unsaved = true;
      logger.error(`settings: could not write ${path} (${errorCode(error) ?? String(error)}); keeping them in memory`);
      if (!toldNotSaved) {
        toldNotSaved = true;
        notify({ kind: 'settings-not-saved', message: t('notice.settings-not-saved') });
      }
    }
  }

  let opened = false;

  return {
    path,
    outcome: loaded.outcome,
    get: () => current,
    set(next) {
      if (JSON.stringify(next) === JSON.stringify(current) && !unsaved) return;
      const previous = current;
      current = next;
      write(next);
      if (JSON.stringify(next) === JSON.stringify(previous)) return;
      for (const listener of [...listeners]) listener(next, previous);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    flush() {
      if (unsaved) write(current);
    },
    persistence: () => (mayWrite && !unsaved ? 'file' : 'memory'),
    open() {
      if (opened) return;
      opened = true;
      const wrote = store !== null;
      openStore();
      if (!wrote && mayWrite && loaded.outcome.kind !== 'unreadable' && needsRewrite(loaded.outcome)) write(current);
    },
  };
}
