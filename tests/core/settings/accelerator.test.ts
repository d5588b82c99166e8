import { describe, expect, it } from 'vitest';
import { acceleratorLabel, isShortcutSetting, parseAccelerator } from '../../../electron/core/settings/accelerator.ts';

describe('global shortcut accelerators', () => {
  it.each([
    ['CommandOrControl+Alt+G', 'CommandOrControl+Alt+G'],
    ['cmdorctrl+alt+g', 'CommandOrControl+Alt+G'],
    ['Ctrl + Shift + b', 'Control+Shift+B'],
    ['Option+Shift+G', 'Alt+Shift+G'],
    ['Ctrl++', 'Control+Plus'],
    ['Ctrl+Alt+F5', 'Control+Alt+F5'],
    ['F13', 'F13'],
    ['Shift+F2', 'Shift+F2'],
    ['Ctrl+Alt+/', 'Control+Alt+/'],
  ])('accepts %s as %s', (text, normalized) => {
    expect(parseAccelerator(text)).toMatchObject({ ok: true, normalized });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Ctrl+Alt', 'no-key'],
    ['Ctrl+Foo', 'unknown-part'],
    ['Ctrl+A+B', 'two-keys'],
    ['Ctrl+Ctrl+A', 'repeated-modifier'],
    ['G', 'needs-modifier'],
    ['Shift+G', 'needs-modifier'],
    ['Space', 'needs-modifier'],
  ])('refuses %j (%s)', (text, problem) => {
    expect(parseAccelerator(text)).toEqual({ ok: false, problem });
  });

  it('lets the setting be empty, meaning no shortcut', () => {
    expect(isShortcutSetting('')).toBe(true);
    expect(isShortcutSetting('Ctrl+')).toBe(false);
  });

  it.each([
    ['CommandOrControl+Alt+G', 'darwin', '⌥⌘G'],
    ['CommandOrControl+Alt+G', 'win32', 'Ctrl+Alt+G'],
    ['CommandOrControl+Alt+G', 'linux', 'Ctrl+Alt+G'],
    ['Shift+Control+K', 'darwin', '⌃⇧K'],
    ['nonsense', 'linux', 'nonsense'],
  ])('labels %s on %s as %s', (text, platform, label) => {
    expect(acceleratorLabel(text, platform)).toBe(label);
  });
});
