/**
 * The gentle history (issue #19), pure: its records, the bounded append, the file's schema and its
 * salvage, the view's summaries, and the user's exports. Main keeps the file (electron/main/history);
 * the preview's demo bridge runs these same functions in the page.
 */
export { appendAnswer, appendBreak, tidyBreak } from './history-append.ts';
export { exportHistory, historyCsv, historyJson, localIso } from './history-export.ts';
export { historyFileText, loadHistory, type HistoryLoad, type HistoryLoadOutcome } from './history-file.ts';
export { sampleHistory, type SampleHistoryOptions } from './sample-history.ts';
export { careMinutes, DEFAULT_SUMMARY_WEEKS, summariseHistory, type SummaryOptions } from './history-summary.ts';
export type { HistoryDay, HistoryExport, HistoryExportFormat, HistorySummary, HistoryWeek } from './history-schema.ts';
export {
  emptyHistory,
  historyKinds,
  isHistoryKind,
  historyKindOfView,
  HISTORY_WINDOW_MS,
  MAX_ANSWERS,
  MAX_BREAKS,
  secondsOf,
  type AnswerRecord,
  type BreakEnded,
  type BreakRecord,
  type History,
  type HistoryKind,
  type OfferAnswer,
} from './history-types.ts';
