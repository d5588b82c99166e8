/** Where Tend looks for the buses, as libdbus and sd-bus do. */
import { describe, expect, it } from 'vitest';
import { busAddressFromEnv } from '../../../../electron/main/system/dbus/bus-address.ts';

describe('the bus addresses', () => {
  it('come from the environment when it names them', () => {
    const env = {
      DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/bus',
      DBUS_SYSTEM_BUS_ADDRESS: 'unix:path=/tmp/sys',
    };
    expect(busAddressFromEnv('session', env)).toBe('unix:path=/run/user/1000/bus');
    expect(busAddressFromEnv('system', env)).toBe('unix:path=/tmp/sys');
  }, 5_000);

  it("fall back to the user bus in the runtime folder and the system bus's standard socket", () => {
    expect(busAddressFromEnv('session', { XDG_RUNTIME_DIR: '/run/user/1000' })).toBe(
      'unix:path=/run/user/1000/bus',
    );
    expect(busAddressFromEnv('system', {})).toBe('unix:path=/var/run/dbus/system_bus_socket');
  }, 5_000);

  it('are unknown for the session when nothing says where it is', () => {
    expect(busAddressFromEnv('session', {})).toBeNull();
  }, 5_000);
});
