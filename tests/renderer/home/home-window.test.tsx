import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createDemoBridge, type DemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';
import { HomeWindow } from '../../../renderer/src/home/home-window.tsx';
import { announced, bridgeWith, requests, type Overrides } from '../settings/settings-support.tsx';

/** Renders the home window against a fresh demo bridge. */
function renderHome(overrides: Overrides = {}): { demo: DemoBridge; user: ReturnType<typeof userEvent.setup> } {
  const demo = createDemoBridge(demoOptionsFrom('?seed=11&today=2025-03-10'));
  window.tend = bridgeWith(demo, overrides);
  render(<HomeWindow />);
  return { demo, user: userEvent.setup() };
}

describe('the home window', () => {
  it("offers the tray menu's choices as named buttons, under headings", () => {
    renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Tend' })).toBeInTheDocument();
    expect(document.title).toBe('Tend');
    expect(screen.getByRole('region', { name: 'Take a break now' })).toBeInTheDocument();
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual(['Breathe', 'Tea', 'Kind words', 'Pause for an hour', 'Resume', 'Settings…', 'Quit Tend']);
  });

  it.each([
    ['Breathe', 'breath'],
    ['Tea', 'tea'],
    ['Kind words', 'kind'],
    ['Pause for an hour', 'pause-1h'],
    ['Resume', 'resume'],
    ['Settings…', 'settings'],
    ['Quit Tend', 'quit'],
  ])('"%s" asks main for %s', async (name, choice) => {
    const { demo, user } = renderHome();
    await user.click(screen.getByRole('button', { name }));
    expect(requests(demo, 'home:run')).toEqual([{ choice }]);
  });

  it('works from the keyboard alone, and says what happened', async () => {
    const { demo, user } = renderHome();
    for (let i = 0; i < 4; i++) await user.tab();
    expect(screen.getByRole('button', { name: 'Pause for an hour' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(requests(demo, 'home:run')).toEqual([{ choice: 'pause-1h' }]);
    expect(announced()).toBe('Breaks are paused for an hour.');
  });

  it('says so, beside the buttons, when main could not do it', async () => {
    const { user } = renderHome({ 'home:run': () => ({ ok: false, error: { code: 'failed', message: 'x' } }) });
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    const words = "Tend couldn't do that just now. Please try again.";
    expect(screen.getByRole('button', { name: 'Resume' })).toHaveAccessibleDescription(words);
    expect(announced()).toBe(words);
  });

  it('closes with Escape', async () => {
    const { demo, user } = renderHome();
    await user.keyboard('{Escape}');
    expect(requests(demo, 'window:close')).toHaveLength(1);
  });
});
