/** After "This doesn't feel right": gentle mode for the rest of the day, said once; one note if it happens often. */
import { describe, expect, it } from 'vitest';
import { fallbackMemorySchema } from '../../../electron/core/content/content-settings-schema.ts';
import {
  afterFallback,
  initialFallbackMemory,
  isGentleMode,
  leaveGentleMode,
  type FallbackMemory,
} from '../../../electron/core/content/fallback-memory.ts';

const gentle = 'content.fallback.gentle-note';
const therapist = 'content.fallback.therapist-note';

/** Uses the fallback on each day in turn; returns the memory and the notes of each use. */
function useOn(days: string[], start: FallbackMemory = initialFallbackMemory) {
  let memory = start;
  const notes: string[][] = [];
  for (const day of days) {
    const r = afterFallback(memory, day);
    memory = r.memory;
    notes.push(r.notes);
  }
  return { memory, notes };
}

describe('gentle mode', () => {
  it('starts when the fallback is used and lasts until the end of that local day', () => {
    const { memory } = useOn(['2025-03-10']);
    expect(isGentleMode(memory, '2025-03-10')).toBe(true);
    expect(isGentleMode(memory, '2025-03-11')).toBe(false);
  });

  it('is announced once a day, not on every use', () => {
    expect(useOn(['2025-03-10', '2025-03-10', '2025-03-11']).notes).toEqual([[gentle], [], [gentle]]);
  });

  it('can be left at any time', () => {
    expect(isGentleMode(leaveGentleMode(useOn(['2025-03-10']).memory), '2025-03-10')).toBe(false);
  });
});

describe('the therapist note', () => {
  it('appears once when the fallback is used on a third day within two weeks', () => {
    const { notes } = useOn(['2025-03-01', '2025-03-05', '2025-03-12', '2025-03-13']);
    expect(notes.map((n) => n.includes(therapist))).toEqual([false, false, true, false]);
  });

  it('does not count uses older than two weeks, or several uses on one day', () => {
    const { notes, memory } = useOn(['2025-02-01', '2025-02-10', '2025-03-01', '2025-03-01', '2025-03-01']);
    expect(notes.flat()).not.toContain(therapist);
    expect(memory.useDays).toEqual(['2025-03-01']);
  });

  it('ignores a date from the future (a clock that jumped back) and anything that is not a date', () => {
    const { notes } = useOn(['2025-03-20', 'garbage', '2025-03-10', '2025-03-11']);
    expect(notes.flat()).not.toContain(therapist);
  });
});

describe('the memory', () => {
  it('is a small plain value that survives storage', () => {
    const { memory } = useOn(['2025-03-01', '2025-03-05']);
    expect(fallbackMemorySchema.parse(JSON.parse(JSON.stringify(memory)))).toEqual(memory);
  });
});
