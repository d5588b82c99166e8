import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createGroundingShortcut } from '../../../electron/main/system/global-shortcut.ts';
import { silentLogger } from '../../../electron/main/app/logger.ts';
import { fakeState, globalShortcut, resetFakeState } from '../../fake-electron/index.ts';

beforeEach(() => resetFakeState('/tmp'));

const create = (onPress = vi.fn()) => ({ onPress, shortcut: createGroundingShortcut({ globalShortcut, platform: 'linux', onPress, logger: silentLogger }) });

describe('the grounding shortcut', () => {
  it('registers the default and calls back on a press', () => {
    const { shortcut, onPress } = create();
    expect(shortcut.apply('CommandOrControl+Alt+G')).toEqual({ accelerator: 'CommandOrControl+Alt+G', label: 'Ctrl+Alt+G', state: 'registered' });
    globalShortcut.press('CommandOrControl+Alt+G');
    expect(onPress).toHaveBeenCalledTimes(1);
  });

  it('reports a combination another app holds as taken, without throwing', () => {
    fakeState.takenShortcuts.add('CommandOrControl+Alt+G');
    const { shortcut } = create();
    expect(shortcut.apply('CommandOrControl+Alt+G').state).toBe('taken');
    expect(fakeState.shortcuts.size).toBe(0);
  });

  it('reports an accelerator Electron refuses as invalid, without throwing', () => {
    const { shortcut } = create();
    expect(shortcut.apply('Ctrl+Banana').state).toBe('invalid');
    expect(shortcut.apply('Hyper+G').state).toBe('invalid');
  });

  it.each(['CommandOrControl+C', 'Alt+Tab', 'Alt+F4', 'Command+Q', 'Super+G', 'MediaPlayPause'])(
    'issue #13 item 6: never registers %s, a combination the system or every app uses',
    (combo) => {
      const { shortcut } = create();
      expect(shortcut.apply(combo).state).toBe('invalid');
      expect(fakeState.shortcuts.size).toBe(0);
    },
  );

  it('re-registers on change and releases the old combination', () => {
    const { shortcut } = create();
    shortcut.apply('CommandOrControl+Alt+G');
    expect(shortcut.apply('Control+Shift+K').state).toBe('registered');
    expect([...fakeState.shortcuts.keys()]).toEqual(['Control+Shift+K']);
    expect(shortcut.apply('').state).toBe('off');
    expect(fakeState.shortcuts.size).toBe(0);
  });

  it('leaves a working registration alone when asked for the same one', () => {
    const { shortcut } = create();
    shortcut.apply('CommandOrControl+Alt+G');
    const before = fakeState.shortcuts.get('CommandOrControl+Alt+G');
    shortcut.apply('CommandOrControl+Alt+G');
    expect(fakeState.shortcuts.get('CommandOrControl+Alt+G')).toBe(before);
  });

  it('keeps going when the press handler throws', () => {
    const { shortcut } = create(
      vi.fn(() => {
        throw new Error('boom');
      }),
    );
    shortcut.apply('CommandOrControl+Alt+G');
    expect(() => globalShortcut.press('CommandOrControl+Alt+G')).not.toThrow();
  });

  it('unregisters on dispose', () => {
    const { shortcut } = create();
    shortcut.apply('CommandOrControl+Alt+G');
    shortcut.dispose();
    expect(fakeState.shortcuts.size).toBe(0);
  });
});
