import { describe, expect, it } from 'vitest';
import { sameTrayMenu, trayMenuModel, type TrayMenuInput, type TrayMenuItem } from '../../electron/core/tray-menu-model.ts';

const input = (over: Partial<TrayMenuInput> = {}): TrayMenuInput => ({
  status: 'Next pause in about 40 minutes',
  paused: false,
  shortcut: { accelerator: 'CommandOrControl+Alt+G', label: 'Ctrl+Alt+G', state: 'registered' },
  notices: [],
  ...over,
});

const labels = (items: readonly TrayMenuItem[]): string[] => items.flatMap((i) => (i.type === 'separator' ? [] : [i.label]));
const find = (items: readonly TrayMenuItem[], id: string): TrayMenuItem | undefined => {
  for (const item of items) {
    if (item.type !== 'separator' && item.id === id) return item;
    if (item.type === 'submenu') {
      const inner = find(item.items, id);
      if (inner) return inner;
    }
  }
  return undefined;
};

describe('the tray menu model', () => {
  it('shows the status line, Take a break now, A longer pause, Pause, Settings and Quit', () => {
    const menu = trayMenuModel(input());
    expect(labels(menu)).toEqual(['Next pause in about 40 minutes', 'Take a break now', 'A longer pause', 'Pause', 'Settings…', 'Quit']);
    expect(menu[0]).toEqual({ type: 'text', id: 'status', label: 'Next pause in about 40 minutes' });
  });

  it('offers the four breaks, with the shortcut as a hint on Grounding', () => {
    const take = find(trayMenuModel(input()), 'take-break');
    expect(take?.type === 'submenu' && labels(take.items)).toEqual(['Breathe', 'Tea', 'Kind words', 'Grounding']);
    expect(find(trayMenuModel(input()), 'take-break.grounding')).toMatchObject({ accelerator: 'CommandOrControl+Alt+G', command: { kind: 'grounding' } });
    expect(find(trayMenuModel(input()), 'take-break.tea')).toMatchObject({ command: { kind: 'take-break', break: 'tea' } });
  });

  it('offers five pause lengths', () => {
    const pause = find(trayMenuModel(input()), 'pause');
    expect(pause?.type === 'submenu' && labels(pause.items)).toEqual(['30 minutes', '1 hour', '2 hours', 'Until tomorrow', 'Until I resume']);
    expect(find(trayMenuModel(input()), 'pause.indefinitely')).toMatchObject({ command: { kind: 'pause', choice: 'indefinitely' } });
  });

  it('adds Resume only while paused', () => {
    expect(find(trayMenuModel(input()), 'resume')).toBeUndefined();
    expect(find(trayMenuModel(input({ paused: true })), 'resume')).toMatchObject({ label: 'Resume', command: { kind: 'resume' } });
  });

  it.each([
    ['taken', 'Ctrl+Alt+G is in use by another app'],
    ['invalid', "Ctrl+Alt+G can't be used as a shortcut"],
  ] as const)('says so when the shortcut is %s, and drops the hint', (state, line) => {
    const menu = trayMenuModel(input({ shortcut: { accelerator: 'CommandOrControl+Alt+G', label: 'Ctrl+Alt+G', state } }));
    expect(find(menu, 'shortcut-problem')).toEqual({ type: 'text', id: 'shortcut-problem', label: line });
    expect(find(menu, 'take-break.grounding')).not.toHaveProperty('accelerator');
  });

  it('shows notices that could not be shown as notifications, leading to Settings', () => {
    const menu = trayMenuModel(input({ notices: ['Your settings were reset.'] }));
    expect(find(menu, 'notice.0')).toMatchObject({ label: 'Your settings were reset.', command: { kind: 'settings' } });
  });

  it('compares equal exactly when nothing visible changed', () => {
    expect(sameTrayMenu(trayMenuModel(input()), trayMenuModel(input()))).toBe(true);
    expect(sameTrayMenu(trayMenuModel(input()), trayMenuModel(input({ status: 'Paused' })))).toBe(false);
    expect(sameTrayMenu(trayMenuModel(input()), trayMenuModel(input({ paused: true })))).toBe(false);
  });
});
