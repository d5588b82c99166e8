/**
 * What Tend quietly remembers about "This doesn't feel right", and the notes it shows after it. Gentle
 * mode lasts until the end of the local day it started on and is announced once. Use is never counted
 * or shown as a failure: only the local dates of the last two weeks are kept, to notice frequent use
 * and show one low-key note about a therapist, once.
 */
import type { PlainMessageKey } from '../i18n/t.ts';
import { fallback } from './fallback.ts';

/** A local calendar date, `YYYY-MM-DD`, as the caller's clock and time zone see it. */
export type LocalDay = string;

/** The fallback's memory: a plain value for the caller to keep and store. */
export interface FallbackMemory {
  /** The local day gentle mode is on for, if any. */
  gentleDay: LocalDay | null;
  /** Distinct local days the fallback was used on, within the last `frequentWindowDays`. */
  useDays: LocalDay[];
  therapistNoteShown: boolean;
}

/** Nothing remembered yet. */
export const initialFallbackMemory: FallbackMemory = {
  gentleDay: null,
  useDays: [],
  therapistNoteShown: false,
};

/** "Often" means on this many different days within the window. */
const frequentUseDays = 3;
const frequentWindowDays = 14;

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a LocalDay, or NaN if it isn't one. */
function dayNumber(day: LocalDay): number {
  const m = dayPattern.exec(day);
  if (!m) return Number.NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

/** Whether gentle mode is on today. */
export function isGentleMode(memory: FallbackMemory, today: LocalDay): boolean {
  return memory.gentleDay === today;
}

/** The user turned gentle mode off ("Change anytime"). */
export function leaveGentleMode(memory: FallbackMemory): FallbackMemory {
  return { ...memory, gentleDay: null };
}

/**
 * The fallback was used `today`: gentle mode starts (announced only the first time that day), and if
 * this makes frequent use, the therapist note is shown, once ever.
 */
export function afterFallback(
  memory: FallbackMemory,
  today: LocalDay,
): { memory: FallbackMemory; notes: PlainMessageKey[] } {
  const now = dayNumber(today);
  const recent = (day: LocalDay): boolean =>
    now - dayNumber(day) >= 0 && now - dayNumber(day) < frequentWindowDays;
  const useDays = [...new Set([...memory.useDays, today])].filter(recent);
  const notes: PlainMessageKey[] = [];
  if (memory.gentleDay !== today) notes.push(fallback.gentleNote);
  const therapistNow = !memory.therapistNoteShown && useDays.length >= frequentUseDays;
  if (therapistNow) notes.push(fallback.therapistNote);
  return {
    memory: { gentleDay: today, useDays, therapistNoteShown: memory.therapistNoteShown || therapistNow },
    notes,
  };
}
