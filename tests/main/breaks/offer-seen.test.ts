/**
 * An offer the user has turned to never fades while they read it: pressing inside the break window
 * gives the offer its full time again, on every desktop where the offer is a window of its own.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { MIN, MONDAY_9AM, untilOffer } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

describe.each(['darwin', 'win32', 'linux-x11'] as const)('on %s', (profile) => {
  it('a press inside the offer just before it would fade keeps it for another full offer time', async () => {
    const t = (tend = await launchTend({ profile, clock: MONDAY_9AM }));
    await untilOffer(t);
    const phase = t.engine().phase;
    if (phase.kind !== 'offer') throw new Error(`expected an offer, not ${phase.kind}`);
    await t.advance(phase.shownAt + 2 * MIN - 5_000 - Date.now());
    const win = t.windowFor('break')!;
    await t.invoke(win, 'window:activate');
    await t.advance(MIN);
    expect(t.windowFor('break')).toBe(win);
    await t.advance(2 * MIN);
    expect(t.windowFor('break')).toBeUndefined();
  }, 30_000);
});
