/**
 * The timed offer on native Wayland, where a window cannot appear without taking the keyboard: it is
 * an invitation (offer-invitation.ts), a notification and a tray line. Clicking either opens the offer
 * with the keyboard, because the user asked; the tray line stands while the offer does, even when the
 * notification was dropped; the engine's ignored-offer timeout still withdraws it.
 */
import { afterEach, describe, expect, vi } from 'vitest';
import type { FakeElectron, LaunchedTend } from '../../../harness/launch-tend.ts';
import { MIN, MONDAY_9AM } from '../../../harness/tend-journey.ts';
import { itOn, journey, waylandProfiles } from './known-wrong.ts';
import { launchOn } from './profile-session.ts';

let tend: LaunchedTend | undefined;
afterEach(() => {
  vi.restoreAllMocks();
  tend?.cleanup();
});

const LINE = 'A little pause is ready';

/** Tend with a 5-minute interval, 6 minutes on: the offer stands (the user is idle 0 s: present). */
async function offerStanding(profile: (typeof waylandProfiles)[number], before?: (e: FakeElectron) => void): Promise<LaunchedTend> {
  const t = (tend = await launchOn(profile, { clock: MONDAY_9AM, settings: { intervalMin: 5 }, ...(before ? { before } : {}) }));
  await t.advance(6 * MIN);
  return t;
}

describe.each(waylandProfiles)('the timed offer on %s', (profile) => {
  itOn(profile, [])(`on ${profile} clicking the offer's notification opens it with the keyboard`, journey, async () => {
    let spy: { mock: { contexts: unknown[] } } | undefined;
    const t = await offerStanding(profile, (e) => (spy = vi.spyOn(e.Notification.prototype, 'show')));
    type Note = InstanceType<typeof t.electron.Notification>;
    const shown = (spy?.mock.contexts as Note[] | undefined)?.find((n) => n.options.title === 'A little pause?');
    expect(shown).toBeDefined();
    shown?.emit('click');
    await t.settle();
    const win = t.windowFor('break');
    expect(win?.isFocused()).toBe(true);
    await expect(t.invoke(win!, 'break:current')).resolves.toMatchObject({ ok: true, value: { view: 'offer' } });
  });

  itOn(profile, [])(`on ${profile} the tray line stands when the notification was dropped, and opens the offer`, journey, async () => {
    const t = await offerStanding(profile, (e) => (e.fakeState.notificationsDropped = true));
    expect(t.electron.fakeState.notifications).toEqual([]);
    t.trayMenu().click(LINE);
    await t.settle();
    expect(t.windowFor('break')?.isFocused()).toBe(true);
  });

  itOn(profile, [])(`on ${profile} an ignored invitation is withdrawn after the offer timeout`, journey, async () => {
    const t = await offerStanding(profile);
    expect(t.trayMenu().labels()).toContain(LINE);
    await t.advance(3 * MIN);
    expect(t.trayMenu().labels()).not.toContain(LINE);
    expect(t.engine().phase.kind).not.toBe('offer');
  });

  itOn(profile, [])(`on ${profile} an offer opened just before its time is up stays while it is read`, journey, async () => {
    const t = await offerStanding(profile);
    const phase = t.engine().phase;
    if (phase.kind !== 'offer') throw new Error(`expected an offer, not ${phase.kind}`);
    // Five seconds before the offer would fade, the user opens it from the tray.
    await t.advance(phase.shownAt + 2 * MIN - 5_000 - Date.now());
    t.trayMenu().click(LINE);
    await t.settle();
    await t.advance(MIN);
    expect(t.windowFor('break')?.isVisible()).toBe(true);
    expect(t.engine().phase.kind).toBe('offer');
    // Ignored from then on, it fades a full offer time after the user turned to it.
    await t.advance(2 * MIN);
    expect(t.windowFor('break')).toBeUndefined();
  });
});
