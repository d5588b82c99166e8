import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleMonitor, isWaylandSession, parseGnomeIdletime, type RunCommand } from '../../../electron/main/system/idle-monitor.ts';
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
    const run = vi.fn<RunCommand>().mockResolvedValue('(uint64 93500,)\n');
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger, runCommand: run });
    await expect(idle.sample()).resolves.toEqual({ known: true, idleSeconds: 93.5, source: 'gnome' });
    expect(run).toHaveBeenCalledWith('gdbus', expect.arrayContaining(['org.gnome.Mutter.IdleMonitor.GetIdletime']), 2000);
  });

  it('says idle is unknown on Wayland without GNOME, and stops trying gdbus', async () => {
    const run = vi.fn<RunCommand>().mockRejectedValue(Object.assign(new Error('spawn gdbus ENOENT'), { code: 'ENOENT' }));
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger, runCommand: run });
    await expect(idle.sample()).resolves.toEqual({ known: false });
    await expect(idle.sample()).resolves.toEqual({ known: false });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('trusts Electron on Wayland once it has reported real idle time', async () => {
    const run = vi.fn<RunCommand>().mockRejectedValue(new Error('no'));
    const idle = createIdleMonitor({ powerMonitor, platform: 'linux', env: wayland, logger: silentLogger, runCommand: run });
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

  it.each([
    ['(uint64 0,)', 0],
    ['(uint64 123456,)\n', 123456],
    ['Error: GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown', null],
    ['(uint64 -1,)', null],
  ])('reads gdbus output %j as %s ms', (stdout, ms) => {
    expect(parseGnomeIdletime(stdout)).toBe(ms);
  });
});
