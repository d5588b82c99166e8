/**
 * The IPC sender check, through the real main code: main answers only the top frame of one of Tend's
 * own windows showing Tend's own page, and only on the channels that window needs. Everything else is
 * refused as forbidden before the request is even looked at, whatever it asks, and changes nothing:
 * not the settings file, not the engine, not the windows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { invokeChannels } from '../../../electron/core/ipc-channels.ts';
import { invokeContract, type InvokeChannel } from '../../../electron/core/ipc-contract.ts';
import { windowRoles, type WindowRole } from '../../../electron/core/window-roles.ts';
import type { FakeBrowserWindow, FakeWebFrameMain } from '../../fake-electron/index.ts';
import { validExample } from '../../support/fuzz-payloads.ts';
import { BUILD_DIR, launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const PAGE = join(BUILD_DIR, 'renderer', 'index.html');
/** The page each kind of window loads: the renderer page; the break window's comes with its first view. */
const ownPageOf = (role: WindowRole): string => (role === 'break' ? 'tend://app/break.html' : 'tend://app/index.html');
const examples = new Map<InvokeChannel, unknown>(invokeChannels.map((channel) => [channel, validExample(invokeContract[channel].request)]));

/** Opens one window of every kind, with the engine in a break so every channel has something to act on. */
async function everyWindow(t: LaunchedTend): Promise<Record<WindowRole, FakeBrowserWindow>> {
  t.trayMenu().click('Take a break now', 'Kind words');
  t.runtime!.windows.grounding.open();
  t.runtime!.windows.settings.open();
  t.runtime!.windows.welcome.open();
  t.runtime!.windows.home.open();
  await t.settle();
  const of = (role: WindowRole): FakeBrowserWindow => {
    const win = t.windowFor(role);
    if (!win) throw new Error(`no ${role} window`);
    return win;
  };
  return { break: of('break'), grounding: of('grounding'), settings: of('settings'), welcome: of('welcome'), home: of('home') };
}

/** A snapshot of everything a request could change. */
function footprint(t: LaunchedTend): string {
  return JSON.stringify({
    file: readFileSync(join(t.userDataDir, 'config.json'), 'utf8'),
    engine: t.engine(),
    windows: t.liveWindows().map((w) => [w.webContents.id, w.loaded?.hash, w.isFocused()]),
    sent: t.liveWindows().map((w) => w.webContents.sent.length),
  });
}

/** Sends every channel's valid example from `frame` of `win`; returns the answers' codes. */
async function askEverything(t: LaunchedTend, win: FakeBrowserWindow, frame?: FakeWebFrameMain | null): Promise<string[]> {
  const codes: string[] = [];
  for (const channel of invokeChannels) {
    const result = (await t.electron.ipcMain.invoke(win.webContents, channel, structuredClone(examples.get(channel)), frame)) as {
      ok: boolean;
      error?: { code: string };
    };
    codes.push(result.ok ? 'ok' : (result.error?.code ?? '?'));
  }
  return codes;
}

const allForbidden = invokeChannels.map(() => 'forbidden');

/** The windows the contract lets call `channel`. */
const callersOf = (channel: InvokeChannel): readonly WindowRole[] => invokeContract[channel].callers;

describe('who may call which channel', () => {
  it('each window reaches exactly the channels the contract lists it on, and is refused the rest', async () => {
    const t = (tend = await launchTend());
    const windows = await everyWindow(t);
    const observed: Record<string, WindowRole[]> = {};
    for (const channel of invokeChannels) {
      // 42 is no channel's request: an allowed sender gets invalid-request, a refused one forbidden.
      expect(invokeContract[channel].request.safeParse(42).success).toBe(false);
      observed[channel] = [];
      for (const role of windowRoles) {
        const result = await t.invokeRaw(windows[role], channel, 42);
        expect(result.ok).toBe(false);
        if (!result.ok && result.error.code === 'invalid-request') observed[channel].push(role);
        else expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      }
    }
    expect(observed).toEqual(Object.fromEntries(invokeChannels.map((channel) => [channel, [...callersOf(channel)]])));
  });

  it('only the settings and welcome windows can change settings; only the break window can end a break', () => {
    for (const channel of ['settings:update', 'settings:reset'] as const) {
      expect(callersOf(channel).every((role) => role === 'settings' || role === 'welcome')).toBe(true);
    }
    for (const channel of ['break:not-now', 'break:skip', 'break:done', 'break:end', 'break:choose'] as const) {
      expect(callersOf(channel)).toEqual(['break']);
    }
  });

  it('names each window at most once per channel, and no channel is open to nobody', () => {
    for (const channel of invokeChannels) {
      expect(new Set(callersOf(channel)).size, channel).toBe(callersOf(channel).length);
      expect(callersOf(channel).length, channel).toBeGreaterThan(0);
    }
  });
});

describe('senders that are not Tend’s windows', () => {
  it('a window Tend did not create is refused everything, even showing Tend’s own page', async () => {
    const t = (tend = await launchTend());
    await everyWindow(t);
    const stranger = new t.electron.BrowserWindow({ show: false });
    await stranger.loadFile(PAGE, { hash: '/settings' });
    const before = footprint(t);
    expect(await askEverything(t, stranger)).toEqual(allForbidden);
    expect(footprint(t)).toBe(before);
  });

  it.each(windowRoles)('a subframe inside the %s window is refused everything, even one showing Tend’s own page', async (role) => {
    const t = (tend = await launchTend());
    const win = (await everyWindow(t))[role];
    const before = footprint(t);
    for (const url of [`${ownPageOf(role)}#/${role}`, 'https://example.com/', 'about:blank']) {
      expect(await askEverything(t, win, win.webContents.mainFrame.subframe(url))).toEqual(allForbidden);
    }
    expect(footprint(t)).toBe(before);
  });

  it.each(windowRoles)('the %s window is refused once its frame has gone (senderFrame null)', async (role) => {
    const t = (tend = await launchTend());
    const win = (await everyWindow(t))[role];
    const before = footprint(t);
    expect(await askEverything(t, win, null)).toEqual(allForbidden);
    expect(footprint(t)).toBe(before);
  });

  it.each(windowRoles)('the %s window is refused once it has been closed', async (role) => {
    const t = (tend = await launchTend());
    const win = (await everyWindow(t))[role];
    win.destroy();
    await t.settle();
    const before = footprint(t);
    expect(await askEverything(t, win)).toEqual(allForbidden);
    expect(footprint(t)).toBe(before);
  });

  it.each(windowRoles)('the %s window is refused when its top frame shows anything but its own page of tend://app', async (role) => {
    const t = (tend = await launchTend());
    const win = (await everyWindow(t))[role];
    const before = footprint(t);
    const elsewhere = [
      `${pathToFileURL(PAGE).href}#/${role}`, // the built page from file://, as before the scheme
      `tend://evil/index.html#/${role}`,
      `tend://app/other.html#/${role}`,
      // Each window only its own page: the break window's page is not the others', nor the reverse.
      role === 'break' ? `tend://app/index.html#/${role}` : `tend://app/break.html#/${role}`,
      `tend://app/index.html?next=1#/${role}`,
      `tend://app:8080/index.html#/${role}`,
      'https://example.com/index.html',
    ];
    for (const url of elsewhere) {
      win.webContents.url = url;
      expect(await askEverything(t, win), url).toEqual(allForbidden);
    }
    expect(footprint(t)).toBe(before);
    win.webContents.url = `${ownPageOf(role)}#/${role}`;
    expect(await askEverything(t, win, win.webContents.mainFrame)).toContain('ok');
  });
});
