import { beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPowerEvents } from '../../../electron/main/system/power-events.ts';
import { fakeEvent } from '../../fake-electron/emitter.ts';
import { powerMonitor, resetFakeState } from '../../fake-electron/index.ts';

// macOS: the one platform where Electron reports all five (lock-screen and unlock-screen are darwin,win32;
// shutdown is linux,darwin: electron.d.ts, tests/fake-electron/platform-table.ts).
beforeEach(() => resetFakeState('/tmp', 'darwin'));

describe('power events', () => {
  it('turns lock, unlock, suspend, resume and shutdown into typed calls', () => {
    const handlers = { lock: vi.fn(), unlock: vi.fn(), suspend: vi.fn(), resume: vi.fn(), shutdown: vi.fn() };
    watchPowerEvents(powerMonitor, handlers);
    for (const e of ['lock-screen', 'unlock-screen', 'suspend', 'resume', 'shutdown']) powerMonitor.emit(e, fakeEvent());
    for (const h of Object.values(handlers)) expect(h).toHaveBeenCalledTimes(1);
  });

  it('unsubscribes everything it subscribed', () => {
    const before = powerMonitor.totalListenerCount();
    const lock = vi.fn();
    const stop = watchPowerEvents(powerMonitor, { lock, resume: vi.fn() });
    expect(powerMonitor.totalListenerCount()).toBe(before + 2);
    stop();
    powerMonitor.emit('lock-screen', fakeEvent());
    expect(lock).not.toHaveBeenCalled();
    expect(powerMonitor.totalListenerCount()).toBe(before);
  });
});
