/**
 * Every kind of window Tend can create, opened the way a user opens it (the welcome on a first run, a
 * timed offer after 45 minutes of work, a prompt from the tray, Settings from the tray, grounding from
 * the shortcut), through the real main code: each one gets Electron's security checklist, the preload
 * from the build in out/, and Tend's own page from the build, never a remote address.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { windowRoles } from '../../../electron/core/window-roles.ts';
import type { FakeBrowserWindow } from '../../fake-electron/index.ts';
import { BUILD_DIR, launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';
import { MONDAY_9AM, untilOffer } from '../../../harness/tend-journey.ts';

const PRELOAD = join(BUILD_DIR, 'preload', 'index.cjs');
const PAGE = join(BUILD_DIR, 'renderer', 'index.html');

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

beforeAll(() => {
  // The test is about the build that ships: it needs `npm run build` first.
  expect(existsSync(PRELOAD), `${PRELOAD} is missing: run npm run build`).toBe(true);
  expect(existsSync(PAGE), `${PAGE} is missing: run npm run build`).toBe(true);
});

/** Opens every kind of window the way the user meets it; returns every window created on the way. */
async function openEveryKind(t: LaunchedTend): Promise<FakeBrowserWindow[]> {
  expect(t.windowFor('welcome')).toBeDefined();
  await untilOffer(t);
  await t.invoke(t.windowFor('break')!, 'break:not-now');
  t.trayMenu().click('Take a break now', 'Tea');
  await t.settle();
  t.trayMenu().click('Settings…');
  await t.settle();
  t.electron.globalShortcut.press('CommandOrControl+Alt+G');
  await t.settle();
  // The user meets the home window by starting Tend again where no tray shows (a D-Bus question, tested
  // in tests/main/app/tray-home.test.ts); here it is opened as that path opens it.
  t.runtime!.windows.home.open();
  await t.settle();
  return [...t.electron.fakeState.windows];
}

/** webPreferences that would open a door; none may ever be set to these values. */
const doors: Record<string, unknown> = {
  contextIsolation: false,
  sandbox: false,
  nodeIntegration: true,
  nodeIntegrationInWorker: true,
  nodeIntegrationInSubFrames: true,
  webSecurity: false,
  allowRunningInsecureContent: true,
  webviewTag: true,
  experimentalFeatures: true,
  navigateOnDragDrop: true,
};

describe('every window Tend creates', () => {
  it('covers every kind of window there is', async () => {
    const t = (tend = await launchTend({ firstRun: true, clock: MONDAY_9AM }));
    const windows = await openEveryKind(t);
    const routes = new Set(windows.map((w) => w.loaded?.hash));
    // Every kind of window there is was opened at least once.
    expect([...routes].sort()).toEqual(windowRoles.map((role) => `/${role}`).sort());
  });

  it('has context isolation and the sandbox on, Node integration, insecure content and webviews off', async () => {
    const t = (tend = await launchTend({ firstRun: true, clock: MONDAY_9AM }));
    for (const win of await openEveryKind(t)) {
      const prefs = win.options.webPreferences ?? {};
      const where = `${win.loaded?.hash ?? '?'} window`;
      expect(prefs, where).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        experimentalFeatures: false,
      });
      for (const [key, bad] of Object.entries(doors)) expect(prefs[key], `${where}: ${key}`).not.toBe(bad);
      // No extra switches for the renderer, no Blink features switched on, no shared or remote session.
      for (const key of ['additionalArguments', 'enableBlinkFeatures', 'partition', 'session', 'devTools']) expect(prefs, where).not.toHaveProperty(key);
      expect(String(prefs['disableBlinkFeatures']), where).toContain('Auxclick');
    }
  });

  it('gets its preload from the build, and loads Tend’s own page through Tend’s scheme, never from file://', async () => {
    const t = (tend = await launchTend({ firstRun: true, clock: MONDAY_9AM }));
    for (const win of await openEveryKind(t)) {
      expect(win.options.webPreferences?.['preload']).toBe(PRELOAD);
      // The break window's page is the same renderer page with its first view inside (first-view-page.ts).
      const page = win.loaded?.hash === '/break' ? 'break.html' : 'index.html';
      expect(win.loaded?.url).toBe(`tend://app/${page}#${win.loaded?.hash ?? '?'}`);
      expect(win.loaded?.file).toBeUndefined();
    }
    // Each page came from the built renderer, as HTML with the strict CSP as a header.
    const pages = t.electron.fakeState.protocolResponses;
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const page of pages) {
      expect(page).toMatchObject({ status: 200, type: 'text/html; charset=utf-8' });
      expect(page.csp).toContain("script-src 'self'");
    }
  });
});
