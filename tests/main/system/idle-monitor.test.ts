import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleMonitor, isWaylandSession } from '../../../electron/main/system/idle-monitor.ts';
import { silentLogger } from '../../../electron/main/app/logger.ts';
import { fakeState, powerMonitor, resetFakeState } from '../../fake-electron/index.ts';

beforeEach(() => resetFakeState('/tmp'));

const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };

describe('idle time', () => {
  it('is read from Electron only when asked, never on its own', async () => {
    vi.useFakeTimers();
    try {
      const idle = createIdleMonitor({ powerMonitor, platform: 'win32', env: {}, logger: silentLogger });
      vi.advanceTimersByTime(60 * 60 * 1000);
      expect(fakeState.idleQueries).toBe(0);
      fakeState.idleSeconds = 42;
      await expect(idle.sample()).resolves.toEqual({ known: true, idleSeconds: 42, source: 'electron' });
      expect(fakeState.idleQueries).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks GNOME over D-Bus on Wayland, where Electron always says 0', async () => {
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger });
    const kde = vi.fn(() => Promise.resolve<number | null>(7));
    idle.useDesktop({ mutterIdleMs: () => Promise.resolve(93_500), kdeIdleSeconds: kde });
    await expect(idle.sample()).resolves.toEqual({ known: true, idleSeconds: 93.5, source: 'gnome' });
    expect(kde).not.toHaveBeenCalled();
  });

  it('asks KDE when Mutter does not answer, and keeps asking KDE first', async () => {
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger });
    const mutter = vi.fn(() => Promise.resolve<number | null>(null));
    idle.useDesktop({ mutterIdleMs: mutter, kdeIdleSeconds: () => Promise.resolve(42) });
    await expect(idle.sample()).resolves.toEqual({ known: true, idleSeconds: 42, source: 'kde' });
    await expect(idle.sample()).resolves.toEqual({ known: true, idleSeconds: 42, source: 'kde' });
    expect(mutter).toHaveBeenCalledTimes(1);
  });

  it('says idle is unknown on Wayland when no desktop reader answers, or none is connected yet', async () => {
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger });
    await expect(idle.sample()).resolves.toEqual({ known: false });
    idle.useDesktop({ mutterIdleMs: () => Promise.resolve(null), kdeIdleSeconds: () => Promise.resolve(null) });
    await expect(idle.sample()).resolves.toEqual({ known: false });
  });

  it('tells listeners each known sample, and nothing for an unknown one', async () => {
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger });
    const heard: number[] = [];
    idle.onSample((seconds) => heard.push(seconds));
    await idle.sample();
    idle.useDesktop({ mutterIdleMs: () => Promise.resolve(3_000), kdeIdleSeconds: () => Promise.resolve(null) });
    await idle.sample();
    expect(heard).toEqual([3]);
  });

  it('trusts Electron on Wayland once it has reported real idle time', async () => {
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger });
    fakeState.idleSeconds = 12;
    await expect(idle.sample()).resolves.toEqual({ known: true, idleSeconds: 12, source: 'electron' });
    fakeState.idleSeconds = 0;
    await expect(idle.sample()).resolves.toEqual({ known: true, idleSeconds: 0, source: 'electron' });
  });

  it.each([
    ['linux', { XDG_SESSION_TYPE: 'wayland' }, true],
    ['linux', { WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' }, true],
    ['linux', { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, false],
    ['darwin', { XDG_SESSION_TYPE: 'wayland' }, false],
  ])('on %s with %j, Wayland is %s', (platform, env, expected) => {
    expect(isWaylandSession(platform, env)).toBe(expected);
  });
});
