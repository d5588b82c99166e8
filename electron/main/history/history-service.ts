/**
 * The gentle history in main (issue #19): read lazily, the first time a break ends or the settings
 * window asks, then kept in memory; written on the event itself (a break or grounding exercise ending,
 * or, when "show skips" is on, a "Not now" or "Skip"), never on a timer, so it adds no wake-ups. Writes
 * are coalesced without a timer: a second record within a second of the last write waits for the next
 * one or for quitting (flush). History off (settings.history.keep) means nothing more is written;
 * "Delete all" removes the file and its copies. It is never sent anywhere.
 */
import type { LocalTime } from '../../core/engine/local-time.ts';
import {
  appendAnswer,
  appendBreak,
  emptyHistory,
  exportHistory,
  summariseHistory,
  type AnswerRecord,
  type BreakRecord,
  type History,
  type HistoryExport,
  type HistoryExportFormat,
  type HistorySummary,
} from '../../core/history/index.ts';
import { t } from '../../core/i18n/t.ts';
import type { Settings } from '../../core/settings/settings-schema.ts';
import type { Logger } from '../app/logger.ts';
import { readHistoryFile, removeHistoryFiles, writeHistoryFile, type HistoryNotice } from './history-file.ts';
import type { ReadBytes } from '../settings/read-settings-file.ts';

/** The history as main's adapters and the IPC routes use it. */
export interface HistoryService {
  /** A break or grounding exercise ended (the presenter, on the engine's breakEnded). */
  breakEnded(record: BreakRecord): void;
  /** "Not now" or "Skip" (the presenter, on the engine's offerAnswered); noted only with showSkips on. */
  offerAnswered(record: AnswerRecord): void;
  /** The "Your pauses" view's data: today and the last `weeks` weeks. */
  summary(weeks?: number): HistorySummary;
  /** "Delete all": the file and its copies go; the summary afterwards. */
  clear(): HistorySummary;
  /** The history as CSV or JSON text for the user to save. */
  export(format: HistoryExportFormat): HistoryExport;
  /** Writes what is still waiting (at quit). */
  flush(): void;
  /** Writes so far and their bytes, for tests and the bench. */
  writes(): { count: number; bytes: number };
}

export interface HistoryServiceOptions {
  /** The user data folder (history.json goes beside config.json). */
  dir: string;
  now: () => number;
  localTime: LocalTime;
  /** The history setting as it stands. */
  setting: () => Settings['history'];
  logger: Logger;
  notify: (notice: HistoryNotice) => void;
  readFile?: ReadBytes;
  /** The shortest time between two writes (1 s): a flood of records costs a few writes. */
  minWriteIntervalMs?: number;
}

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : String(error);
}

/** The history service over history.json in `options.dir`; nothing is read until it is needed. */
export function createHistoryService(options: HistoryServiceOptions): HistoryService {
  const { dir, logger } = options;
  const interval = options.minWriteIntervalMs ?? 1000;
  let held: History | null = null;
  let mayWrite = true;
  let waiting = false;
  let lastWriteAt = Number.NEGATIVE_INFINITY;
  let toldNotSaved = false;
  const written = { count: 0, bytes: 0 };

  const history = (): History => {
    if (held) return held;
    const read = readHistoryFile({ dir, now: options.now, logger, notify: options.notify, ...(options.readFile ? { readFile: options.readFile } : {}) });
    mayWrite = read.mayWrite;
    held = read.history;
    return held;
  };

  const write = (): void => {
    if (!waiting || !mayWrite || !held) return;
    try {
      written.bytes += writeHistoryFile(dir, held);
      written.count++;
      waiting = false;
      lastWriteAt = options.now();
    } catch (error) {
      // Kept in memory; the next record (or quitting) tries again.
      logger.error(`history: could not write it (${codeOf(error)}); keeping it in memory`);
      if (!toldNotSaved) {
        toldNotSaved = true;
        options.notify({ kind: 'history-not-saved', message: t('notice.history-not-saved') });
      }
    }
  };

  const keep = (next: (h: History) => History): void => {
    if (!options.setting().keep) return;
    held = next(history());
    waiting = true;
    // A clock set back counts as time enough.
    const since = options.now() - lastWriteAt;
    if (since >= interval || since < 0) write();
  };

  const summary = (weeks?: number): HistorySummary =>
    summariseHistory(history(), {
      now: options.now(),
      localTime: options.localTime,
      ...(weeks === undefined ? {} : { weeks }),
      ...options.setting(),
    });

  return {
    breakEnded: (record) => keep((h) => appendBreak(h, record)),
    offerAnswered(record) {
      if (options.setting().showSkips) keep((h) => appendAnswer(h, record));
    },
    summary,
    clear() {
      const gone = removeHistoryFiles(dir, logger);
      if (gone) {
        held = emptyHistory;
        waiting = false;
        mayWrite = true;
      } else {
        // The file stays (a permission, say): forget it in memory and never write over it this session.
        held = emptyHistory;
        mayWrite = false;
      }
      logger.info(gone ? 'history: deleted at the user\'s request' : 'history: cleared in memory; the file could not be removed');
      return summary();
    },
    export: (format) => exportHistory(history(), format, options.localTime, options.now()),
    flush: write,
    writes: () => ({ ...written }),
  };
}
