/**
 * Main's busy check: reads only the signals the user has on, all at once, when the engine asks; says
 * busy when any reads busy; never lets an unknown or failed reading hold a break; remembers the last hold.
 */
import { describe, expect, it } from 'vitest';
import type { BusyReading, BusySignal, ReadSignal } from '../../../../electron/core/busy/busy-signal.ts';
import { createBusyCheck } from '../../../../electron/main/system/busy/busy-check.ts';
import type { Settings } from '../../../../electron/core/settings/settings-schema.ts';

type Readings = Record<BusySignal, BusyReading | 'throws'>;

function setUp(readings: Readings, enabled: Settings['dontInterrupt'] = { doNotDisturb: true, fullScreen: true, call: true }) {
  const reads: BusySignal[] = [];
  const warnings: string[] = [];
  let now = 1_000;
  const reader = (signal: BusySignal): ReadSignal => () => {
    reads.push(signal);
    const r = readings[signal];
    return r === 'throws' ? Promise.reject(new Error('broken reader')) : Promise.resolve(r);
  };
  const check = createBusyCheck({
    readers: { doNotDisturb: reader('doNotDisturb'), fullScreen: reader('fullScreen'), call: reader('call') },
    enabled: () => enabled,
    now: () => now,
    logger: { info: () => undefined, warn: (m: string) => warnings.push(m), error: () => undefined },
  });
  return { check, reads, warnings, setNow: (t: number) => (now = t) };
}

const allOn = { doNotDisturb: true, fullScreen: true, call: true };

describe('the busy check', () => {
  it.each<[string, Readings, Settings['dontInterrupt'], boolean]>([
    ['Do Not Disturb on', { doNotDisturb: 'busy', fullScreen: 'clear', call: 'clear' }, allOn, true],
    ['a call, with the other two unknown', { doNotDisturb: 'unknown', fullScreen: 'unknown', call: 'busy' }, allOn, true],
    ['everything clear', { doNotDisturb: 'clear', fullScreen: 'clear', call: 'clear' }, allOn, false],
    ['everything unknown (never pretends busy)', { doNotDisturb: 'unknown', fullScreen: 'unknown', call: 'unknown' }, allOn, false],
    ['full screen, but that signal is off in settings', { doNotDisturb: 'clear', fullScreen: 'busy', call: 'clear' }, { ...allOn, fullScreen: false }, false],
    ['a reader that breaks its promise and rejects', { doNotDisturb: 'throws', fullScreen: 'clear', call: 'clear' }, allOn, false],
  ])('%s: busy is %s', async (_, readings, enabled, busy) => {
    const { check } = setUp(readings, enabled);
    expect(await check.check()).toBe(busy);
  });

  it('reads only the signals that are on', async () => {
    const { check, reads } = setUp({ doNotDisturb: 'clear', fullScreen: 'clear', call: 'clear' }, { doNotDisturb: false, fullScreen: true, call: false });
    await check.check();
    expect(reads).toEqual(['fullScreen']);
  });

  it('logs a reader that rejects, as unknown', async () => {
    const { check, warnings } = setUp({ doNotDisturb: 'throws', fullScreen: 'clear', call: 'clear' });
    await check.check();
    expect(warnings).toEqual(['busy: reading doNotDisturb failed']);
  });

  it('tells the settings window each signal as off, on (readable here) or unknown, and the last hold', async () => {
    const { check, setNow } = setUp({ doNotDisturb: 'busy', fullScreen: 'unknown', call: 'clear' }, { doNotDisturb: true, fullScreen: true, call: false });
    expect(await check.status()).toEqual({
      signals: [
        { signal: 'doNotDisturb', state: 'on' },
        { signal: 'fullScreen', state: 'unknown' },
        { signal: 'call', state: 'off' },
      ],
      lastHeld: null,
    });
    setNow(5_000);
    await check.check();
    expect((await check.status()).lastHeld).toEqual({ at: 5_000, signal: 'doNotDisturb' });
  });

  it('keeps the last hold after the moment clears', async () => {
    const readings: Readings = { doNotDisturb: 'clear', fullScreen: 'clear', call: 'busy' };
    const { check, setNow } = setUp(readings);
    await check.check();
    readings.call = 'clear';
    setNow(9_000);
    expect(await check.check()).toBe(false);
    expect((await check.status()).lastHeld).toEqual({ at: 1_000, signal: 'call' });
  });
});
