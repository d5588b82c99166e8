/**
 * "Don't interrupt me" through the real main code, the real engine and the real readers (issue #16),
 * on the fake electron with fake time: the OS's commands answer as the OS would (PowerShell's
 * notification state on Windows, gsettings on GNOME), and nothing is asked between breaks. The user
 * rests a hand on the mouse (idle 10 s), so an offer is never waiting for a lull in typing.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RunCommand } from '../../../electron/main/system/busy/run-command.ts';
import { launchTend, type LaunchedTend, type LaunchOptions } from '../../../harness/launch-tend.ts';
import { countOffers, MIN, MONDAY_9AM, SEC } from '../../../harness/tend-journey.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

/** A Windows whose shell reports `state` (SHQueryUserNotificationState: 4 presentation, 5 nothing in front; 'never': no answer). */
function windowsShell(initial: string) {
  const shell = { state: initial, asked: [] as number[] };
  const run: RunCommand = (file) => {
    if (file !== 'powershell.exe') return Promise.resolve(null);
    shell.asked.push(Date.now());
    return shell.state === 'never' ? new Promise<never>(() => undefined) : Promise.resolve(shell.state);
  };
  return { shell, run };
}

async function atWork(options: LaunchOptions): Promise<LaunchedTend> {
  tend = await launchTend({ clock: MONDAY_9AM, ...options });
  tend.electron.fakeState.idleSeconds = 10;
  return tend;
}

const breakWindows = (t: LaunchedTend) => t.liveWindows().filter((w) => w.loaded?.hash === '/break');

/** Every word the user can read from Tend right now: the tray's status and its menu. */
const wordsOnShow = (t: LaunchedTend): string => [t.status(), ...t.trayMenu().labels()].join(' | ');

describe('a presentation on Windows', () => {
  it('holds the timed offer, asks again at most once a minute, and the offer comes when it ends', async () => {
    const { shell, run } = windowsShell('4');
    const t = await atWork({ profile: 'win32', runCommand: run });
    await t.advance(44 * MIN);
    expect(shell.asked).toEqual([]);
    await t.advance(1 * MIN + 2 * SEC);
    expect(shell.asked).toHaveLength(1);
    expect(breakWindows(t)).toHaveLength(0);
    expect(t.status()).toBe('Waiting for a quieter moment');

    await t.advance(10 * MIN);
    expect(breakWindows(t)).toHaveLength(0);
    const gaps = shell.asked.slice(1).map((at, i) => at - (shell.asked[i] ?? 0));
    expect(gaps.length).toBeGreaterThanOrEqual(9);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(MIN);

    shell.state = '5';
    await t.advance(MIN + 2 * SEC);
    expect(breakWindows(t)).toHaveLength(1);
    expect(t.status()).toBe('A little pause is on offer');
  });

  it('a break started from the tray opens at once, without asking', async () => {
    const { shell, run } = windowsShell('4');
    const t = await atWork({ profile: 'win32', runCommand: run });
    await t.advance(10 * MIN);
    t.trayMenu().click('Take a break now', 'Breathe');
    await t.settle();
    expect(breakWindows(t)).toHaveLength(1);
    expect(shell.asked).toEqual([]);
  });

  it('a presentation all afternoon lets that break go quietly, and the next interval starts afresh', async () => {
    const { shell, run } = windowsShell('4');
    const t = await atWork({ profile: 'win32', runCommand: run });
    await t.advance(45 * MIN + 89 * MIN);
    expect(t.status()).toBe('Waiting for a quieter moment');
    await t.advance(2 * MIN);
    expect(breakWindows(t)).toHaveLength(0);
    expect(t.status()).toMatch(/^Next break in about 4\d min$/);
    expect(wordsOnShow(t)).not.toMatch(/miss|fail|streak|should/i);
    const asked = shell.asked.length;
    // Let go: nothing is asked again until the next offer falls due.
    await t.advance(40 * MIN);
    expect(shell.asked).toHaveLength(asked);
    shell.state = '5';
    const offers = countOffers(t);
    await t.advance(10 * MIN);
    expect(offers()).toBe(1);
  });

  it('a shell that never answers holds nothing: after 15 seconds the moment counts as quiet', async () => {
    const { run } = windowsShell('never');
    const t = await atWork({ profile: 'win32', runCommand: run });
    await t.advance(45 * MIN + 2 * SEC);
    expect(breakWindows(t)).toHaveLength(0);
    await t.advance(16 * SEC);
    expect(breakWindows(t)).toHaveLength(1);
  });

  it('with full screen turned off in settings, the shell is never asked and the offer comes on time', async () => {
    const { shell, run } = windowsShell('4');
    const t = await atWork({ profile: 'win32', runCommand: run });
    t.trayMenu().click('Settings…');
    await t.settle();
    const settings = t.windowFor('settings')!;
    const saved = await t.invoke(settings, 'settings:update', { dontInterrupt: { doNotDisturb: true, fullScreen: false, call: true } });
    expect(saved).toMatchObject({ ok: true, value: { saved: true } });
    await t.advance(45 * MIN + 2 * SEC);
    expect(shell.asked).toEqual([]);
    expect(breakWindows(t)).toHaveLength(1);
  });

  it('"Why no break?" says which signals this Windows can tell, and that a presentation held the last break', async () => {
    const { shell, run } = windowsShell('4');
    const t = await atWork({ profile: 'win32', runCommand: run });
    await t.advance(45 * MIN + 2 * SEC);
    const heldAt = shell.asked[0];
    t.trayMenu().click('Settings…');
    await t.settle();
    const status = await t.invoke(t.windowFor('settings')!, 'busy:status');
    expect(status).toEqual({
      ok: true,
      value: {
        signals: [
          { signal: 'doNotDisturb', state: 'unknown' },
          { signal: 'fullScreen', state: 'on' },
          // reg.exe answers nothing here, so the camera record cannot be read.
          { signal: 'call', state: 'unknown' },
        ],
        lastHeld: { at: heldAt, signal: 'fullScreen' },
      },
    });
  });
});

describe('Do Not Disturb on GNOME', () => {
  it('holds the offer while banners are off, and the offer comes once they are back on', async () => {
    const desktop = { showBanners: 'false\n', asked: 0 };
    const run: RunCommand = (file, args) => {
      if (file !== 'gsettings' || args.at(-1) !== 'show-banners') return Promise.resolve(null);
      desktop.asked++;
      return Promise.resolve(desktop.showBanners);
    };
    const t = await atWork({ profile: 'linux-x11', env: { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' }, runCommand: run });
    await t.advance(45 * MIN + 2 * SEC);
    expect(desktop.asked).toBe(1);
    expect(breakWindows(t)).toHaveLength(0);
    expect(t.status()).toBe('Waiting for a quieter moment');
    desktop.showBanners = 'true\n';
    await t.advance(MIN + 2 * SEC);
    expect(breakWindows(t)).toHaveLength(1);
  });
});
