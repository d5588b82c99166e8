import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const copies = (t: LaunchedTend): string[] => readdirSync(t.userDataDir).filter((f) => f.startsWith('config.corrupt-'));

describe('faults around the settings file', () => {
  it('starts with a corrupt config.json, keeps a copy beside it and tells the user once', async () => {
    tend = await launchTend({ configText: '{"intervalMin": 30, "theme": "dark"' });
    expect(tend.electron.fakeState.trays).toHaveLength(1);
    expect(copies(tend)).toHaveLength(1);
    expect(readFileSync(join(tend.userDataDir, copies(tend)[0]!), 'utf8')).toBe('{"intervalMin": 30, "theme": "dark"');
    expect(tend.electron.fakeState.notifications).toEqual([{ title: 'Tend', body: expect.stringContaining(copies(tend)[0]!) as unknown }]);
    expect(tend.runtime!.store.get()).toEqual(defaultSettings());
    // Tend has been run here before: no welcome window on top of the notice.
    expect(tend.liveWindows()).toEqual([]);
    tend.trayMenu().click('Take a break now', 'Breathe');
    await tend.settle();
    expect(tend.electron.fakeState.notifications).toHaveLength(1);
  });

  it('lists the notice in Settings, and opens Settings from the notification', async () => {
    tend = await launchTend({ configText: 'garbage' });
    tend.runtime!.notices.tell('settings-corrupt', 'again');
    expect(tend.electron.fakeState.notifications).toHaveLength(1);
    expect(tend.runtime!.settings.snapshot().notices).toEqual([expect.stringContaining('defaults')]);
  });

  it('shows the notice in the tray where the system has no notifications', async () => {
    tend = await launchTend({ configText: 'garbage', before: (e) => (e.fakeState.notificationsSupported = false) });
    const line = tend.trayMenu().labels().find((l) => l.includes('defaults'));
    expect(line).toBeDefined();
    tend.trayMenu().click(line!);
    await tend.settle();
    expect(tend.windowFor('settings')).toBeDefined();
  });

  it('keeps running on defaults when the file cannot be read, and never writes over it', async () => {
    tend = await launchTend({
      firstRun: true,
      before: (e) => mkdirSync(join(e.fakeState.userDataDir, 'config.json')),
    });
    expect(tend.electron.fakeState.trays).toHaveLength(1);
    expect(tend.electron.fakeState.notifications.map((n) => n.body)).toEqual([expect.stringContaining("can't open your settings file")]);
    tend.trayMenu().click('Settings…');
    await tend.settle();
    const win = tend.windowFor('settings')!;
    await expect(tend.invoke(win, 'settings:update', { intervalMin: 25 })).resolves.toMatchObject({ ok: true, value: { saved: true } });
    expect(tend.runtime!.store.get().intervalMin).toBe(25);
    expect(readdirSync(join(tend.userDataDir, 'config.json'))).toEqual([]);
    expect(tend.electron.fakeState.notifications).toHaveLength(1);
  });

  it('keeps what the user set when writes fail, tells them once, and saves it on quit once it can', async () => {
    tend = await launchTend();
    tend.trayMenu().click('Settings…');
    await tend.settle();
    const win = tend.windowFor('settings')!;
    const config = join(tend.userDataDir, 'config.json');
    rmSync(config);
    mkdirSync(config); // every write fails now, like a full disk
    await tend.invoke(win, 'settings:update', { intervalMin: 25 });
    await tend.invoke(win, 'settings:update', { snoozeMin: 10 });
    expect(tend.runtime!.store.get()).toMatchObject({ intervalMin: 25, snoozeMin: 10 });
    expect(tend.electron.fakeState.notifications.map((n) => n.body)).toEqual([expect.stringContaining("couldn't save your settings")]);
    rmSync(config, { recursive: true });
    tend.electron.app.quit();
    expect(JSON.parse(readFileSync(config, 'utf8'))).toMatchObject({ intervalMin: 25, snoozeMin: 10 });
  });
});
