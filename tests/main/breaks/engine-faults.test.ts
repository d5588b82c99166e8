/**
 * Faults around the engine, through the real main code: crashed and hung break windows, bad IPC, a
 * damaged settings file, a shortcut another app holds. Tend keeps its rhythm through all of them.
 */
import { readdirSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { UNRESPONSIVE_GRACE_MS } from '../../../electron/main/windows/tend-window.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { MONDAY_9AM, untilOffer } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());


describe('a break window that dies', () => {
  it('a crashed offer is cleaned up, counts as "not now", and the next offer still comes', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    await untilOffer(t);
    t.windowFor('break')!.webContents.crash('oom');
    expect(t.liveWindows()).toEqual([]);
    expect(t.engine().phase.kind).toBe('counting');
    expect(t.engine().nextIdleSampleAt).not.toBeNull();
    expect(await untilOffer(t)).toBeCloseTo(6, 0);
  });

  it('a prompt whose page crashes counts as a break taken', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    await untilOffer(t);
    const win = t.windowFor('break')!;
    await t.invoke(win, 'break:choose', { kind: 'kind' });
    win.webContents.crash();
    expect(t.liveWindows()).toEqual([]);
    expect(t.engine()).toMatchObject({ workMs: 0, phase: { kind: 'counting' } });
    expect(t.status()).toBe('Next break in about 45 min');
  });

  it('a prompt whose page hangs for good is closed, and the cycle goes on', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    t.trayMenu().click('Take a break now', 'Breathe');
    await t.settle();
    t.windowFor('break')!.hang();
    await t.advance(UNRESPONSIVE_GRACE_MS);
    expect(t.liveWindows()).toEqual([]);
    expect(t.engine().phase.kind).toBe('counting');
  });

  it('a break window the user closes some other way (Alt+F4) is not left as a stuck break', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    t.trayMenu().click('Take a break now', 'Tea');
    await t.settle();
    t.windowFor('break')!.close();
    expect(t.engine().phase.kind).toBe('counting');
  });
});

describe('bad requests from a page', () => {
  it.each([
    ['break:choose', { kind: 'coffee' }],
    ['break:choose', { kind: 'breath'.repeat(10_000) }],
    ['break:choose', JSON.parse('{"__proto__": {"kind": "breath"}}') as unknown],
    ['break:end', { reason: 'explode' }],
    ['break:not-now', 'now'],
    ['break:skip', { surprise: true }],
  ])('%s with %j is rejected and the engine does not move', async (channel, payload) => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    await untilOffer(t);
    const win = t.windowFor('break')!;
    const before = t.engine();
    await expect(t.invokeRaw(win, channel, payload)).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(t.engine()).toBe(before);
    expect(win.isDestroyed()).toBe(false);
  });

  it('a break request from the settings window is refused and changes nothing', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM }));
    await untilOffer(t);
    t.trayMenu().click('Settings…');
    await t.settle();
    const before = t.engine();
    await expect(t.invoke(t.windowFor('settings')!, 'break:skip')).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(t.engine()).toBe(before);
    expect(t.windowFor('break')).toBeDefined();
  });
});

describe('start-up faults', () => {
  it('a corrupt config.json: Tend starts on the defaults, keeps a copy, says so once, and keeps time', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM, configText: '{"intervalMin": 30,' }));
    expect(readdirSync(t.userDataDir).filter((f) => f.startsWith('config.corrupt-'))).toHaveLength(1);
    expect(t.electron.fakeState.notifications).toHaveLength(1);
    expect(t.status()).toBe('Next break in about 45 min');
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
  });

  it('a shortcut another app holds shows in the tray and in the settings window, and breaks go on', async () => {
    const t = (tend = await launchTend({ clock: MONDAY_9AM, before: (e) => e.fakeState.takenShortcuts.add('CommandOrControl+Alt+G') }));
    expect(t.trayMenu().labels()).toContain('Ctrl+Alt+G is in use by another app');
    t.trayMenu().click('Settings…');
    await t.settle();
    await expect(t.invoke(t.windowFor('settings')!, 'settings:get')).resolves.toMatchObject({
      ok: true,
      value: { shortcut: { accelerator: 'CommandOrControl+Alt+G', state: 'taken' }, notices: [expect.stringContaining('Ctrl+Alt+G')] },
    });
    t.windowFor('settings')!.close();
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
  });
});
