/**
 * What a page inside any Tend window cannot do, through the real main code: navigate or be redirected
 * away, open new windows, attach webviews, be granted a permission, or make Tend open an address in the
 * browser. Events are emitted on the windows' web contents as Electron emits them, with events whose
 * preventDefault the guards must call. The one door to the browser, app:open-link, is fuzzed here
 * call by call (and checked after every channel in ipc-fuzz.test.ts).
 */
import fc from 'fast-check';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { supportLinkIds, supportLinkUrls } from '../../../electron/core/support-links.ts';
import { allowedExternalUrls } from '../../../electron/main/system/open-link.ts';
import { windowRoles, type WindowRole } from '../../../electron/core/window-roles.ts';
import { fakeEvent } from '../../fake-electron/emitter.ts';
import type { FakeBrowserWindow, FakeWebContents } from '../../fake-electron/index.ts';
import { hostileValue, overTheWire, pollutionKeys } from '../../support/fuzz-payloads.ts';
import { BUILD_DIR, launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const ownPage = pathToFileURL(join(BUILD_DIR, 'renderer', 'index.html')).href;

/** Where a page might try to go: the web, the file system, script and data URLs, even Tend's own page. */
const destinations: fc.Arbitrary<string> = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    'https://example.com/',
    'http://localhost:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'about:blank',
    'chrome://gpu',
    'devtools://devtools/bundled/inspector.html',
    `${ownPage}#/settings`,
  ),
);

/** Opens a window of `role` the way the user does. */
async function open(t: LaunchedTend, role: WindowRole): Promise<FakeBrowserWindow> {
  if (role === 'welcome' || role === 'home') t.runtime!.windows[role].open();
  else if (role === 'settings') t.trayMenu().click('Settings…');
  else if (role === 'grounding') t.electron.globalShortcut.press('CommandOrControl+Alt+G');
  else t.trayMenu().click('Take a break now', 'Kind words');
  await t.settle();
  const win = t.windowFor(role);
  if (!win) throw new Error(`no ${role} window`);
  return win;
}

/** Emits `name` as Electron does (the event first, then its arguments); true when the guard called preventDefault. */
function prevented(contents: FakeWebContents, name: string, ...args: unknown[]): boolean {
  const event = { ...fakeEvent(), url: typeof args[0] === 'string' ? args[0] : '' };
  contents.emit(name, event, ...args);
  return event.defaultPrevented;
}

describe.each(windowRoles)('a page in the %s window', (role) => {
  it('cannot navigate away or be redirected, wherever it tries to go', async () => {
    const t = (tend = await launchTend());
    const { webContents } = await open(t, role);
    fc.assert(
      fc.property(destinations, fc.boolean(), (url, isMainFrame) => {
        expect(prevented(webContents, 'will-navigate', url, false, isMainFrame)).toBe(true);
        expect(prevented(webContents, 'will-redirect', url, false, isMainFrame)).toBe(true);
      }),
      { numRuns: 200 },
    );
    expect(t.electron.fakeState.openedExternal).toEqual([]);
  });

  it('cannot open a window: window.open and links with a target are denied', async () => {
    const t = (tend = await launchTend());
    const win = await open(t, role);
    const handler = win.webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    const windows = t.electron.fakeState.windows.length;
    fc.assert(
      fc.property(destinations, fc.constantFrom('default', 'foreground-tab', 'background-tab', 'new-window', 'other'), (url, disposition) => {
        expect(handler?.({ url, frameName: '', features: '', disposition, referrer: { url: ownPage, policy: 'default' } } as { url: string })).toEqual({ action: 'deny' });
      }),
      { numRuns: 200 },
    );
    expect(t.electron.fakeState.windows).toHaveLength(windows);
    expect(t.electron.fakeState.openedExternal).toEqual([]);
  });

  it('cannot attach a webview, whatever preferences it asks for', async () => {
    const t = (tend = await launchTend());
    const { webContents } = await open(t, role);
    const webPreferences = { nodeIntegration: true, contextIsolation: false, preload: '/tmp/evil.js', webSecurity: false };
    expect(prevented(webContents, 'will-attach-webview', webPreferences, { src: 'https://example.com/', preload: '/tmp/evil.js' })).toBe(true);
  });

  it('is granted no permission, asked or checked', async () => {
    const t = (tend = await launchTend());
    const { webContents } = await open(t, role);
    const { permissionRequestHandler, permissionCheckHandler } = t.electron.fakeState;
    expect(permissionRequestHandler).not.toBeNull();
    expect(permissionCheckHandler).not.toBeNull();
    const request = permissionRequestHandler as unknown as (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    const check = permissionCheckHandler as unknown as (wc: unknown, permission: string, origin: string, details: unknown) => unknown;
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(...electronPermissions), fc.string()), fc.constantFrom(ownPage, 'https://example.com', 'null', ''), (permission, origin) => {
        const answers: boolean[] = [];
        request(webContents, permission, (granted) => answers.push(granted), { requestingUrl: origin, isMainFrame: true });
        expect(answers).toEqual([false]);
        expect(check(webContents, permission, origin, { requestingUrl: origin, isMainFrame: true })).toBe(false);
        // Checks may also come with no web contents at all (e.g. from a service worker).
        expect(check(null, permission, origin, {})).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

/** Every permission name Electron 45 passes to these handlers (request and check). */
const electronPermissions = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'deprecated-sync-clipboard-read',
  'display-capture',
  'fileSystem',
  'fullscreen',
  'geolocation',
  'hid',
  'idle-detection',
  'keyboardLock',
  'media',
  'mediaKeySystem',
  'midi',
  'midiSysex',
  'notifications',
  'openExternal',
  'pointerLock',
  'serial',
  'speaker-selection',
  'storage-access',
  'top-level-storage-access',
  'unknown',
  'usb',
  'window-management',
] as const;

describe('web contents Tend did not create', () => {
  it('get the same guards: whatever makes a page, it cannot navigate, open windows or attach webviews', async () => {
    const t = (tend = await launchTend());
    const stranger = new t.electron.BrowserWindow({ show: false });
    expect(prevented(stranger.webContents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(prevented(stranger.webContents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(prevented(stranger.webContents, 'will-attach-webview', {}, { src: 'https://example.com/' })).toBe(true);
    expect(stranger.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('links leaving the app (app:open-link)', () => {
  it('opens exactly the allow-listed https address a known id names, and nothing for any other id, string or shape', async () => {
    const t = (tend = await launchTend());
    const win = await open(t, 'settings');
    const ids: readonly string[] = supportLinkIds;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({ link: fc.constantFrom(...supportLinkIds) }),
          fc.record({ link: fc.oneof(fc.string(), destinations, fc.constantFrom(...pollutionKeys), fc.constantFrom(...supportLinkIds).map((id) => ` ${id.toUpperCase()}`)) }),
          fc.record({ url: destinations }),
          fc.record({ link: fc.constantFrom(...supportLinkIds), url: destinations }),
          destinations,
          hostileValue,
        ),
        async (payload) => {
          const before = t.electron.fakeState.openedExternal.length;
          const result = await t.invokeRaw(win, 'app:open-link', overTheWire(payload));
          const opened = t.electron.fakeState.openedExternal.slice(before);
          const link: unknown = typeof payload === 'object' && payload !== null ? (payload as { link?: unknown }).link : undefined;
          if (typeof link === 'string' && ids.includes(link)) {
            expect(result).toEqual({ ok: true, value: null });
            // Exactly its address, or nothing when the page is over the rate limit (issue #13 item 8:
            // one per link a second, five a minute; tests/main/security/page-floods.test.ts).
            expect(opened).toEqual(opened.length === 0 ? [] : [supportLinkUrls[link as (typeof supportLinkIds)[number]]]);
          } else {
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
            expect(opened).toEqual([]);
          }
        },
      ),
      { numRuns: 1000 },
    );
    expect(t.electron.fakeState.openedExternal.length).toBeGreaterThan(0);
    for (const url of t.electron.fakeState.openedExternal) {
      expect(allowedExternalUrls.has(url)).toBe(true);
      expect(new URL(url).protocol).toBe('https:');
    }
  });
});
