/**
 * Being away and clocks that misbehave, through the real main code: screen locks, sleep, long idle, and
 * the wall clock jumping without a suspend event. Users want a long absence to count as a break, a
 * short one to change nothing, and never a burst of offers afterwards (USERS.md #1).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { countOffers, HOUR, MIN, MONDAY_9AM, power, SEC, untilOffer } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());


async function atWork(options: Parameters<typeof launchTend>[0] = {}): Promise<LaunchedTend> {
  tend = await launchTend({ clock: MONDAY_9AM, ...options });
  return tend;
}

// Electron reports lock-screen and unlock-screen on macOS and Windows only (electron.d.ts; Linux:
// tests/main/platform-profiles).
describe.each(['darwin', 'win32'] as const)('the screen lock on %s', (profile) => {
  it('a 10-minute screen lock counts as a break: no offer meanwhile, a full interval after unlocking', async () => {
    const t = await atWork({ profile });
    await t.advance(40 * MIN);
    power(t, 'lock-screen');
    const offers = countOffers(t);
    expect(t.status()).toBe('Away — that counts as a break');
    // Nothing at all needs to run while the screen is locked.
    expect(t.runtime!.timer.armedFor()).toBeNull();
    await t.advance(10 * MIN);
    expect(offers()).toBe(0);
    power(t, 'unlock-screen');
    expect(t.engine().workMs).toBe(0);
    expect(t.status()).toBe('Next break in about 45 min');
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
    expect(offers()).toBe(1);
  });

  it('a 2-minute lock changes nothing: the work before it still counts', async () => {
    const t = await atWork({ profile });
    await t.advance(40 * MIN);
    power(t, 'lock-screen');
    await t.advance(2 * MIN);
    power(t, 'unlock-screen');
    expect(t.engine().workMs).toBe(40 * MIN);
    expect(await untilOffer(t)).toBeCloseTo(6, 0);
  });

  it('an offer that is up when the screen locks goes away', async () => {
    const t = await atWork({ profile });
    await untilOffer(t);
    power(t, 'lock-screen');
    expect(t.liveWindows()).toEqual([]);
  });
});

describe('sleep', () => {
  it('8 hours asleep: no burst of offers on waking, the next one a full interval later', async () => {
    const t = await atWork();
    await t.advance(44 * MIN);
    power(t, 'suspend');
    const offers = countOffers(t);
    // Asleep, nothing runs; the wall clock is 8 hours later on waking.
    vi.setSystemTime(Date.now() + 8 * HOUR);
    power(t, 'resume');
    await t.advance(10 * SEC);
    expect(offers()).toBe(0);
    expect(t.engine().workMs).toBeLessThan(MIN);
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
    await t.advance(30 * SEC);
    expect(offers()).toBe(1);
  });

  it('a wake-up that never gets its resume event still starts counting again', async () => {
    const t = await atWork();
    power(t, 'suspend');
    // The machine runs again but the resume event went missing: the engine's guard tick notices.
    await t.advance(31 * MIN);
    expect(t.engine().presence.suspended).toBe(false);
    expect(t.status()).not.toBe('Away — that counts as a break');
  });
});

describe('idle at an unlocked screen', () => {
  it('5 minutes without input is a natural break; the count restarts when the user comes back', async () => {
    const t = await atWork();
    await t.advance(30 * MIN);
    // Gone for ten minutes: idle grows with the clock.
    for (let s = 0; s < 10 * 60; s += 10) {
      t.electron.fakeState.idleSeconds = s;
      await t.advance(10 * SEC);
    }
    expect(t.status()).toBe('Away — that counts as a break');
    t.electron.fakeState.idleSeconds = 0;
    await t.advance(10 * SEC);
    expect(t.engine().presence.awaySince).toBeNull();
    expect(t.engine().workMs).toBeLessThan(MIN);
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
  });

  it('samples idle only when the engine asks: a handful of times an hour, not every second', async () => {
    const t = await atWork();
    const samples = t.electron.fakeState.idleQueries;
    await t.advance(40 * MIN);
    const perHour = ((t.electron.fakeState.idleQueries - samples) * 60) / 40;
    expect(perHour).toBeGreaterThan(0);
    expect(perHour).toBeLessThanOrEqual(40);
  });

  it('on a Wayland desktop where idle cannot be read, the offer still comes, without waiting for a lull', async () => {
    const t = await atWork({ env: { XDG_SESSION_TYPE: 'wayland' } });
    // On Wayland the offer is an invitation (offer-invitation.ts): a notification and a tray line, no window.
    await t.advance(44 * MIN);
    expect(t.engine().phase.kind).not.toBe('offer');
    await t.advance(1 * MIN + 10 * SEC);
    expect(t.engine().phase.kind).toBe('offer');
    expect(t.trayMenu().labels()).toContain('A little pause is ready');
  });
});

describe('the wall clock jumping without a suspend event', () => {
  it.each([
    ['forward 1 hour', HOUR],
    ['forward 8 hours', 8 * HOUR],
  ])('%s: treated as time away, no burst of offers, a full interval from the jump', async (_name, jump) => {
    const t = await atWork();
    await t.advance(40 * MIN);
    const offers = countOffers(t);
    vi.setSystemTime(Date.now() + jump);
    await t.advance(5 * MIN);
    expect(offers()).toBe(0);
    expect(t.engine().workMs).toBeLessThanOrEqual(5 * MIN);
    const minutes = await untilOffer(t);
    expect(minutes + 5).toBeGreaterThan(44);
    expect(minutes + 5).toBeLessThan(50);
    expect(offers()).toBe(1);
  });

  it('back 1 hour: no time is lost or invented, and the wait never grows by the hour', async () => {
    const t = await atWork();
    await t.advance(40 * MIN);
    const offers = countOffers(t);
    vi.setSystemTime(Date.now() - HOUR);
    // The engine counts a backwards jump as no time at all; at worst the minutes up to the jump are
    // not counted, so the offer comes within one interval of the jump, and only once.
    const minutes = await untilOffer(t);
    expect(minutes).toBeLessThanOrEqual(46);
    expect(offers()).toBe(1);
    expect(t.liveWindows()).toHaveLength(1);
  });
});
