import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTimerDriver, MAX_TIMER_DELAY_MS } from '../../../electron/main/breaks/timer-driver.ts';

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2026, 0, 5, 9, 0, 0));
});
afterEach(() => vi.useRealTimers());

const MIN = 60_000;

function driver() {
  const calls: { due: string[]; at: number }[] = [];
  const d = createTimerDriver<'tick' | 'idle'>({ now: () => Date.now(), onDue: (due, at) => calls.push({ due, at }) });
  return { d, calls };
}

describe('the timer driver', () => {
  it('keeps one timer armed for the earliest request', () => {
    const { d, calls } = driver();
    const t0 = Date.now();
    d.set('tick', t0 + 45 * MIN);
    d.set('idle', t0 + 5 * MIN);
    expect(vi.getTimerCount()).toBe(1);
    expect(d.armedFor()).toBe(t0 + 5 * MIN);
    vi.advanceTimersByTime(5 * MIN);
    expect(calls).toEqual([{ due: ['idle'], at: t0 + 5 * MIN }]);
    expect(vi.getTimerCount()).toBe(1);
    expect(d.armedFor()).toBe(t0 + 45 * MIN);
  });

  it('replaces a request when it is made again, and cancels it with null', () => {
    const { d, calls } = driver();
    const t0 = Date.now();
    d.set('tick', t0 + 10 * MIN);
    d.set('tick', t0 + 20 * MIN);
    vi.advanceTimersByTime(15 * MIN);
    expect(calls).toEqual([]);
    d.set('tick', null);
    expect(vi.getTimerCount()).toBe(0);
    expect(d.armedFor()).toBeNull();
  });

  it('wakes once for requests due at the same time', () => {
    const { d, calls } = driver();
    const t0 = Date.now();
    d.set('tick', t0 + MIN);
    d.set('idle', t0 + MIN);
    vi.advanceTimersByTime(MIN);
    expect(calls).toEqual([{ due: ['tick', 'idle'], at: t0 + MIN }]);
    expect(d.wakeups()).toBe(1);
  });

  it('arms again from inside the callback without stacking timers', () => {
    const t0 = Date.now();
    let n = 0;
    const d = createTimerDriver<'tick'>({
      now: () => Date.now(),
      onDue: () => {
        n += 1;
        d.set('tick', Date.now() + MIN);
      },
    });
    d.set('tick', t0 + MIN);
    vi.advanceTimersByTime(10 * MIN);
    expect(n).toBe(10);
    expect(vi.getTimerCount()).toBe(1);
    expect(d.wakeups()).toBe(10);
  });

  it('clamps a delay beyond setTimeout’s limit and goes back to sleep on the early wake-up', () => {
    const { d, calls } = driver();
    const t0 = Date.now();
    const far = t0 + 40 * 24 * 60 * MIN;
    d.set('tick', far);
    vi.advanceTimersByTime(MAX_TIMER_DELAY_MS);
    expect(calls).toEqual([]);
    expect(d.wakeups()).toBe(1);
    expect(d.armedFor()).toBe(far);
    vi.advanceTimersByTime(far - Date.now());
    expect(calls).toEqual([{ due: ['tick'], at: far }]);
  });

  it('delivers what it was armed for when it fires, even if the wall clock was set back meanwhile', () => {
    const { d, calls } = driver();
    const t0 = Date.now();
    d.set('idle', t0 + 5 * MIN);
    d.set('tick', t0 + 45 * MIN);
    vi.advanceTimersByTime(MIN);
    vi.setSystemTime(Date.now() - 60 * MIN);
    vi.advanceTimersByTime(4 * MIN);
    // Five minutes have passed, though the wall clock says an hour earlier: the idle sample is due, the tick is not.
    expect(calls).toEqual([{ due: ['idle'], at: t0 - 55 * MIN }]);
    expect(d.wakeups()).toBe(1);
  });

  it('fires at once for a time already past', () => {
    const { d, calls } = driver();
    d.set('tick', Date.now() - 5 * MIN);
    vi.advanceTimersByTime(0);
    expect(calls).toHaveLength(1);
  });

  it('has nothing armed and never wakes without requests (e.g. paused until resumed)', () => {
    const { d } = driver();
    vi.advanceTimersByTime(24 * 60 * MIN);
    expect(d.wakeups()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('survives a callback that throws', () => {
    const onError = vi.fn();
    const d = createTimerDriver<'tick'>({
      now: () => Date.now(),
      onDue: () => {
        throw new Error('boom');
      },
      onError,
    });
    d.set('tick', Date.now() + MIN);
    vi.advanceTimersByTime(MIN);
    expect(onError).toHaveBeenCalledTimes(1);
    d.set('tick', Date.now() + MIN);
    expect(vi.getTimerCount()).toBe(1);
  });

  it('disarms on dispose', () => {
    const { d } = driver();
    d.set('tick', Date.now() + MIN);
    d.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});
