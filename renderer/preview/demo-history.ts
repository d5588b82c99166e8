/**
 * The history half of the demo bridge (issue #19): the core's sample history (sample-history.ts, built
 * with the real bounded append), and the history channels answered by the core's own summary and
 * export. `?history=empty|week|weeks|year` picks how much there is (default: four weeks).
 */
import type { LocalTime } from '../../electron/core/engine/index.ts';
import { emptyHistory, exportHistory, sampleHistory, summariseHistory } from '../../electron/core/history/index.ts';
import type { InvokeChannel, RequestOf, ResponseOf } from '../../electron/core/ipc-contract.ts';
import type { Settings } from '../../electron/core/settings/settings-schema.ts';

/** How much history the preview starts with. */
export const demoHistorySpans = ['empty', 'week', 'weeks', 'year'] as const;
export type DemoHistorySpan = (typeof demoHistorySpans)[number];
const spanDays: Record<DemoHistorySpan, number> = { empty: 0, week: 7, weeks: 28, year: 365 };

type HistoryChannel = 'history:summary' | 'history:clear' | 'history:export';
/** Answers for the history channels. */
export type HistoryAnswers = { [C in HistoryChannel & InvokeChannel]: (request: RequestOf<C>) => ResponseOf<C> };

/** The history channels over a sample of `span`, on the demo's standing clock. */
export function demoHistory(
  span: DemoHistorySpan,
  now: number,
  localTime: LocalTime,
  settings: () => Pick<Settings, 'history'>,
): HistoryAnswers {
  let history = sampleHistory({ now, days: spanDays[span], localTime, answers: true });
  const summary = (weeks?: number): ResponseOf<'history:summary'> =>
    summariseHistory(history, { now, localTime, ...(weeks === undefined ? {} : { weeks }), ...settings().history });
  return {
    'history:summary': (request) => summary(request?.weeks),
    'history:clear': () => {
      history = emptyHistory;
      return summary();
    },
    'history:export': ({ format }) => exportHistory(history, format, localTime, now),
  };
}
