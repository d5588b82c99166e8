/**
 * Issue #13 item 6: combinations the system and every app already use are never taken as Tend's global
 * shortcut. One list in core (system-shortcuts.ts), read by main (the patch check, the file check, the
 * registration) and by the page (the recorder).
 */
import { describe, expect, it } from 'vitest';
import { isShortcutSetting, parseAccelerator } from '../../../electron/core/settings/accelerator.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { loadSettings } from '../../../electron/core/settings/settings-load.ts';
import { validateSettingsPatch } from '../../../electron/core/settings/settings-patch.ts';

const systemCombos = [
  'CommandOrControl+C',
  'Ctrl+V',
  'Command+X',
  'CmdOrCtrl+Z',
  'Control+A',
  'CommandOrControl+Shift+Z',
  'Ctrl+Shift+V',
  'Alt+Tab',
  'Alt+Shift+Tab',
  'Alt+F4',
  'Alt+Space',
  'Command+Q',
  'Command+Space',
  'Control+Space',
  'Command+Tab',
  'Control+Alt+Delete',
  'Control+Shift+Escape',
  'Super+G',
  'Super+Alt+G',
  'Meta+L',
  'Super+/',
  'MediaPlayPause',
  'MediaNextTrack',
  'VolumeUp',
  'VolumeMute',
  'Ctrl+Alt+MediaStop',
  'PrintScreen',
  'Alt+PrintScreen',
];

describe('system shortcuts', () => {
  it.each(systemCombos)('refuses %s as one the system or every app uses', (combo) => {
    expect(parseAccelerator(combo)).toEqual({ ok: false, problem: 'system' });
    expect(isShortcutSetting(combo)).toBe(false);
  });

  it.each([
    'CommandOrControl+Alt+G',
    'Control+Shift+Y',
    'Control+Shift+K',
    'Control+Alt+C',
    'CommandOrControl+Alt+Space',
    'Alt+Shift+G',
    'F13',
    'Shift+F2',
  ])('still accepts %s', (combo) => {
    expect(parseAccelerator(combo)).toMatchObject({ ok: true });
  });

  it('explains the refusal beside the field, in words for people', () => {
    const result = validateSettingsPatch(defaultSettings(), { shortcut: 'CommandOrControl+C' });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: 'shortcut', code: 'settings-error.shortcut-system' }],
    });
    if (!result.ok) expect(result.errors[0]?.message).toContain('Ctrl and Alt');
  });

  it('does not keep one from a hand-edited file', () => {
    const { settings } = loadSettings(JSON.stringify({ ...defaultSettings(), shortcut: 'Alt+F4' }));
    expect(settings.shortcut).toBe(defaultSettings().shortcut);
  });
});
