import { describe, expect, it } from 'vitest';
import { historyKindOfView } from '../../../electron/core/history/history-types.ts';

describe('the history kind of what the break window showed', () => {
  it.each([
    ['breath', 'breath'],
    ['tea', 'tea'],
    ['kind', 'kind'],
    ['care', 'care'],
    ['grounding', 'grounding'],
    // A practice is opened from Kind words (or asked for by name): it counts as Kind words.
    ['practice', 'kind'],
    // The offer and the fallback are not breaks of their own.
    ['offer', null],
    ['fallback', null],
  ])('%s counts as %s', (view, kind) => {
    expect(historyKindOfView(view)).toBe(kind);
  });
});
