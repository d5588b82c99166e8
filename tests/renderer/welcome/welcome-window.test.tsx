import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { trayPlaceKeys } from '../../../renderer/src/welcome/tray-place.ts';
import { announced, channels, renderWindow, requests, snapshotWith } from '../settings/settings-support.tsx';

const on = (platform: string) => ({
  'app:info': () => ({ ok: true as const, value: { name: 'Tend', version: 'test', platform } }),
});

describe('the welcome window', () => {
  it.each([
    ['darwin', /menu bar at the top right/],
    ['win32', /system tray at the bottom right.*under the \^ arrow/],
    ['linux', /desktop's panel/],
    ['browser', /system tray or menu bar/],
  ])('on %s says where the tray icon is', async (platform, where) => {
    await renderWindow('welcome', { overrides: on(platform) });
    expect(screen.getByRole('region', { name: 'Where Tend lives' })).toHaveTextContent(where);
  });

  it('mentions the AppIndicator extension on Linux only', async () => {
    expect(trayPlaceKeys('linux')).toContain('welcome.tray.gnome');
    expect(trayPlaceKeys('win32')).not.toContain('welcome.tray.gnome');
    await renderWindow('welcome', { overrides: on('linux') });
    expect(screen.getByText(/AppIndicator extension/)).toBeInTheDocument();
  });

  it('on a desktop that shows no tray icons, says to open Tend again from the apps', async () => {
    await renderWindow('welcome', {
      overrides: { 'app:info': () => ({ ok: true, value: { name: 'Tend', version: 'test', platform: 'linux', trayHidden: true } }) },
    });
    const place = screen.getByRole('region', { name: 'Where Tend lives' });
    expect(place).toHaveTextContent(/shows no tray icons\. Open Tend again from your apps/);
    expect(place).not.toHaveTextContent(/AppIndicator/);
  });

  it('shows the grounding shortcut from the settings snapshot', async () => {
    await renderWindow('welcome', {
      overrides: {
        'settings:get': (_r, demo) => ({ ok: true, value: snapshotWith(demo, { label: '⌥⌘G' }) }),
      },
    });
    expect(screen.getByTestId('welcome-shortcut')).toHaveTextContent('⌥⌘G');
    expect(document.title).toBe('Welcome to Tend');
  });

  it.each([
    ['off', /grounding exercise is in the tray menu, and Settings can give it a shortcut/],
    ['taken', /Another app is using Ctrl\+Alt\+G right now/],
  ] as const)('says where grounding is when the shortcut is %s', async (state, text) => {
    await renderWindow('welcome', {
      overrides: { 'settings:get': (_r, demo) => ({ ok: true, value: snapshotWith(demo, { state }) }) },
    });
    expect(screen.queryByTestId('welcome-shortcut')).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'A shortcut for hard moments' })).toHaveTextContent(text);
  });

  it('offers start at login, off unless turned on', async () => {
    const { demo, user } = await renderWindow('welcome');
    const box = screen.getByRole('checkbox', { name: 'Start Tend when I log in' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(demo.settings().startAtLogin).toBe(true);
    expect(box).toBeChecked();
  });

  it('starts a one-minute breath on request', async () => {
    const { demo, user } = await renderWindow('welcome');
    await user.click(screen.getByRole('button', { name: 'Try a one-minute breath now' }));
    expect(requests(demo, 'break:take-now')).toEqual([{ kind: 'breath' }]);
    expect(announced()).toBe('The breath opens near the tray.');
  });

  it('closes, marking the first run as done first', async () => {
    const { demo, user } = await renderWindow('welcome');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(demo.settings().firstRunDone).toBe(true);
    expect(channels(demo).slice(-2)).toEqual(['settings:update', 'window:close']);
    expect(requests(demo, 'settings:update')).toEqual([{ firstRunDone: true }]);
  });

  it('closes on Esc too, once', async () => {
    const { demo, user } = await renderWindow('welcome');
    await user.keyboard('{Escape}{Escape}');
    expect(channels(demo).filter((c) => c === 'window:close')).toHaveLength(1);
    expect(demo.settings().firstRunDone).toBe(true);
  });
});
