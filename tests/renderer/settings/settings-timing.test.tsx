import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announced, description, renderWindow, requests } from './settings-support.tsx';

const interval = (): HTMLInputElement => screen.getByRole('spinbutton', { name: 'Offer a break after' });

describe('the timing settings', () => {
  it.each([
    ['Offer a break after', '45', 'minutes of work', 'From 5 to 240.'],
    ['“Not now” waits', '5', 'minutes of work', 'From 1 to 60.'],
    ['Time away that counts as a break', '5', 'minutes', 'From 1 to 60.'],
    ['An unanswered offer fades after', '2', 'minutes', 'From 1 to 30.'],
  ])('"%s" shows %s with its unit and the bounds from the schema', async (name, value, unit, bounds) => {
    await renderWindow('settings');
    const field = screen.getByRole('spinbutton', { name });
    expect(field).toHaveValue(Number(value));
    expect(description(field)).toContain(unit);
    expect(description(field)).toContain(bounds);
  });

  it('saves a new interval when the field is left, and shows the saved value', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.clear(interval());
    await user.type(interval(), '50');
    expect(requests(demo, 'settings:update')).toEqual([]);
    await user.tab();
    expect(demo.settings().intervalMin).toBe(50);
    expect(requests(demo, 'settings:update')).toEqual([{ intervalMin: 50 }]);
    expect(interval()).toHaveValue(50);
  });

  it('never saves a number half typed: "120" goes out once, on Enter', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.clear(interval());
    await user.type(interval(), '120{Enter}');
    expect(requests(demo, 'settings:update')).toEqual([{ intervalMin: 120 }]);
    expect(demo.settings().intervalMin).toBe(120);
  });

  it('explains a value out of range beside the field, saves nothing and keeps what was typed', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.clear(interval());
    await user.type(interval(), '300');
    await user.tab();
    const message = 'Choose a whole number of minutes from 5 to 240.';
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(interval()).toHaveAttribute('aria-invalid', 'true');
    expect(description(interval())).toContain(message);
    expect(announced()).toBe(message);
    expect(interval()).toHaveValue(300);
    expect(demo.settings().intervalMin).toBe(45);

    await user.clear(interval());
    await user.type(interval(), '40');
    await user.tab();
    expect(screen.queryByText(message, { selector: '.field-error' })).not.toBeInTheDocument();
    expect(interval()).toHaveAttribute('aria-invalid', 'false');
    expect(demo.settings().intervalMin).toBe(40);
  });

  it('turns down a number that is not whole, or no number at all', async () => {
    const { demo, user } = await renderWindow('settings');
    const snooze = screen.getByRole('spinbutton', { name: '“Not now” waits' });
    await user.clear(snooze);
    await user.type(snooze, '2.5');
    await user.tab();
    expect(
      await screen.findByText('Choose a whole number of minutes from 1 to 60.', { selector: '.field-error' }),
    ).toBeInTheDocument();
    await user.clear(snooze);
    await user.tab();
    expect(requests(demo, 'settings:update')).toEqual([{ snoozeMin: 2.5 }, { snoozeMin: '' }]);
    expect(demo.settings().snoozeMin).toBe(5);
  });

  it('sends a value once, though Enter and leaving the field both ask', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.clear(interval());
    await user.type(interval(), '60{Enter}');
    await user.tab();
    expect(requests(demo, 'settings:update')).toEqual([{ intervalMin: 60 }]);
  });

  it('sends nothing when the value is left as it was', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.click(interval());
    await user.tab();
    expect(requests(demo, 'settings:update')).toEqual([]);
  });
});
