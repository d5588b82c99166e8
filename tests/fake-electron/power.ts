/** The fake powerMonitor: idle time a test sets, and power events Electron reports only where they exist. */
import { FakeEmitter } from './emitter.ts';
import { availableKey } from './profiles.ts';
import { fakeState } from './state.ts';

export class FakePowerMonitor extends FakeEmitter {
  /**
   * Test helper as much as Electron's own: the OS raising `event`. Events Electron does not report on
   * this profile never reach listeners (electron.d.ts: lock-screen and unlock-screen are darwin,win32,
   * electron/electron#38088; shutdown is linux,darwin); they are noted in fakeState.unreportedPowerEvents.
   */
  override emit(event: string, ...args: unknown[]): boolean {
    if (!availableKey(`PowerMonitor.on('${event}')`)) {
      fakeState.unreportedPowerEvents.push(event);
      return false;
    }
    return super.emit(event, ...args);
  }
  getSystemIdleTime(): number {
    fakeState.idleQueries += 1;
    return fakeState.idleSeconds;
  }
  getSystemIdleState(threshold: number): 'active' | 'idle' | 'locked' {
    fakeState.idleQueries += 1;
    if (fakeState.locked) return 'locked';
    return fakeState.idleSeconds >= threshold ? 'idle' : 'active';
  }
  isOnBatteryPower(): boolean {
    return false;
  }
}
