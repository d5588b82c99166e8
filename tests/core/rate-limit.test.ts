/** Issue #13 item 8: the rate limit for repeated page requests, with the time passed in. */
import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../electron/core/rate-limit.ts';

const limit = { minGapMs: 1_000, perWindow: 3, windowMs: 60_000 };

describe('the rate limit', () => {
  it('allows one per key a second', () => {
    const limiter = createRateLimiter(limit);
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('a', 999)).toBe(false);
    expect(limiter.allow('b', 999)).toBe(true);
    expect(limiter.allow('a', 1_000)).toBe(true);
  });

  it('allows a handful over the window, then one more as the oldest leaves it', () => {
    const limiter = createRateLimiter(limit);
    const allowed = Array.from({ length: 60 }, (_, s) => limiter.allow('a', s * 1_000)).filter(
      Boolean,
    ).length;
    expect(allowed).toBe(3);
    expect(limiter.allow('a', 60_000)).toBe(true);
  });

  it('never locks out for long after the clock is set back', () => {
    const limiter = createRateLimiter(limit);
    expect(limiter.allow('a', 10 * 86_400_000)).toBe(true);
    expect(limiter.allow('a', 0)).toBe(true);
  });
});
