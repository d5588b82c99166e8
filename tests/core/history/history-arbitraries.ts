/** fast-check arbitraries for the gentle history: breaks and answers in whole seconds, as the file keeps them. */
import fc from 'fast-check';
import {
  historyKinds,
  MAX_BREAK_SECONDS,
  type AnswerRecord,
  type BreakRecord,
} from '../../../electron/core/history/history-types.ts';

const FROM_S = Date.UTC(2024, 0, 1) / 1000;
const TO_S = Date.UTC(2031, 0, 1) / 1000;

/** Any break the history can hold. */
export const breakRecord: fc.Arbitrary<BreakRecord> = fc
  .record({
    start: fc.integer({ min: FROM_S, max: TO_S }),
    seconds: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: MAX_BREAK_SECONDS })),
    kind: fc.constantFrom(...historyKinds),
    ended: fc.constantFrom('finished' as const, 'closed-early' as const),
  })
  .map(({ start, seconds, kind, ended }) => ({ startedAt: start * 1000, endedAt: (start + seconds) * 1000, kind, ended }));

/** Any answer the history can hold. */
export const answerRecord: fc.Arbitrary<AnswerRecord> = fc
  .record({ at: fc.integer({ min: FROM_S, max: TO_S }), answer: fc.constantFrom('not-now' as const, 'skip' as const) })
  .map(({ at, answer }) => ({ at: at * 1000, answer }));

/** Breaks in time order. */
export const sortedBreaks = (max: number): fc.Arbitrary<BreakRecord[]> =>
  fc.array(breakRecord, { maxLength: max }).map((list) => [...list].sort((a, b) => a.startedAt - b.startedAt));
/** Answers in time order. */
export const sortedAnswers = (max: number): fc.Arbitrary<AnswerRecord[]> =>
  fc.array(answerRecord, { maxLength: max }).map((list) => [...list].sort((a, b) => a.at - b.at));
