/**
 * A made-up but realistic history (3–8 breaks a workday between 9:30 and 17:30, a few at weekends,
 * breath picked most, one in eight closed early), built one break at a time with the bounded append,
 * so it is shaped and bounded like a real one. Deterministic for a seed. The preview shows it in "Your
 * pauses" (renderer/preview/demo-history.ts) and the bench measures a year of it (bench/metrics/history-size.ts).
 */
import { pickIndex, seededRng, type Rng } from '../content/rng.ts';
import type { LocalTime } from '../engine/local-time.ts';
import { appendAnswer, appendBreak } from './history-append.ts';
import { emptyHistory, type BreakRecord, type History, type HistoryKind } from './history-types.ts';

const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_MS = 60 * 1000;

/** Kinds as people pick them (breath most), with how long each usually lasts, in seconds. */
const kinds: readonly { kind: HistoryKind; weight: number; seconds: [number, number] }[] = [
  { kind: 'breath', weight: 35, seconds: [55, 80] },
  { kind: 'tea', weight: 25, seconds: [120, 420] },
  { kind: 'kind', weight: 20, seconds: [30, 90] },
  { kind: 'grounding', weight: 15, seconds: [60, 200] },
  { kind: 'care', weight: 5, seconds: [40, 120] },
];
const totalWeight = kinds.reduce((n, k) => n + k.weight, 0);

function pickKind(rng: Rng): (typeof kinds)[number] {
  let at = rng() * totalWeight;
  for (const k of kinds) if ((at -= k.weight) < 0) return k;
  return kinds[0] as (typeof kinds)[number];
}

const between = (rng: Rng, [lo, hi]: readonly [number, number]): number => lo + Math.floor(rng() * (hi - lo + 1));

/** The breaks of one local day starting at `midnight`: 3–8 on a workday between 9:30 and 17:30, a few at weekends. */
function dayOfBreaks(midnight: number, weekend: boolean, rng: Rng): BreakRecord[] {
  const count = weekend ? pickIndex(3, rng) : 3 + pickIndex(6, rng);
  const out: BreakRecord[] = [];
  let at = midnight + (9.5 * 60 + between(rng, [0, 40])) * MIN_MS;
  for (let i = 0; i < count; i++) {
    at += between(rng, [35, 75]) * MIN_MS;
    const k = weekend && rng() < 0.5 ? { kind: 'grounding' as const, seconds: [60, 200] as const } : pickKind(rng);
    const seconds = between(rng, k.seconds);
    const ended = rng() < 0.12 ? 'closed-early' : 'finished';
    out.push({ kind: k.kind, startedAt: at, endedAt: at + (ended === 'finished' ? seconds : Math.ceil(seconds / 3)) * 1000, ended });
    at += seconds * 1000;
  }
  return out;
}

export interface SampleHistoryOptions {
  /** The sample ends here (nothing after it). */
  now: number;
  /** Local days of history up to and including today. */
  days: number;
  localTime: Pick<LocalTime, 'offsetMs' | 'weekdayAndMinute'>;
  seed?: number;
  /** Note "Not now" and "Skip" answers too (as with "show skips" on). */
  answers?: boolean;
  /** Called with each break as it is appended (the bench measures the file after each). */
  onAppend?: (history: History) => void;
}

/** A deterministic, realistic history of `options.days` days, appended one break at a time. */
export function sampleHistory(options: SampleHistoryOptions): History {
  const rng = seededRng(options.seed ?? 19);
  const { localTime } = options;
  let history = emptyHistory;
  for (let d = options.days - 1; d >= 0; d--) {
    const noon = options.now - d * DAY_MS;
    // Local midnight of that day, near enough for a sample (DST moves it by an hour at most).
    const { minute, weekday } = localTime.weekdayAndMinute(noon);
    const midnight = noon - minute * MIN_MS;
    for (const record of dayOfBreaks(midnight, weekday === 0 || weekday === 6, rng)) {
      if (record.endedAt > options.now) break;
      if (options.answers && rng() < 0.3) history = appendAnswer(history, { at: record.startedAt - 5 * MIN_MS, answer: rng() < 0.7 ? 'not-now' : 'skip' });
      history = appendBreak(history, record);
      options.onAppend?.(history);
    }
  }
  return history;
}
