/**
 * The settings file (config.json in the user data folder) through electron-store, checked against the
 * JSON Schema generated from the one zod schema. Read once at start and kept in memory; written only
 * when something changed. Reading is quick (our own zod check); electron-store itself (which compiles
 * its JSON Schema) is opened by open(), which start-up calls once the tray is up.
 *
 * Faults are handled here, deliberately, before electron-store sees the file (its own validation would
 * throw, or with clearInvalidConfig quietly replace the file):
 * - not JSON, or fields Tend cannot use → a copy of the exact bytes is kept beside it
 *   (config.corrupt-<time>.json), Tend starts from the good fields or the defaults, the user is told once;
 * - unreadable (permission denied, a folder in its place…) → Tend runs on defaults in memory and never
 *   writes over a file it could not read, so nothing set there is lost; the user is told once;
 * - a write that does not go through (disk full…) → the settings stay in memory, the user is told once,
 *   and the next change (or quitting) tries again;
 * - larger than 1 MB → not read at all (it took seconds); moved aside whole as a copy, or left in place
 *   when it cannot be moved or is a link, and the user is told once;
 * - bytes that are not valid UTF-8 → the copy is of the bytes, so it is exact;
 * - a link (config.json → elsewhere) → written through only when it led to valid Tend settings; a link
 *   to anything else (another program's file, nothing at all) is left alone: Tend runs in memory and
 *   says so, rather than overwrite a file that was never its own or replace the user's link.
 * Text from the file (unknown keys) is escaped and bounded before it reaches a notice or the log.
 */
import { ipcMain } from 'electron';
import ElectronStore, { type Schema } from 'electron-store';
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../core/i18n/t.ts';
import { defaultSettings } from '../../core/settings/settings-defaults.ts';
import { settingsStoreSchemas } from '../../core/settings/settings-json-schema.ts';
import { keepsCopy, loadSettings, needsRewrite, type LoadOutcome } from '../../core/settings/settings-load.ts';
import type { Settings } from '../../core/settings/settings-schema.ts';
import type { Logger } from '../app/logger.ts';
import { keepCopy, moveAside, pruneCopies } from './corrupt-copies.ts';
import { quoteFileList } from './quote-file-text.ts';
import { readSettingsFile, type ReadBytes } from './read-settings-file.ts';

/** Something about the settings file the user is told once. */
export interface SettingsNotice {
  kind:
    | 'settings-corrupt'
    | 'settings-repaired'
    | 'settings-newer'
    | 'settings-unreadable'
    | 'settings-not-saved'
    | 'settings-too-large'
    | 'settings-link'
    | 'settings-not-text';
  message: string;
}

export interface SettingsStoreOptions {
  /** The user data folder. */
  dir: string;
  now: () => number;
  logger: Logger;
  notify: (notice: SettingsNotice) => void;
  /** Reads the file's bytes (injectable to simulate faults such as EACCES); text is taken as UTF-8. */
  readFile?: ReadBytes;
}

/** The settings in memory, and the file behind them. */
export interface SettingsStore {
  readonly path: string;
  /** How loading went, for logs and tests. */
  readonly outcome: LoadOutcome | { kind: 'unreadable' } | { kind: 'too-large' } | { kind: 'foreign-link' };
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

function noticeFor(outcome: LoadOutcome, file: string): SettingsNotice | null {
  switch (outcome.kind) {
    case 'corrupt':
      return { kind: 'settings-corrupt', message: t('notice.settings-corrupt', { file }) };
    case 'repaired': {
      // Unknown keys are the file's own text: escaped and bounded (issue #13, item 10).
      const fields = quoteFileList([...outcome.resetFields, ...outcome.droppedKeys].slice(0, 6));
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
  const listeners = new Set<(next: Settings, previous: Settings) => void>();
  let store: ElectronStore<Settings> | null = null;
  // Never write over a file we could not read (or could not keep a copy of): it may hold the user's settings.
  let mayWrite = true;
  let unsaved = false;
  let toldNotSaved = false;
  // config.json was a link to valid Tend settings: writing through it is what the user set up.
  let linkAllowed = false;

  const found = readSettingsFile(path, options.readFile);
  let loaded: { settings: Settings; outcome: SettingsStore['outcome'] };
  const inMemory = (kind: SettingsNotice['kind'], message: string): void => {
    mayWrite = false;
    notify({ kind, message });
  };
  const copied = (file: string): void => {
    for (const old of pruneCopies(dir, file)) logger.info(`settings: removed the old copy ${old}`);
  };

  switch (found.kind) {
    case 'missing':
      loaded = loadSettings(null);
      break;
    case 'unreadable':
      logger.warn(`settings: cannot read ${path} (${found.code}); using defaults in memory`);
      loaded = { settings: defaultSettings(), outcome: { kind: 'unreadable' } };
      inMemory('settings-unreadable', t('notice.settings-unreadable'));
      break;
    case 'dangling-link':
      logger.warn(`settings: ${path} is a link to nothing; leaving it alone, settings in memory`);
      loaded = { settings: defaultSettings(), outcome: { kind: 'foreign-link' } };
      inMemory('settings-link', t('notice.settings-link'));
      break;
    case 'too-large': {
      loaded = { settings: defaultSettings(), outcome: { kind: 'too-large' } };
      logger.warn(`settings: ${path} holds ${found.size} bytes, more than settings ever need; not reading it`);
      let file = 'config.json';
      if (!found.link) {
        try {
          file = moveAside(dir, path, options.now());
          copied(file);
        } catch (error) {
          mayWrite = false;
          logger.error(`settings: could not move the oversized file aside (${errorCode(error) ?? String(error)}); leaving it in place`);
        }
      } else mayWrite = false;
      notify({ kind: 'settings-too-large', message: t('notice.settings-too-large', { file }) });
      break;
    }
    case 'read': {
      const result = loadSettings(found.text);
      loaded = result;
      const tendFile = (result.outcome.kind === 'loaded' || result.outcome.kind === 'migrated') && found.exactText;
      if (found.link && !tendFile) {
        // Not Tend's settings behind the link: never write through it (issue #13, item 5).
        logger.warn(`settings: ${path} is a link to a file that is not Tend's settings; leaving it alone, settings in memory`);
        loaded = { settings: result.settings, outcome: { kind: 'foreign-link' } };
        inMemory('settings-link', t('notice.settings-link'));
        break;
      }
      linkAllowed = found.link;
      if (!keepsCopy(result.outcome) && found.exactText) break;
      try {
        const file = keepCopy(dir, found.bytes, options.now());
        copied(file);
        logger.warn(`settings: ${found.exactText ? result.outcome.kind : 'not-text'} file kept as ${file}`);
        const notice = found.exactText ? noticeFor(result.outcome, file) : { kind: 'settings-not-text' as const, message: t('notice.settings-not-text', { file }) };
        if (notice) notify(notice);
        // A file that was only mis-encoded is rewritten as clean UTF-8 at open.
        if (!keepsCopy(result.outcome)) loaded = { settings: result.settings, outcome: { kind: 'repaired', resetFields: [], droppedKeys: [] } };
      } catch (error) {
        logger.error(`settings: could not keep a copy of the damaged file (${errorCode(error) ?? String(error)}); leaving it as it is`);
        inMemory('settings-unreadable', t('notice.settings-unreadable'));
      }
      break;
    }
  }
  let current = loaded.settings;

  /** True when config.json became a link after start (written through only if it was one to Tend's file). */
  function linkAppeared(): boolean {
    if (linkAllowed) return false;
    try {
      return lstatSync(path).isSymbolicLink();
    } catch {
      return false;
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
    if (linkAppeared()) {
      logger.warn(`settings: ${path} became a link; not writing through it, settings in memory`);
      inMemory('settings-link', t('notice.settings-link'));
      return;
    }
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
      const outcome = loaded.outcome;
      const rewrite = outcome.kind === 'too-large' || (outcome.kind !== 'unreadable' && outcome.kind !== 'foreign-link' && needsRewrite(outcome));
      if (!wrote && mayWrite && rewrite) write(current);
    },
  };
}
