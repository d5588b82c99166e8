/** Randomness as an argument: a function returning numbers in [0, 1), and a seeded one for tests and replays. */

/** Returns a number in [0, 1) on each call. */
export type Rng = () => number;

/** A small deterministic generator (mulberry32): the same seed gives the same sequence. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index in [0, n) from `rng`, safe even if rng returns exactly 1. */
export function pickIndex(n: number, rng: Rng): number {
  return Math.min(n - 1, Math.max(0, Math.floor(rng() * n)));
}

/**
 * An index in [0, weights.length) drawn in proportion to `weights` (each > 0), with one call to `rng`;
 * equal weights give what pickIndex gives.
 */
export function pickWeighted(weights: readonly number[], rng: Rng): number {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let at = rng() * total;
  for (let i = 0; i < weights.length; i++) {
    at -= weights[i] ?? 0;
    if (at < 0) return i;
  }
  return weights.length - 1;
}
