import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announced, channels, flush, renderWindow } from '../support.tsx';

const step = () => screen.getByTestId('practice-step').textContent;

/** Kind words, then its invitation. */
async function openInvitedPractice() {
  const window = await renderWindow('open=kind');
  await window.user.click(screen.getByTestId('practice-invitation'));
  await flush();
  return window;
}

describe('a short practice from Kind words', () => {
  it('is offered quietly under the phrase, by its own name', async () => {
    await renderWindow('open=kind');
    expect(screen.getByTestId('practice-invitation')).toHaveTextContent(/^Or try: (Warm up with someone easy|A self-compassion break|The friend check)$/);
  });

  it('opens one step at a time, announcing each, with Back, Next and Stop', async () => {
    const { bridge, user } = await openInvitedPractice();
    expect(channels(bridge)).toContain('break:practice');
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toHaveFocus();
    expect(screen.getByTestId('practice-step-of')).toHaveTextContent(/^Step 1 of \d$/);
    const first = step();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(step()).not.toBe(first);
    expect(announced()).toBe(step());
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(step()).toBe(first);
    expect(screen.getByRole('button', { name: 'Stop' })).toBeInTheDocument();
  });

  it('has "This doesn\'t feel right" on every step, and it leads to the fallback with no self-talk', async () => {
    const { bridge, user } = await openInvitedPractice();
    const total = Number(/of (\d)/.exec(screen.getByTestId('practice-step-of').textContent)?.[1]);
    for (let i = 1; i < total; i++) {
      expect(screen.getByRole('button', { name: "This doesn't feel right" })).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Next' }));
    }
    await user.click(screen.getByRole('button', { name: "This doesn't feel right" }));
    await flush();
    expect(bridge.log.find((e) => e.channel === 'break:not-right')?.request).toEqual({ from: 'practice' });
    expect(screen.getByText(/Kindness can stir up old feelings/)).toBeInTheDocument();
  });

  it('finishes after its last step with the kind close', async () => {
    const { user } = await openInvitedPractice();
    while (!screen.queryByRole('button', { name: 'Finish' })) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { name: "That's it for now." })).toBeInTheDocument();
  });
});

describe('the letter to yourself', () => {
  it('has a box to write in on its writing step, which keeps the words while stepping back and forth', async () => {
    const { user } = await renderWindow('open=longer.letter');
    expect(screen.queryByRole('textbox')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const box = screen.getByRole('textbox', { name: 'Your letter, if you like' });
    const keep = screen.getByRole('button', { name: 'Keep it as a file' });
    expect(keep).toBeDisabled();
    await user.type(box, 'You did your best today.');
    expect(keep).toBeEnabled();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByRole('textbox', { name: 'Your letter, if you like' })).toHaveValue('You did your best today.');
  });
});
