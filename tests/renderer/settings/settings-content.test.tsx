import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announced, description, renderWindow, requests } from './settings-support.tsx';

describe('what a break offers', () => {
  it('turns kinds off and on, keeping the offer order', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(screen.getByRole('checkbox', { name: 'Breathe' }));
    expect(demo.settings().offeredKinds).toEqual(['tea', 'kind']);
    await user.click(screen.getByRole('checkbox', { name: 'Breathe' }));
    expect(demo.settings().offeredKinds).toEqual(['breath', 'tea', 'kind']);
  });

  it('keeps at least one kind on offer, saying so beside the choice', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(screen.getByRole('checkbox', { name: 'Breathe' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tea' }));
    await user.click(screen.getByRole('checkbox', { name: 'Kind words' }));
    const message = 'Keep at least one kind of break on offer.';
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Kind words' })).toBeChecked();
    expect(description(screen.getByRole('group', { name: 'Offered on a timed break' }))).toContain(message);
    expect(announced()).toBe(message);
    expect(demo.settings().offeredKinds).toEqual(['kind']);
  });

  it('lists the catalogue breath patterns, with the default chosen, and saves another', async () => {
    const { demo, user } = await renderWindow('settings');
    const pattern = screen.getByRole('group', { name: 'Breath pattern' });
    const names = within(pattern)
      .getAllByRole('radio')
      .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);
    expect(names).toEqual([
      'Just notice',
      'Easy breathing',
      'Even breathing',
      'Longer out-breath',
      'Slow sigh',
      'Box breathing',
    ]);
    expect(screen.getByRole('radio', { name: 'Easy breathing' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Slow sigh' }));
    expect(demo.settings().defaultBreathPattern).toBe('breath.sigh');
    expect(screen.getByRole('radio', { name: 'Slow sigh' })).toBeChecked();
    expect(description(screen.getByRole('radio', { name: 'Slow sigh' }))).toMatch(/slow sigh out/);
  });

  it("turns box breathing's holds off and on", async () => {
    const { demo, user } = await renderWindow('settings');
    const holds = screen.getByRole('checkbox', { name: 'Include the holds in box breathing' });
    expect(holds).toBeChecked();
    expect(description(holds)).toMatch(/Holds are never required/);
    await user.click(holds);
    expect(demo.settings().boxHolds).toBe(false);
    expect(holds).not.toBeChecked();
  });
});

describe('a longer pause, when you want one', () => {
  it('opens RAIN or the letter now, by name, and says where it opens', async () => {
    const { demo, user } = await renderWindow('settings');
    const group = screen.getByRole('group', { name: 'A longer pause, when you want one' });
    expect(description(group)).toContain('never at a timed break');
    await user.click(within(group).getByRole('button', { name: 'A letter to yourself' }));
    expect(requests(demo, 'break:take-now')).toEqual([{ kind: 'longer.letter' }]);
    expect(announced()).toBe('It opens near the tray.');
  });

  it('says so kindly, beside the buttons, when it cannot open', async () => {
    const failed = { ok: false as const, error: { code: 'failed' as const, message: 'no window' } };
    const { user } = await renderWindow('settings', { overrides: { 'break:take-now': () => failed } });
    const group = screen.getByRole('group', { name: 'A longer pause, when you want one' });
    await user.click(within(group).getByRole('button', { name: 'RAIN, a few slow minutes' }));
    expect(await within(group).findByText("Tend couldn't open that just now. Closing this is always fine.")).toBeInTheDocument();
  });
});
