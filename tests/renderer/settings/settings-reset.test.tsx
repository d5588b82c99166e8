import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { announced, channels, renderWindow } from './settings-support.tsx';

const resetButton = (): HTMLElement => screen.getByRole('button', { name: 'Reset to defaults…' });

describe('reset to defaults', () => {
  it('asks first, and "Keep my settings" changes nothing', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(resetButton());
    expect(screen.getByRole('group', { name: /Put every setting back/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep my settings' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Keep my settings' }));
    expect(resetButton()).toHaveFocus();
    expect(channels(demo)).not.toContain('settings:reset');
  });

  it('Esc closes the question too', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(resetButton());
    await user.keyboard('{Escape}');
    expect(resetButton()).toHaveFocus();
    expect(channels(demo)).not.toContain('settings:reset');
  });

  it('puts everything back, own phrases too, and drops what was typed but not saved', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.type(screen.getByRole('textbox', { name: 'A phrase of your own' }), 'Mine.{Enter}');
    await user.click(screen.getByRole('radio', { name: 'Slow sigh' }));
    const interval = screen.getByRole('spinbutton', { name: 'Offer a break after' });
    await user.clear(interval);
    await user.type(interval, '999');
    await user.tab();
    await screen.findByText(/from 5 to 240/, { selector: '.field-error' });

    await user.click(resetButton());
    await user.click(screen.getByRole('button', { name: 'Reset everything' }));
    expect(demo.settings()).toEqual({ ...defaultSettings(), firstRunDone: false });
    expect(screen.getByText(/^No phrases of your own yet\./)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Easy breathing' })).toBeChecked();
    expect(screen.getByRole('spinbutton', { name: 'Offer a break after' })).toHaveValue(45);
    expect(screen.queryByText(/from 5 to 240/, { selector: '.field-error' })).not.toBeInTheDocument();
    expect(resetButton()).toHaveFocus();
    expect(announced()).toBe('Settings are back to their defaults.');
  });

  it('issue #18 item 8: the answer that resets looks different from the one that keeps', async () => {
    const { user } = await renderWindow('settings');
    await user.click(resetButton());
    const keep = screen.getByRole('button', { name: 'Keep my settings' });
    const reset = screen.getByRole('button', { name: 'Reset everything' });
    expect(reset).toHaveClass('button', 'danger');
    expect(keep).toHaveClass('button');
    expect(keep).not.toHaveClass('danger');
    expect(keep).toHaveFocus();
  });
});
