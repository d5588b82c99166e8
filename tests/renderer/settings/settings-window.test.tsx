import { act, render, screen, within } from '@testing-library/react';
import { useEffect } from 'react';
import { describe, expect, it } from 'vitest';
import { createDemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { SettingsWindow } from '../../../renderer/src/settings/settings-window.tsx';
import { useSettings, type SettingsConnection } from '../../../renderer/src/settings/use-settings.ts';
import { renderWindow, snapshotWith } from './settings-support.tsx';

describe('the settings window', () => {
  it('has one heading per section, and the nav moves focus to each', async () => {
    const { user } = await renderWindow('settings');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual([
      'Timing',
      'Working hours',
      'Quiet moments',
      'What a break offers',
      'Kind words',
      'Grounding shortcut',
      'Comfort',
      'Your pauses',
      'If things feel heavy',
      'Start over',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    await user.click(
      screen.getAllByRole('button', { name: 'Grounding shortcut' }).find((b) => nav.contains(b))!,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Grounding shortcut' })).toHaveFocus();
    expect(document.title).toBe('Tend settings');
  });

  it('shows what Tend has told the user this session', async () => {
    await renderWindow('settings', {
      overrides: {
        'settings:get': (_r, demo) => ({
          ok: true,
          value: snapshotWith(demo, {}, ['Some settings were back to their defaults.']),
        }),
      },
    });
    expect(screen.getByRole('region', { name: 'From Tend' })).toHaveTextContent(
      'Some settings were back to their defaults.',
    );
  });

  it('says so when the settings cannot be loaded', async () => {
    const demo = createDemoBridge();
    window.tend = {
      ...demo,
      invoke: () => Promise.resolve({ ok: false, error: { code: 'forbidden', message: 'x' } }),
    };
    render(<SettingsWindow />);
    expect(await screen.findByText(/couldn't load the settings just now/)).toBeInTheDocument();
  });

  it('sends changes one at a time, each worked out from the latest settings', async () => {
    const demo = createDemoBridge();
    window.tend = demo;
    let connection: SettingsConnection | null = null;
    function Probe(): null {
      const state = useSettings();
      useEffect(() => {
        if (state.status === 'ready') connection = state.connection;
      });
      return null;
    }
    render(<Probe />);
    await act(() => Promise.resolve());
    expect(connection).not.toBeNull();
    const add = (id: string) => (s: { customPhrases: { id: string; text: string }[] }) => ({
      customPhrases: [...s.customPhrases, { id, text: id }],
    });
    const conn = connection as unknown as SettingsConnection;
    // Both are asked for before either is answered.
    await act(() => Promise.all([conn.save(add('custom.one')), conn.save(add('custom.two'))]));
    expect(demo.settings().customPhrases.map((p) => p.id)).toEqual(['custom.one', 'custom.two']);
  });

  it('issue #18 item 8: the nav marks the section in view, the first at the start and any chosen in it', async () => {
    const { user } = await renderWindow('settings');
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const marked = (): string[] =>
      within(nav)
        .getAllByRole('button')
        .filter((b) => b.getAttribute('aria-current') === 'location')
        .map((b) => b.textContent);
    expect(marked()).toEqual(['Timing']);
    await user.click(within(nav).getByRole('button', { name: 'Kind words' }));
    expect(marked()).toEqual(['Kind words']);
    await user.click(within(nav).getByRole('button', { name: 'Start over' }));
    expect(marked()).toEqual(['Start over']);
    expect(screen.getByRole('heading', { level: 2, name: 'Start over' })).toHaveFocus();
  });
});
