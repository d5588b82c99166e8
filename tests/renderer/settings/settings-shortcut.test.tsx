import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announced, description, renderWindow, requests, snapshotWith } from './settings-support.tsx';

const current = (): HTMLElement => screen.getByTestId('current-shortcut');
const recorder = (): HTMLElement =>
  screen.getByRole('textbox', { name: 'Press the keys you would like. Esc cancels.' });
const recordButton = (): HTMLElement => screen.getByRole('button', { name: 'Record a new shortcut' });

describe('the grounding shortcut setting', () => {
  it('shows the shortcut in the words of the OS', async () => {
    await renderWindow('settings');
    expect(current()).toHaveTextContent('Ctrl+Alt+G');
    expect(screen.queryByTestId('shortcut-state')).not.toBeInTheDocument();
  });

  it('records the keys pressed, saves them and goes back to the button', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(recordButton());
    expect(recorder()).toHaveFocus();
    await user.keyboard('{Control>}{Alt>}');
    expect(recorder()).toHaveValue('Ctrl+Alt+…');
    await user.keyboard('k{/Alt}{/Control}');
    expect(demo.settings().shortcut).toBe('CommandOrControl+Alt+K');
    expect(current()).toHaveTextContent('Ctrl+Alt+K');
    expect(recordButton()).toHaveFocus();
    expect(announced()).toBe('The shortcut is now Ctrl+Alt+K.');
  });

  it('cancels on Esc without changing anything', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(recordButton());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: /Esc cancels/ })).not.toBeInTheDocument();
    expect(recordButton()).toHaveFocus();
    expect(requests(demo, 'settings:update')).toEqual([]);
  });

  it('says a combination without a modifier keeps everyday typing free, and keeps listening', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(recordButton());
    await user.keyboard('g');
    const message = 'Add Ctrl, Alt or another modifier, so everyday typing stays yours.';
    expect(screen.getByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(description(recorder())).toBe(message);
    expect(recorder()).toHaveFocus();
    expect(requests(demo, 'settings:update')).toEqual([]);
    await user.keyboard('{Control>}{Shift>}y{/Shift}{/Control}');
    expect(demo.settings().shortcut).toBe('CommandOrControl+Shift+Y');
    expect(screen.queryByText(message, { selector: '.field-error' })).not.toBeInTheDocument();
  });

  it('issue #13 item 6: refuses a combination the system uses (Ctrl+C) gently, before asking main, and keeps listening', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(recordButton());
    await user.keyboard('{Control>}c{/Control}');
    const message = screen.getByText(/Ctrl and Alt/, { selector: '.field-error' });
    expect(message).toBeInTheDocument();
    expect(description(recorder())).toBe(message.textContent);
    expect(recorder()).toHaveFocus();
    expect(requests(demo, 'settings:update')).toEqual([]);
    expect(demo.settings().shortcut).toBe('CommandOrControl+Alt+G');
  });

  it('says when another app has the combination, and keeps the one in place', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(recordButton());
    await user.keyboard('{Control>}{Alt>}t{/Alt}{/Control}');
    const message = 'Another app is already using that combination. Try a different one.';
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(description(recordButton())).toContain(message);
    expect(demo.settings().shortcut).toBe('CommandOrControl+Alt+G');
    expect(current()).toHaveTextContent('Ctrl+Alt+G');
  });

  it('shows what main reports about the shortcut in place: taken by another app', async () => {
    await renderWindow('settings', {
      overrides: {
        'settings:get': (_r, demo) => ({ ok: true, value: snapshotWith(demo, { state: 'taken' }) }),
      },
    });
    expect(screen.getByTestId('shortcut-state')).toHaveTextContent(
      'Another app is using Ctrl+Alt+G, so the shortcut is off for now. You can record a different one.',
    );
    expect(description(recordButton())).toMatch(/Another app is using Ctrl\+Alt\+G/);
  });

  it('turns the shortcut off, and back to the default', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(screen.getByRole('button', { name: 'Turn the shortcut off' }));
    expect(demo.settings().shortcut).toBe('');
    expect(current()).toHaveTextContent('None');
    expect(screen.getByTestId('shortcut-state')).toHaveTextContent(
      'No shortcut for now. Grounding is always in the tray menu.',
    );
    expect(announced()).toBe('The shortcut is off.');
    await user.click(screen.getByRole('button', { name: 'Use Ctrl+Alt+G' }));
    expect(demo.settings().shortcut).toBe('CommandOrControl+Alt+G');
    expect(screen.queryByTestId('shortcut-state')).not.toBeInTheDocument();
  });

  it('labels shortcuts the macOS way on macOS', async () => {
    const { user } = await renderWindow('settings', {
      overrides: {
        'app:info': () => ({ ok: true, value: { name: 'Tend', version: 'test', platform: 'darwin' } }),
      },
    });
    await user.click(recordButton());
    await user.keyboard('{Meta>}{Alt>}j{/Alt}{/Meta}');
    expect(announced()).toBe('The shortcut is now ⌥⌘J.');
  });

  it.each([
    ['the Cancel button', 'button'],
    ['Esc', 'escape'],
  ] as const)(
    "issue #18 item 9: cancelling with %s takes the recorder's message away too",
    async (_name, how) => {
      const { demo, user } = await renderWindow('settings');
      await user.click(recordButton());
      await user.keyboard('g');
      const message = 'Add Ctrl, Alt or another modifier, so everyday typing stays yours.';
      expect(screen.getByText(message, { selector: '.field-error' })).toBeInTheDocument();
      if (how === 'button') await user.click(screen.getByRole('button', { name: 'Cancel' }));
      else await user.keyboard('{Escape}');
      expect(screen.queryByRole('textbox', { name: /Esc cancels/ })).not.toBeInTheDocument();
      expect(screen.queryByText(message, { selector: '.field-error' })).not.toBeInTheDocument();
      expect(recordButton()).toHaveFocus();
      expect(recordButton()).not.toHaveAttribute('aria-describedby');
      expect(requests(demo, 'settings:update')).toEqual([]);
    },
  );

  it('issue #18 item 9: leaving the recorder with Tab takes its message away too', async () => {
    const { user } = await renderWindow('settings');
    await user.click(recordButton());
    await user.keyboard('{Control>}c{/Control}');
    expect(screen.getByText(/Ctrl and Alt/, { selector: '.field-error' })).toBeInTheDocument();
    await user.tab();
    expect(screen.queryByText(/Ctrl and Alt/, { selector: '.field-error' })).not.toBeInTheDocument();
  });
});
