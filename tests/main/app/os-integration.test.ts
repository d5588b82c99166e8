/**
 * What Tend tells the OS at start, under each platform profile: its scheme declared before ready, its
 * own application menu (no Reload, DevTools or zoom accelerators in any window), and its identity
 * (Windows AppUserModelID for notifications; the Linux .desktop name for Wayland and the portal).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ID, DESKTOP_FILE_NAME } from '../../../electron/core/app-identity.ts';
import type { FakeMenu } from '../../fake-electron/index.ts';
import { profiles } from '../../fake-electron/profiles.ts';
import { launchTend, type LaunchedTend } from '../../../harness/launch-tend.ts';

let tend: LaunchedTend | undefined;
afterEach(() => tend?.cleanup());

const roles = (menu: FakeMenu | null | undefined): string[] => (menu ? menu.items.map((i) => i.role ?? i.label ?? '?') : []);

describe.each(profiles)('on %s', (profile) => {
  it('declares tend:// privileged before the app is ready: standard, secure, fetch; not readable cross-origin', async () => {
    const t = (tend = await launchTend({ profile }));
    expect(t.electron.fakeState.privilegedSchemes).toEqual([
      { scheme: 'tend', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(t.electron.protocol.isProtocolHandled('tend')).toBe(true);
  });

  it('replaces Electron’s default menu, and a packaged build has no developer items', async () => {
    for (const packaged of [false, true]) {
      const t = (tend = await launchTend({ profile, before: (e) => (e.fakeState.isPackaged = packaged) }));
      const calls = t.electron.fakeState.applicationMenuCalls;
      expect(calls).toHaveLength(1);
      if (profile === 'darwin') {
        // The app menu (About, Hide, Quit) and Edit, so copy and paste work in the settings fields.
        expect(roles(calls[0])).toEqual(packaged ? ['appMenu', 'editMenu'] : ['appMenu', 'editMenu', 'viewMenu']);
      } else {
        expect(calls[0]).toBeNull();
      }
      t.cleanup();
    }
  });

  it('tells the OS who Tend is', async () => {
    const t = (tend = await launchTend({ profile }));
    const state = t.electron.fakeState;
    expect(state.appUserModelId).toBe(profile === 'win32' ? APP_ID : null);
    if (profile.startsWith('linux')) {
      expect(state.desktopName).toBe(DESKTOP_FILE_NAME);
      expect(state.desktopNameSetAfterReady).toBe(false);
    }
  });
});
