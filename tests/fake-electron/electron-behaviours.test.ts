/**
 * What Electron does the same on every platform and an ideal fake would skip: loads that fail, Tend's
 * scheme served through protocol.handle with real Requests, start-up order (privileged schemes before
 * ready, sessions and shortcuts after), the default application menu, and empty images.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { fakeOn } from './support.ts';

const T = { timeout: 20_000 };
const standard = [{ scheme: 'tend', privileges: { standard: true, secure: true, supportFetchAPI: true } }];

/** A fake before ready with Tend's scheme declared, then ready, serving `handler`. */
async function withScheme(handler: (request: Request) => Response | Promise<Response>) {
  const electron = await fakeOn('linux-x11', { ready: false });
  electron.protocol.registerSchemesAsPrivileged(standard);
  electron.app.fireReady();
  electron.protocol.handle('tend', handler);
  return electron;
}

describe('loading pages', () => {
  it('calls the scheme handler with a real Request and shows the page with its headers and origin', T, async () => {
    const seen: Request[] = [];
    const e = await withScheme((request) => {
      seen.push(request);
      return new Response('<!doctype html>', { headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "default-src 'self'" } });
    });
    const win = new e.BrowserWindow({ show: false });
    const ready = vi.fn();
    win.once('ready-to-show', ready);
    await win.loadURL('tend://app/index.html#/break');
    expect(seen[0]).toBeInstanceOf(Request);
    expect(seen[0]?.method).toBe('GET');
    expect(ready).toHaveBeenCalledTimes(1);
    expect(win.webContents.mainFrame.origin).toBe('tend://app');
    expect(e.fakeState.protocolResponses).toEqual([{ url: 'tend://app/index.html#/break', status: 200, type: 'text/html; charset=utf-8', csp: "default-src 'self'" }]);
  });

  it('fails the load, with did-fail-load, when the handler answers an error with no body', T, async () => {
    const e = await withScheme(() => new Response(null, { status: 404 }));
    const win = new e.BrowserWindow({ show: false });
    const failed = vi.fn();
    win.webContents.on('did-fail-load', failed);
    await expect(win.loadURL('tend://app/missing.html')).rejects.toMatchObject({ errno: -379, code: 'ERR_HTTP_RESPONSE_CODE_FAILURE' });
    expect(failed).toHaveBeenCalledWith(expect.anything(), -379, 'ERR_HTTP_RESPONSE_CODE_FAILURE', 'tend://app/missing.html', true);
  });

  it('shows the body of an error answer as the page, and the load succeeds', T, async () => {
    const e = await withScheme(() => new Response('Not found', { status: 404 }));
    const win = new e.BrowserWindow({ show: false });
    await win.loadURL('tend://app/missing.html');
    expect(win.webContents.showsErrorPage()).toBe(true);
  });

  it.each([
    ['Response.error()', () => Response.error(), 'ERR_FAILED'],
    ['a handler that throws', () => Promise.reject(new Error('boom')), 'ERR_UNEXPECTED'],
  ])('fails the load for %s', T, async (_name, handler, code) => {
    const e = await withScheme(handler);
    await expect(new e.BrowserWindow({ show: false }).loadURL('tend://app/index.html')).rejects.toMatchObject({ code });
  });

  it('fails a load from a scheme nobody handles', T, async () => {
    const e = await fakeOn('win32');
    await expect(new e.BrowserWindow({ show: false }).loadURL('tend://app/index.html')).rejects.toThrow("ERR_FAILED (-2) loading 'tend://app/index.html'");
  });

  it('gives a scheme not declared standard an opaque origin', T, async () => {
    const e = await fakeOn('darwin');
    e.protocol.handle('tend', () => new Response('ok'));
    const win = new e.BrowserWindow({ show: false });
    await win.loadURL('tend://app/index.html');
    expect(win.webContents.mainFrame.origin).toBe('null');
  });

  it('fails loadFile for a file that does not exist, and loads one that does', T, async () => {
    const e = await fakeOn('linux-wayland-kde');
    const dir = mkdtempSync(join(tmpdir(), 'tend-fake-'));
    await expect(new e.BrowserWindow({ show: false }).loadFile(join(dir, 'none.html'))).rejects.toMatchObject({ code: 'ERR_FILE_NOT_FOUND' });
    writeFileSync(join(dir, 'page.html'), '<!doctype html>');
    await expect(new e.BrowserWindow({ show: false }).loadFile(join(dir, 'page.html'), { hash: '/x' })).resolves.toBeUndefined();
  });

  it('fails the next load when a test says so, and only that one', T, async () => {
    const e = await fakeOn('win32');
    e.failNextLoad({ errorCode: -105, errorDescription: 'ERR_NAME_NOT_RESOLVED' });
    const win = new e.BrowserWindow({ show: false });
    const ready = vi.fn();
    win.on('ready-to-show', ready);
    await expect(win.loadURL('https://example.com/')).rejects.toMatchObject({ errno: -105 });
    await expect(win.loadURL('https://example.com/')).resolves.toBeUndefined();
    expect(ready).toHaveBeenCalledTimes(1);
  });

  it('rejects a load whose window is destroyed before it finishes, not one destroyed later', T, async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const e = await fakeOn('darwin');
      const win = new e.BrowserWindow({ show: false });
      const load = win.loadURL('https://example.com/');
      win.destroy();
      await expect(load).rejects.toMatchObject({ code: 'ERR_FAILED' });
      const later = new e.BrowserWindow({ show: false });
      const loaded = later.loadURL('https://example.com/');
      vi.setSystemTime(Date.now() + 1000);
      later.destroy();
      await expect(loaded).resolves.toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('start-up order', () => {
  it('refuses privileged schemes after ready', T, async () => {
    const e = await fakeOn('win32');
    expect(() => e.protocol.registerSchemesAsPrivileged(standard)).toThrow('protocol.registerSchemesAsPrivileged should be called before app is ready');
  });

  it('has no session, scheme handlers or global shortcuts before ready', T, async () => {
    const e = await fakeOn('darwin', { ready: false });
    expect(() => e.session.defaultSession).toThrow('Session can only be received when app is ready');
    expect(() => e.protocol.handle('tend', () => new Response())).toThrow('Session can only be received when app is ready');
    expect(() => e.globalShortcut.register('CommandOrControl+Alt+G', vi.fn())).toThrow('globalShortcut cannot be used before the app is ready');
  });

  it('refuses a second handler for the same scheme', T, async () => {
    const e = await fakeOn('linux-x11');
    e.protocol.handle('tend', () => new Response());
    expect(() => e.protocol.handle('tend', () => new Response())).toThrow('Failed to register protocol: tend');
  });

  it('gives every window Reload and DevTools accelerators unless the app sets its own menu', T, async () => {
    const e = await fakeOn('win32', { ready: false });
    e.app.fireReady();
    expect(e.Menu.getApplicationMenu()?.accelerators()).toEqual(expect.arrayContaining(['CmdOrCtrl+R', 'Ctrl+Shift+I']));
    e.Menu.setApplicationMenu(null);
    expect(e.Menu.getApplicationMenu()).toBeNull();
    expect(e.fakeState.applicationMenuCalls).toEqual([null]);
  });
});

describe('images', () => {
  it('gives an empty image, not an error, for a path with no file', T, async () => {
    const e = await fakeOn('linux-x11');
    const image = e.nativeImage.createFromPath('/nowhere/tray.png');
    expect(image.isEmpty()).toBe(true);
    expect(new e.Tray(image).visibleToUser).toBe(false);
  });
});
