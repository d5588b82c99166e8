/**
 * Working hours: per weekday (0 = Sunday … 6 = Saturday, as Date#getDay counts), a list of
 * minute-of-day ranges. A range whose end is earlier than its start runs across midnight into the next
 * day; ranges may touch but not overlap anywhere in the week, including where one spills past midnight.
 */
import { z } from 'zod';

export const MINUTES_PER_DAY = 1440;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;
export const MAX_RANGES_PER_DAY = 8;

/** One working range, in minutes after midnight; `end` 1440 means "until midnight". */
const timeRangeSchema = z.strictObject({
  start: z.int().min(0).max(MINUTES_PER_DAY - 1),
  end: z.int().min(0).max(MINUTES_PER_DAY),
});
export type TimeRange = z.infer<typeof timeRangeSchema>;

/** Ways a set of working hours can be unusable, each with a catalogue message. */
type WorkingHoursProblem = 'range-empty' | 'range-overlap';

/** Where a problem sits: day index and range index. */
interface WorkingHoursIssue {
  day: number;
  range: number;
  problem: WorkingHoursProblem;
}

interface Span {
  from: number;
  to: number;
  day: number;
  range: number;
}

/** The week-minute spans a range covers (two when it wraps past the end of Saturday). */
function spansOf(day: number, index: number, r: TimeRange): Span[] {
  const from = day * MINUTES_PER_DAY + r.start;
  const length = r.end > r.start ? r.end - r.start : MINUTES_PER_DAY - r.start + r.end;
  const to = from + length;
  if (to <= MINUTES_PER_WEEK) return [{ from, to, day, range: index }];
  return [
    { from, to: MINUTES_PER_WEEK, day, range: index },
    { from: 0, to: to - MINUTES_PER_WEEK, day, range: index },
  ];
}

/** Empty and overlapping ranges of a week; an overlap is reported on the range that starts later. */
export function findWorkingHoursIssues(days: readonly (readonly TimeRange[])[]): WorkingHoursIssue[] {
  const issues: WorkingHoursIssue[] = [];
  const spans: Span[] = [];
  days.forEach((ranges, day) => {
    ranges.forEach((r, index) => {
      if (r.start === r.end) issues.push({ day, range: index, problem: 'range-empty' });
      else spans.push(...spansOf(day, index, r));
    });
  });
  spans.sort((a, b) => a.from - b.from || a.to - b.to);
  const reported = new Set<string>();
  let furthest: Span | undefined;
  for (const span of spans) {
    if (furthest && span.from < furthest.to && !(furthest.day === span.day && furthest.range === span.range)) {
      const key = `${span.day}.${span.range}`;
      if (!reported.has(key)) {
        reported.add(key);
        issues.push({ day: span.day, range: span.range, problem: 'range-overlap' });
      }
    }
    if (!furthest || span.to > furthest.to) furthest = span;
  }
  return issues;
}

const dayRangesSchema = z.array(timeRangeSchema).max(MAX_RANGES_PER_DAY);

/** The seven days of ranges, Sunday first; empty and overlapping ranges are rejected. */
const weekRangesSchema = z
  .tuple([dayRangesSchema, dayRangesSchema, dayRangesSchema, dayRangesSchema, dayRangesSchema, dayRangesSchema, dayRangesSchema])
  .superRefine((days, ctx) => {
    for (const issue of findWorkingHoursIssues(days)) {
      ctx.addIssue({ code: 'custom', path: [issue.day, issue.range], message: issue.problem, params: { problem: issue.problem } });
    }
  });

/** Working hours: off by default; when on, work time counts only inside the ranges. */
export const workingHoursSchema = z.strictObject({
  enabled: z.boolean(),
  days: weekRangesSchema,
});
export type WorkingHours = z.infer<typeof workingHoursSchema>;
