/**
 * A small rate limit for requests a page can repeat as fast as it likes (opening a link, asking for
 * focus): at most one per key every `minGapMs`, and at most `perWindow` in any `windowMs` over all keys.
 * Pure: the time comes in with each request, so tests drive it with fake time. A clock set back never
 * locks anything out for longer than the limits themselves.
 */

/** The limits: a gap per key, and a cap over a sliding window. */
interface RateLimit {
  minGapMs: number;
  perWindow: number;
  windowMs: number;
}

/** Says whether one more request may go ahead now (and counts it when it may). */
interface RateLimiter {
  allow(key: string, now: number): boolean;
}

// Keys are link ids or window ids; this bounds the map even if a page invents many.
const maxKeys = 64;

/** A limiter with its own memory. */
export function createRateLimiter(limit: RateLimit): RateLimiter {
  const lastByKey = new Map<string, number>();
  let recent: number[] = [];
  return {
    allow(key, now) {
      // Times from before a clock jump back are forgotten rather than trusted.
      recent = recent.filter((at) => at <= now && now - at < limit.windowMs);
      const last = lastByKey.get(key);
      if (last !== undefined && last <= now && now - last < limit.minGapMs) return false;
      if (recent.length >= limit.perWindow) return false;
      if (lastByKey.size >= maxKeys && !lastByKey.has(key)) lastByKey.clear();
      lastByKey.set(key, now);
      recent.push(now);
      return true;
    },
  };
}

/** Link opens: one per link a second, five a minute in all (a person clicks a support link once). */
export const linkOpenLimit: RateLimit = { minGapMs: 1_000, perWindow: 5, windowMs: 60_000 };
/** Focus requests: one per window a second (a press inside the window asks once). */
export const focusLimit: RateLimit = { minGapMs: 1_000, perWindow: 30, windowMs: 60_000 };
