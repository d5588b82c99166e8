/**
 * Support links from the settings window: named by id, opened in the browser only when main's own
 * allow-list has the address, and only from the settings window.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { supportLinkIds, supportLinkUrls } from '../../../electron/core/support-links.ts';
import { silentLogger } from '../../../electron/main/app/logger.ts';
import { allowedExternalUrls, createLinkOpener, mayOpenExternally } from '../../../electron/main/system/open-link.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

async function settingsWindow(t: LaunchedTend) {
  t.trayMenu().click('Settings…');
  await t.settle();
  return t.windowFor('settings')!;
}

describe('support links', () => {
  it.each(supportLinkIds)('opens %s from the settings window in the browser', async (link) => {
    tend = await launchTend();
    await expect(tend.invoke(await settingsWindow(tend), 'app:open-link', { link })).resolves.toEqual({ ok: true, value: null });
    expect(tend.electron.fakeState.openedExternal).toEqual([supportLinkUrls[link]]);
  });

  it('refuses an address, an unknown id, and any window but settings', async () => {
    tend = await launchTend();
    const win = await settingsWindow(tend);
    await expect(tend.invokeRaw(win, 'app:open-link', { link: 'https://evil.example/' })).resolves.toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    await expect(tend.invokeRaw(win, 'app:open-link', { url: 'https://findahelpline.com/' })).resolves.toMatchObject({ ok: false });
    tend.trayMenu().click('Take a break now', 'Kind words');
    await tend.settle();
    await expect(tend.invoke(tend.windowFor('break')!, 'app:open-link', { link: 'find-a-helpline' })).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(tend.electron.fakeState.openedExternal).toEqual([]);
  });

  it('has an https allow-list that covers exactly the links the settings window offers', () => {
    expect(new Set(Object.values(supportLinkUrls))).toEqual(allowedExternalUrls);
    for (const url of allowedExternalUrls) expect(mayOpenExternally(url)).toBe(true);
  });

  it.each(['http://findahelpline.com/', 'https://findahelpline.com.evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'not a url', ''])(
    'would never open %j, even if a link id came to point there',
    async (url) => {
      expect(mayOpenExternally(url)).toBe(false);
      const openExternal = vi.fn(() => Promise.resolve());
      const open = createLinkOpener({ openExternal }, silentLogger);
      const map = supportLinkUrls as Record<string, string>;
      const real = map['find-a-helpline'] ?? '';
      map['find-a-helpline'] = url;
      try {
        await expect(open('find-a-helpline')).rejects.toThrow();
      } finally {
        map['find-a-helpline'] = real;
      }
      expect(openExternal).not.toHaveBeenCalled();
    },
  );
});
