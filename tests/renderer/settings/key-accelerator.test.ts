import { describe, expect, it } from 'vitest';
import { parseAccelerator } from '../../../electron/core/settings/accelerator.ts';
import { keyNameOf, recordKey, type KeyPress } from '../../../renderer/src/settings/key-accelerator.ts';

const press = (code: string, held: Partial<KeyPress> = {}, key = code): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  altKey: false,
  shiftKey: false,
  metaKey: false,
  ...held,
});

describe('the shortcut recorder', () => {
  it.each([
    ['linux', press('KeyG', { ctrlKey: true, altKey: true }), 'CommandOrControl+Alt+G'],
    ['win32', press('KeyK', { ctrlKey: true, shiftKey: true }), 'CommandOrControl+Shift+K'],
    ['darwin', press('KeyG', { metaKey: true, altKey: true }, '©'), 'CommandOrControl+Alt+G'],
    ['darwin', press('KeyG', { ctrlKey: true, altKey: true }), 'Control+Alt+G'],
    ['linux', press('Digit1', { ctrlKey: true, altKey: true }, '1'), 'CommandOrControl+Alt+1'],
    ['linux', press('F9'), 'F9'],
    ['linux', press('ArrowUp', { ctrlKey: true, altKey: true }), 'CommandOrControl+Alt+Up'],
    ['linux', press('Slash', { ctrlKey: true }, '/'), 'CommandOrControl+/'],
  ])('on %s reads the physical key and the modifiers held', (platform, keyPress, accelerator) => {
    expect(recordKey(keyPress, platform)).toEqual({ kind: 'combination', accelerator });
    expect(parseAccelerator(accelerator).ok).toBe(true);
  });

  it('records the Super key, which the system-shortcut list then turns down (issue #13 item 6)', () => {
    expect(recordKey(press('KeyG', { metaKey: true }), 'linux')).toEqual({
      kind: 'combination',
      accelerator: 'Super+G',
    });
    expect(parseAccelerator('Super+G')).toEqual({ ok: false, problem: 'system' });
  });

  it('waits while only modifiers are held', () => {
    expect(recordKey(press('ControlLeft', { ctrlKey: true }, 'Control'), 'linux')).toEqual({
      kind: 'modifiers',
      modifiers: ['CommandOrControl'],
    });
    expect(recordKey(press('AltLeft', { ctrlKey: true, altKey: true }, 'Alt'), 'linux')).toEqual({
      kind: 'modifiers',
      modifiers: ['CommandOrControl', 'Alt'],
    });
  });

  it('cancels on Esc alone, but records Esc with a modifier', () => {
    expect(recordKey(press('Escape'), 'linux')).toEqual({ kind: 'cancel' });
    expect(recordKey(press('Escape', { ctrlKey: true }), 'linux')).toEqual({
      kind: 'combination',
      accelerator: 'CommandOrControl+Escape',
    });
  });

  it('records a plain letter, which the accelerator rules then turn down', () => {
    const recorded = recordKey(press('KeyG', {}, 'g'), 'linux');
    expect(recorded).toEqual({ kind: 'combination', accelerator: 'G' });
    expect(parseAccelerator('G')).toEqual({ ok: false, problem: 'needs-modifier' });
  });

  it('says when a key has no name Electron knows', () => {
    expect(recordKey(press('IntlRo', { ctrlKey: true }), 'linux')).toEqual({ kind: 'unknown' });
    expect(keyNameOf('Lang1')).toBeNull();
  });
});
