/**
 * A full-screen window in front on X11: how strictly xprop's text is read (the shapes x11-utils 7.7
 * prints, quoted in the reader), and the reader through real child processes standing in for xprop —
 * native Wayland reads unknown without running anything, XWayland can say busy but never clear, and only
 * a window id rebuilt as hex ever reaches xprop's arguments.
 */
import { describe, expect, it } from 'vitest';
import type { BusyReading } from '../../../../../electron/core/busy/busy-signal.ts';
import type { RunCommand } from '../../../../../electron/main/system/busy/run-command.ts';
import {
  parseActiveWindow,
  parseFullScreen,
  x11FullScreenReader,
} from '../../../../../electron/main/system/busy/linux/x11-full-screen.ts';
import { prints, scriptedCommands, type Behaviour } from './scripted-commands.ts';

const ACTIVE = '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x40000c\n';
const NO_ACTIVE = '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n';
const ACTIVE_NOT_FOUND = '_NET_ACTIVE_WINDOW:  not found.\n';
const NO_SUCH_ATOM = '_NET_ACTIVE_WINDOW:  no such atom on any window.\n';
const FULL_SCREEN = '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_ABOVE\n';
const MAXIMISED = '_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_MAXIMIZED_HORZ\n';
const NO_STATE = '_NET_WM_STATE(ATOM) = \n';
// xprop -id on a window that closed in between: "X Error of failed request: BadWindow" on stderr, exit 1.
const BAD_WINDOW = prints('', 1);

describe("reading xprop's _NET_ACTIVE_WINDOW", () => {
  it.each<[string, string, number | null]>([
    ['a window id', ACTIVE, 0x40000c],
    ['None (id 0)', NO_ACTIVE, 0],
    [
      'an id in capitals with leading zeros',
      '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0040000C\n',
      0x40000c,
    ],
    ['"not found."', ACTIVE_NOT_FOUND, null],
    ['"no such atom on any window."', NO_SUCH_ATOM, null],
    ['an id longer than 32 bits', '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x1234567890\n', null],
    [
      'an id followed by more words',
      '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x40000c -display evil:0\n',
      null,
    ],
    ['a decimal id', '_NET_ACTIVE_WINDOW(WINDOW): window id # 4194316\n', null],
    ['two answers on two lines', `${ACTIVE}${ACTIVE}`, null],
    ['nothing', '', null],
  ])('%s reads %s', (_, printed, id) => {
    expect(parseActiveWindow(printed)).toBe(id);
  });
});

describe("reading xprop's _NET_WM_STATE", () => {
  it.each<[string, string, boolean | null]>([
    ['full screen among other states', FULL_SCREEN, true],
    ['full screen alone', '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n', true],
    ['maximised only', MAXIMISED, false],
    [
      'an atom that merely starts like full screen',
      '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREENISH\n',
      false,
    ],
    ['an empty state', NO_STATE, false],
    ['"not found." (never set)', '_NET_WM_STATE:  not found.\n', false],
    ['"no such atom on any window."', '_NET_WM_STATE:  no such atom on any window.\n', false],
    ['another property', '_NET_WM_NAME(UTF8_STRING) = "_NET_WM_STATE_FULLSCREEN"\n', null],
    ['nothing', '', null],
  ])('%s reads %s', (_, printed, fullScreen) => {
    expect(parseFullScreen(printed)).toBe(fullScreen);
  });
});

describe('full screen on X11 through xprop', { timeout: 20_000 }, () => {
  const X11_ENV = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' };
  const XWAYLAND_ENV = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', DISPLAY: ':0' };

  /** xprop answering `root` for the root window and `state` for any window's state. */
  function xprop(root: Behaviour, state: Behaviour = prints(NO_STATE)) {
    return scriptedCommands((_file, args) => (args[0] === '-root' ? root : state));
  }

  it('reads unknown on native Wayland without running anything', async () => {
    const commands = xprop(prints(ACTIVE), prints(FULL_SCREEN));
    expect(await x11FullScreenReader({ x11: false, env: XWAYLAND_ENV, run: commands.run })()).toBe('unknown');
    expect(commands.calls).toEqual([]);
  });

  it.each<[string, BusyReading, Behaviour, Behaviour]>([
    ['a full-screen window in front', 'busy', prints(ACTIVE), prints(FULL_SCREEN)],
    ['a maximised window in front', 'clear', prints(ACTIVE), prints(MAXIMISED)],
    ['a window in front with no state', 'clear', prints(ACTIVE), prints(NO_STATE)],
    ['a window that closed before its state was read (BadWindow)', 'unknown', prints(ACTIVE), BAD_WINDOW],
    ['a state xprop printed in a shape not known', 'unknown', prints(ACTIVE), prints('garbage\n')],
    ['the root window unreadable (no X server)', 'unknown', prints('', 1), prints(FULL_SCREEN)],
    ['no xprop installed', 'unknown', 'missing', 'missing'],
  ])('%s reads %s on X11', async (_, reading, root, state) => {
    expect(await x11FullScreenReader({ x11: true, env: X11_ENV, run: xprop(root, state).run })()).toBe(
      reading,
    );
  });

  it('asks for the active window by the hex id it parsed', async () => {
    const commands = xprop(
      prints('_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0040000C\n'),
      prints(FULL_SCREEN),
    );
    await x11FullScreenReader({ x11: true, env: X11_ENV, run: commands.run })();
    expect(commands.calls.map((call) => [call.file, call.args])).toEqual([
      ['xprop', ['-root', '_NET_ACTIVE_WINDOW']],
      ['xprop', ['-id', '0x40000c', '_NET_WM_STATE']],
    ]);
  });

  it.each<[string, BusyReading, string]>([
    ['no active window (id 0)', 'clear', NO_ACTIVE],
    ['a window manager without the hint ("not found.")', 'unknown', ACTIVE_NOT_FOUND],
    ['no EWMH window manager ("no such atom")', 'unknown', NO_SUCH_ATOM],
    [
      'an id with more words after it',
      'unknown',
      '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x40000c -display evil:0\n',
    ],
  ])('%s reads %s without asking for any window state', async (_, reading, root) => {
    const commands = xprop(prints(root), prints(FULL_SCREEN));
    expect(await x11FullScreenReader({ x11: true, env: X11_ENV, run: commands.run })()).toBe(reading);
    expect(commands.calls.map((call) => call.args)).toEqual([['-root', '_NET_ACTIVE_WINDOW']]);
  });

  it.each<[string, BusyReading, Behaviour, Behaviour]>([
    ['a full-screen X11 window in front still reads', 'busy', prints(ACTIVE), prints(FULL_SCREEN)],
    ['an X11 window in front that is not full screen reads', 'unknown', prints(ACTIVE), prints(MAXIMISED)],
    ['no active X11 window reads', 'unknown', prints(NO_ACTIVE), prints(NO_STATE)],
  ])('under XWayland, %s %s', async (_, reading, root, state) => {
    expect(await x11FullScreenReader({ x11: true, env: XWAYLAND_ENV, run: xprop(root, state).run })()).toBe(
      reading,
    );
  });

  it('reads unknown, without rejecting, when running xprop throws', async () => {
    const rejecting: RunCommand = () => Promise.reject(new Error('spawn EPERM'));
    expect(await x11FullScreenReader({ x11: true, env: X11_ENV, run: rejecting })()).toBe('unknown');
  });
});
