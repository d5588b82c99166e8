/**
 * How Tend tells native Wayland from X11 (and XWayland): the session's own variables, unless a
 * `--ozone-platform` switch on the command line says otherwise (it wins: electron/electron#35614).
 */
import { describe, expect, it } from 'vitest';
import { desktopSession, forcedOzonePlatform } from '../../../electron/main/system/desktop-session.ts';

const waylandGnome = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' };

describe('the desktop session', () => {
  it.each([
    ['a GNOME Wayland session', 'linux', waylandGnome, [], { wayland: true, gnome: true }],
    ['the same session started with --ozone-platform=x11 (XWayland)', 'linux', waylandGnome, ['/opt/Tend/tend', '--ozone-platform=x11'], { wayland: false, gnome: true }],
    ['the switch given as two words', 'linux', waylandGnome, ['--ozone-platform', 'x11'], { wayland: false, gnome: true }],
    ['an X11 session told to use Wayland', 'linux', { XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'KDE' }, ['--ozone-platform=wayland'], { wayland: true, gnome: false }],
    ['a KDE X11 session', 'linux', { XDG_SESSION_TYPE: 'x11', XDG_CURRENT_DESKTOP: 'KDE' }, [], { wayland: false, gnome: false }],
    ['macOS, whatever the switches say', 'darwin', waylandGnome, ['--ozone-platform=wayland'], { wayland: false, gnome: false }],
  ] as const)('%s', (_what, platform, env, argv, expected) => {
    expect(desktopSession(platform, env, argv)).toEqual(expected);
  });

  it('reads only the --ozone-platform switch, not its hint or look-alikes', () => {
    expect(forcedOzonePlatform(['--ozone-platform-hint=x11', '--ozone-platformx11'])).toBeNull();
    expect(forcedOzonePlatform(['--ozone-platform=X11'])).toBe('x11');
  });
});
