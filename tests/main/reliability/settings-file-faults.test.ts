/**
 * The settings file under real disk faults, through the real main code: permission denied on reading
 * (EACCES) and a full disk on writing (ENOSPC), injected where the system reports them (disk-faults.ts).
 * Tend keeps running and keeping time, nothing the user set is lost (in memory, and never written over
 * on disk), a failed save is tried again, and the user is told once.
 *
 * A corrupt or half-valid file, a folder where the file should be, and a write failing on it are covered
 * in tests/main/app/faults.test.ts and tests/main/breaks/engine-faults.test.ts.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import type { FakeBrowserWindow } from '../../fake-electron/index.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { MONDAY_9AM, untilOffer } from '../../../harness/tend-journey.ts';
import { disk, healDisk, installDiskFaults, peek, uninstallDiskFaults } from './disk-faults.ts';

// Before Tend (and electron-store's file writers) is first loaded in this process.
installDiskFaults();
afterAll(uninstallDiskFaults);

let tend: LaunchedTend | undefined;
afterEach(() => {
  healDisk();
  tend?.cleanup();
});


const configPath = (t: LaunchedTend): string => join(t.userDataDir, 'config.json');
const configText = (t: LaunchedTend): string => peek(configPath(t));
/** Everything in the profile folder but the log: no stray temporary files, no surprise copies. */
const profileFiles = (t: LaunchedTend): string[] => readdirSync(t.userDataDir).filter((f) => f !== 'logs').sort();

/**
 * The profile's files once atomically's clean-up has landed: after a failed write its sync writer
 * removes the temporary file with an async unlink, so a listing taken at once can race it. Each
 * readdir goes through the same fs thread pool; a temporary file that really stays still shows.
 */
async function settledProfileFiles(t: LaunchedTend): Promise<string[]> {
  for (let i = 0; i < 200; i++) {
    const names = (await readdir(t.userDataDir)).filter((f) => f !== 'logs').sort();
    if (!names.some((n) => n.includes('.tmp-'))) return names;
  }
  return profileFiles(t);
}

async function settingsWindow(t: LaunchedTend): Promise<FakeBrowserWindow> {
  t.trayMenu().click('Settings…');
  await t.settle();
  const win = t.windowFor('settings');
  if (!win) throw new Error('no settings window');
  return win;
}

/** Launches with config.json holding `settings`, the disk faults aimed at this profile. */
async function launchWith(options: Parameters<typeof launchTend>[0], arm: () => void): Promise<LaunchedTend> {
  return launchTend({
    clock: MONDAY_9AM,
    ...options,
    before: (electron) => {
      disk.dir = electron.fakeState.userDataDir;
      arm();
    },
  });
}

describe('permission denied on reading the settings file (EACCES)', () => {
  it('runs on the defaults in memory, says so once, keeps what the user changes, and never writes over the file', async () => {
    const t = (tend = await launchWith({ settings: { intervalMin: 30, theme: 'dark' } }, () => disk.unreadable.add('config.json')));
    const onDisk = configText(t);
    expect(disk.refusedReads).toBeGreaterThan(0);
    expect(t.electron.fakeState.trays).toHaveLength(1);
    expect(t.runtime!.store.get()).toMatchObject({ intervalMin: 45, theme: 'system' });
    expect(t.runtime!.notices.told()).toEqual([expect.stringContaining("can't open your settings file")]);

    const win = await settingsWindow(t);
    await expect(t.invoke(win, 'settings:update', { intervalMin: 20 })).resolves.toMatchObject({ ok: true, value: { saved: true } });
    await expect(t.invoke(win, 'settings:update', { sounds: true })).resolves.toMatchObject({ ok: true, value: { saved: true } });
    expect(t.runtime!.store.get()).toMatchObject({ intervalMin: 20, sounds: true });
    // Tend keeps time on what the user set: the next offer comes after 20 minutes of work.
    expect(await untilOffer(t)).toBeCloseTo(21, 0);

    t.electron.app.quit();
    expect(configText(t)).toBe(onDisk);
    expect(t.electron.fakeState.notifications).toHaveLength(1);
    expect(t.runtime!.notices.told()).toHaveLength(1);
  });
});

describe('a full disk when saving (ENOSPC)', () => {
  it('keeps every change in memory, says so once, leaves the old file whole, and saves it all with the next change', async () => {
    const t = (tend = await launchWith({ settings: { intervalMin: 45 } }, () => undefined));
    const win = await settingsWindow(t);
    const before = configText(t);
    const files = profileFiles(t);

    disk.full = true;
    await expect(t.invoke(win, 'settings:update', { intervalMin: 25 })).resolves.toMatchObject({ ok: true, value: { saved: true } });
    await expect(t.invoke(win, 'settings:update', { snoozeMin: 10 })).resolves.toMatchObject({ ok: true });
    expect(disk.refusedWrites).toBeGreaterThan(0);
    expect(t.runtime!.store.get()).toMatchObject({ intervalMin: 25, snoozeMin: 10 });
    expect(t.runtime!.store.persistence()).toBe('memory');
    // The write was atomic: the old file is whole and no half-written temporary file is left behind.
    expect(configText(t)).toBe(before);
    expect(await settledProfileFiles(t)).toEqual(files);
    expect(t.electron.fakeState.notifications.map((n) => n.body)).toEqual([expect.stringContaining("couldn't save your settings")]);
    // Breaks go on, on the new interval.
    expect(await untilOffer(t)).toBeCloseTo(26, 0);
    await t.invoke(t.windowFor('break')!, 'break:skip');

    disk.full = false;
    await t.invoke(win, 'settings:update', { theme: 'dark' });
    expect(JSON.parse(configText(t))).toMatchObject({ intervalMin: 25, snoozeMin: 10, theme: 'dark' });
    expect(t.runtime!.store.persistence()).toBe('file');
    expect(t.electron.fakeState.notifications).toHaveLength(1);
  });

  it('tries again when Tend quits, and says nothing more if the disk is still full', async () => {
    const t = (tend = await launchWith({}, () => undefined));
    const win = await settingsWindow(t);
    const before = configText(t);
    disk.full = true;
    await t.invoke(win, 'settings:update', { intervalMin: 60 });
    const refused = disk.refusedWrites;
    t.electron.app.quit();
    expect(disk.refusedWrites).toBeGreaterThan(refused);
    expect(configText(t)).toBe(before);
    expect(t.electron.fakeState.notifications).toHaveLength(1);
  });

  it('on a first run, still welcomes the user and keeps time, with the defaults in memory', async () => {
    const t = (tend = await launchWith({ firstRun: true }, () => (disk.full = true)));
    expect(t.windowFor('welcome')).toBeDefined();
    expect(t.runtime!.store.get()).toMatchObject({ ...defaultSettings(), firstRunDone: true });
    expect(t.electron.fakeState.notifications.map((n) => n.body)).toEqual([expect.stringContaining("couldn't save your settings")]);
    expect(await untilOffer(t)).toBeCloseTo(46, 0);
  });

  it('with a damaged file it cannot copy aside, leaves that file exactly as it is', async () => {
    const t = (tend = await launchWith({ configText: '{"intervalMin": 30, "theme": "dark"' }, () => (disk.full = true)));
    expect(configText(t)).toBe('{"intervalMin": 30, "theme": "dark"');
    expect(await settledProfileFiles(t)).toEqual(['config.json']);
    expect(t.runtime!.notices.told()).toHaveLength(1);
    // Even once the disk has room again, Tend never writes over a file it could not keep a copy of.
    disk.full = false;
    const win = await settingsWindow(t);
    await t.invoke(win, 'settings:update', { intervalMin: 20 });
    expect(t.runtime!.store.get().intervalMin).toBe(20);
    expect(configText(t)).toBe('{"intervalMin": 30, "theme": "dark"');
    expect(t.runtime!.notices.told()).toHaveLength(1);
  });
});

describe('the fault injection itself', () => {
  it('refuses only inside the profile folder, with the codes the system uses', async () => {
    const t = (tend = await launchTend());
    disk.dir = t.userDataDir;
    disk.full = true;
    disk.unreadable.add('x.json');
    expect(() => writeFileSync(join(t.userDataDir, 'x.json'), '{}')).toThrow(expect.objectContaining({ code: 'ENOSPC' }) as Error);
    disk.full = false;
    writeFileSync(join(t.userDataDir, 'x.json'), '{}');
    expect(() => readFileSync(join(t.userDataDir, 'x.json'))).toThrow(expect.objectContaining({ code: 'EACCES' }) as Error);
    rmSync(join(t.userDataDir, 'x.json'));
  });
});
