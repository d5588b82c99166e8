import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announced, description, renderWindow } from './settings-support.tsx';

describe('the comfort settings', () => {
  it.each([
    ['Start Tend when I log in', 'startAtLogin'],
    ['Play soft sounds', 'sounds'],
  ] as const)('"%s" is off at first and saved when turned on', async (name, field) => {
    const { demo, user } = await renderWindow('settings');
    const box = screen.getByRole('checkbox', { name });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(demo.settings()[field]).toBe(true);
    expect(box).toBeChecked();
  });

  it('applies the theme to the window as soon as it is chosen', async () => {
    const { demo, user } = await renderWindow('settings');
    expect(screen.getAllByRole('radio', { name: 'Match the system' })[0]).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(demo.settings().theme).toBe('dark');
    expect(document.documentElement.dataset['theme']).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Light' }));
    expect(document.documentElement.dataset['theme']).toBe('light');
  });

  it('reduces motion always, or as the system says', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(screen.getByRole('radio', { name: 'Always reduce motion' }));
    expect(demo.settings().reducedMotion).toBe('on');
    expect(document.documentElement.dataset['motion']).toBe('reduce');
    expect(description(screen.getByRole('group', { name: 'Motion' }))).toMatch(/still circle/);
  });

  it('shows beside the box when main could not change start at login, and leaves it off', async () => {
    const message = "Tend couldn't change start at login just now. You can try again.";
    const { demo, user } = await renderWindow('settings', {
      overrides: {
        'settings:update': (_r, d) => ({
          ok: true,
          value: {
            saved: false,
            errors: [{ field: 'startAtLogin', code: 'settings-error.login-item', message }],
            snapshot: {
              settings: d.settings(),
              shortcut: { accelerator: '', label: '', state: 'off' },
              notices: [],
            },
          },
        }),
      },
    });
    const box = screen.getByRole('checkbox', { name: 'Start Tend when I log in' });
    await user.click(box);
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(box).not.toBeChecked();
    expect(description(box)).toBe(message);
    expect(announced()).toBe(message);
    expect(demo.settings().startAtLogin).toBe(false);
  });

  it('says so beside the field when Tend could not be reached', async () => {
    const { user } = await renderWindow('settings', {
      overrides: { 'settings:update': () => ({ ok: false, error: { code: 'failed', message: 'x' } }) },
    });
    await user.click(screen.getByRole('checkbox', { name: 'Play soft sounds' }));
    expect(
      await screen.findByText("Tend couldn't save that just now. The earlier setting is still in place.", {
        selector: '.field-error',
      }),
    ).toBeInTheDocument();
  });
});
