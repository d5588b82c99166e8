/** Where the session and system buses are, as libdbus and sd-bus find them. */

export type BusKind = 'session' | 'system';

/** The address libdbus would use for `kind`, from the environment; null when there is none. */
export function busAddressFromEnv(kind: BusKind, env: Record<string, string | undefined>): string | null {
  if (kind === 'system') return env['DBUS_SYSTEM_BUS_ADDRESS'] || 'unix:path=/var/run/dbus/system_bus_socket';
  // sd-bus falls back to the user bus socket that systemd puts in the runtime dir.
  const runtimeDir = env['XDG_RUNTIME_DIR'];
  return env['DBUS_SESSION_BUS_ADDRESS'] || (runtimeDir ? `unix:path=${runtimeDir}/bus` : null);
}
