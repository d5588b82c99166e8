/**
 * "This doesn't feel right" turns the rest of the local day gentle. Gentle mode has one home, the
 * settings (gentleModeUntil, written by the engine's effect), so it survives a restart and the break
 * session and the engine always agree about it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const MIN = 60_000;
// 22:30 in Berlin (UTC+1 in March before the switch): local midnight is 23:00 UTC.
const EVENING = Date.UTC(2026, 2, 2, 21, 30, 0);
const BERLIN_MIDNIGHT = Date.UTC(2026, 2, 2, 23, 0, 0);

async function kindWords(t: LaunchedTend) {
  t.trayMenu().click('Take a break now', 'Kind words');
  await t.settle();
  const win = t.windowFor('break')!;
  const view = win.webContents.sent.at(-1)?.payload as { view: string };
  await t.invoke(win, 'break:done');
  return view.view;
}

describe('gentle mode', () => {
  it('starts with "This doesn’t feel right" and lasts until local midnight', async () => {
    const t = (tend = await launchTend({ clock: EVENING, timeZone: 'Europe/Berlin' }));
    expect(await kindWords(t)).toBe('kind');
    t.trayMenu().click('Take a break now', 'Kind words');
    await t.settle();
    const win = t.windowFor('break')!;
    await expect(t.invoke(win, 'break:not-right', { from: 'kind' })).resolves.toMatchObject({ ok: true, value: { view: 'fallback', notes: [expect.any(String)], from: 'kind' } });
    expect(t.runtime!.store.get().gentleModeUntil).toBe(BERLIN_MIDNIGHT);
    await t.invoke(win, 'break:done');
    // Kind words give way to a small outward action for the rest of the day.
    expect(await kindWords(t)).toBe('care');
    await t.advance(BERLIN_MIDNIGHT - Date.now());
    expect(await kindWords(t)).toBe('kind');
  });

  it('is said once a day: a second "doesn’t feel right" the same evening has no gentle-mode note', async () => {
    const t = (tend = await launchTend({ clock: EVENING, timeZone: 'Europe/Berlin' }));
    t.trayMenu().click('Take a break now', 'Tea');
    await t.settle();
    await t.invoke(t.windowFor('break')!, 'break:not-right', { from: 'tea' });
    await t.invoke(t.windowFor('break')!, 'break:done');
    await t.advance(10 * MIN);
    t.trayMenu().click('Take a break now', 'Tea');
    await t.settle();
    await expect(t.invoke(t.windowFor('break')!, 'break:not-right', { from: 'tea' })).resolves.toMatchObject({ ok: true, value: { notes: [] } });
  });

  it('survives a restart the same evening', async () => {
    const first = (tend = await launchTend({ clock: EVENING, timeZone: 'Europe/Berlin' }));
    first.trayMenu().click('Take a break now', 'Tea');
    await first.settle();
    await first.invoke(first.windowFor('break')!, 'break:not-right', { from: 'tea' });
    const saved = first.runtime!.store.get();
    first.electron.app.quit();
    const again = (tend = await launchTend({ clock: EVENING + 5 * MIN, timeZone: 'Europe/Berlin', userDataDir: first.userDataDir, settings: saved }));
    expect(await kindWords(again)).toBe('care');
  });

  it('can be turned off from the settings window', async () => {
    const t = (tend = await launchTend({ clock: EVENING, timeZone: 'Europe/Berlin', settings: { gentleModeUntil: BERLIN_MIDNIGHT } }));
    expect(await kindWords(t)).toBe('care');
    t.trayMenu().click('Settings…');
    await t.settle();
    await t.invoke(t.windowFor('settings')!, 'settings:update', { gentleModeUntil: null });
    expect(await kindWords(t)).toBe('kind');
  });

  it('issue #13 item 9: cannot be set or stretched from the settings window, and is held to the next midnight plus a day', async () => {
    const FAR = Date.UTC(3000, 0, 1);
    const t = (tend = await launchTend({ clock: EVENING, timeZone: 'Europe/Berlin', settings: { gentleModeUntil: FAR } }));
    // A hand-edited file is held to the bound at start.
    expect(t.runtime!.store.get().gentleModeUntil).toBe(BERLIN_MIDNIGHT + 24 * 60 * MIN);
    t.trayMenu().click('Settings…');
    await t.settle();
    const answer = await t.invoke(t.windowFor('settings')!, 'settings:update', { gentleModeUntil: FAR });
    expect(answer).toMatchObject({ ok: true, value: { saved: false, errors: [{ field: 'gentleModeUntil', code: 'settings-error.read-only' }] } });
    expect(t.runtime!.store.get().gentleModeUntil).toBe(BERLIN_MIDNIGHT + 24 * 60 * MIN);
    // The engine's own request goes through, bounded too.
    t.runtime!.settings.enterGentleMode(FAR);
    expect(t.runtime!.store.get().gentleModeUntil).toBe(BERLIN_MIDNIGHT + 24 * 60 * MIN);
  });
});
