/**
 * Issue #13 item 8: floods from a page. A page that opens the same link 10,000 times opens a handful of
 * tabs, one that asks for focus on every call gets it at most once a second, and 10,000 settings changes
 * apply at once in memory while the file is written at most every half second (and at quit), never
 * losing the last change. Fake time throughout.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const MONDAY_9AM = Date.UTC(2026, 2, 9, 9);
const fileSettings = (t: LaunchedTend): { intervalMin: number } =>
  JSON.parse(readFileSync(join(t.userDataDir, 'config.json'), 'utf8')) as { intervalMin: number };

async function settingsWindow(t: LaunchedTend) {
  t.trayMenu().click('Settings…');
  await t.settle();
  return t.windowFor('settings')!;
}

describe('floods from a page', () => {
  it('10,000 link opens open one tab per link a second, and a handful a minute', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    const win = await settingsWindow(t);
    for (let i = 0; i < 10_000; i++)
      await t.invoke(win, 'app:open-link', { link: i % 2 === 0 ? 'find-a-helpline' : 'self-compassion' });
    expect(t.electron.fakeState.openedExternal).toHaveLength(2);
    for (let s = 0; s < 60; s++) {
      await t.advance(1_000);
      await t.invoke(win, 'app:open-link', { link: 'find-a-helpline' });
    }
    expect(t.electron.fakeState.openedExternal.length).toBeLessThanOrEqual(6);
    // Every request was answered as carried out: a page is never told to retry.
    await expect(t.invoke(win, 'app:open-link', { link: 'find-a-helpline' })).resolves.toEqual({
      ok: true,
      value: null,
    });
  }, 60_000);

  it('window:activate focuses at most once a second, however often a page asks', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    const win = await settingsWindow(t);
    const focus = vi.spyOn(win, 'focus');
    for (let i = 0; i < 1_000; i++) await t.invoke(win, 'window:activate');
    expect(focus).toHaveBeenCalledTimes(1);
    await t.advance(1_000);
    await t.invoke(win, 'window:activate');
    expect(focus).toHaveBeenCalledTimes(2);
  }, 60_000);

  it('10,000 settings changes apply at once and reach the file within half a second, the last one included', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    const win = await settingsWindow(t);
    const started = performance.now();
    for (let i = 0; i < 10_000; i++) await t.invoke(win, 'settings:update', { intervalMin: 5 + (i % 200) });
    const last = 5 + (9_999 % 200);
    expect(performance.now() - started).toBeLessThan(20_000);
    // In memory at once: the engine and the other windows already have the last change.
    expect(t.runtime!.store.get().intervalMin).toBe(last);
    expect(fileSettings(t).intervalMin).not.toBe(last);
    await t.advance(500);
    expect(fileSettings(t).intervalMin).toBe(last);
  }, 60_000);

  it('writes a change still waiting when Tend quits', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    const win = await settingsWindow(t);
    await t.invoke(win, 'settings:update', { intervalMin: 30 });
    await t.invoke(win, 'settings:update', { intervalMin: 31 });
    expect(fileSettings(t).intervalMin).toBe(30);
    t.electron.app.quit();
    expect(fileSettings(t).intervalMin).toBe(31);
  }, 30_000);
});
