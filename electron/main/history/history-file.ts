/**
 * history.json beside config.json (issue #19): read once, carefully, with the settings file's own
 * reader (size and file-type checks first) and its copies of damaged files (history.corrupt-<time>.json,
 * the newest five kept); written atomically (a temporary file, flushed, then renamed over the old one),
 * so a crash or a full disk mid-write never leaves half a history. A file Tend cannot read, or a link,
 * is never written over: the history then lives in memory for the session. Nothing here throws.
 */
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../core/i18n/t.ts';
import { historyFileText, loadHistory, type History } from '../../core/history/index.ts';
import type { Logger } from '../app/logger.ts';
import { keepCopy, moveAside, pruneCopies } from '../settings/corrupt-copies.ts';
import { readSettingsFile, type ReadBytes } from '../settings/read-settings-file.ts';

/** The file's name in the user data folder. */
export const HISTORY_FILE = 'history.json';
/** Far above a full history (10,000 breaks are about 450 kB): anything larger is not Tend's. */
const MAX_HISTORY_BYTES = 2 * 1024 * 1024;

/** Something about the history file the user is told once. */
export interface HistoryNotice {
  kind: 'history-damaged' | 'history-unreadable' | 'history-not-saved';
  message: string;
}

export interface HistoryFileOptions {
  /** The user data folder. */
  dir: string;
  now: () => number;
  logger: Logger;
  notify: (notice: HistoryNotice) => void;
  /** Reads the file's bytes (injectable, to simulate faults). */
  readFile?: ReadBytes;
}

/** What reading found: the history, and whether the file may be written. */
export interface HistoryRead {
  history: History;
  mayWrite: boolean;
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

/** Reads history.json once; a damaged file is kept as a copy and the user told (never a crash). */
export function readHistoryFile(options: HistoryFileOptions): HistoryRead {
  const { dir, logger, notify } = options;
  const path = join(dir, HISTORY_FILE);
  const unreadable = (why: string): HistoryRead => {
    logger.warn(`history: ${why}; leaving ${path} as it is, history in memory`);
    notify({ kind: 'history-unreadable', message: t('notice.history-unreadable') });
    return { history: loadHistory(null).history, mayWrite: false };
  };
  const damaged = (file: string): void => {
    for (const old of pruneCopies(dir, file, undefined, 'history')) logger.info(`history: removed the old copy ${old}`);
    notify({ kind: 'history-damaged', message: t('notice.history-damaged', { file }) });
  };
  const found = readSettingsFile(path, options.readFile, MAX_HISTORY_BYTES);
  switch (found.kind) {
    case 'missing':
      return { history: loadHistory(null).history, mayWrite: true };
    case 'unreadable':
      return unreadable(`cannot read it (${found.code})`);
    case 'dangling-link':
      return unreadable('it is a link to nothing');
    case 'too-large': {
      if (found.link) return unreadable(`it is a link to ${found.size} bytes`);
      try {
        const file = moveAside(dir, path, options.now(), 'history');
        logger.warn(`history: ${found.size} bytes is more than a history holds; moved aside as ${file}`);
        damaged(file);
        return { history: loadHistory(null).history, mayWrite: true };
      } catch (error) {
        return unreadable(`it holds ${found.size} bytes and could not be moved aside (${codeOf(error)})`);
      }
    }
    case 'read': {
      if (found.link) return unreadable('it is a link');
      const loaded = loadHistory(found.text);
      if (loaded.outcome === 'loaded' && found.exactText) return { history: loaded.history, mayWrite: true };
      try {
        const file = keepCopy(dir, found.bytes, options.now(), 'history');
        logger.warn(`history: ${loaded.outcome} file kept as ${file}; ${String(loaded.history.breaks.length)} breaks kept`);
        damaged(file);
        return { history: loaded.history, mayWrite: true };
      } catch (error) {
        return unreadable(`could not keep a copy of the damaged file (${codeOf(error)})`);
      }
    }
  }
}

/** Writes `history` to history.json atomically; returns the bytes written. Throws when it cannot. */
export function writeHistoryFile(dir: string, history: History): number {
  const path = join(dir, HISTORY_FILE);
  const temp = join(dir, `${HISTORY_FILE}.${String(process.pid)}.tmp`);
  const bytes = Buffer.from(historyFileText(history), 'utf8');
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, bytes);
    // On disk before the rename, so the new name never points at a file the system has not written.
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone: nothing to tidy.
    }
    throw error;
  }
  return bytes.length;
}

/** Removes history.json, its copies and any temporary file left by a crash; returns false if the file stays. */
export function removeHistoryFiles(dir: string, logger: Logger): boolean {
  let removed = true;
  const names = (() => {
    try {
      return readdirSync(dir);
    } catch {
      return [];
    }
  })();
  const ours = names.filter((name) => name === HISTORY_FILE || /^history\.corrupt-[\w-]+\.json$/.test(name) || /^history\.json\.\d+\.tmp$/.test(name));
  for (const name of ours) {
    try {
      unlinkSync(join(dir, name));
    } catch (error) {
      if (codeOf(error) === 'ENOENT') continue;
      logger.error(`history: could not remove ${name} (${codeOf(error)})`);
      if (name === HISTORY_FILE) removed = false;
    }
  }
  return removed;
}
