import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { closeAfterMs } from '../../../renderer/src/screens/closing-screen.tsx';
import { announced, channels, flush, renderWindow } from '../support.tsx';

const step = () => screen.getByTestId('grounding-step').textContent;

describe('the grounding window', () => {
  it('opens straight into feet on the floor, ready for Enter', async () => {
    await renderWindow('', 'grounding');
    expect(screen.getByRole('heading', { name: 'Feet on the floor' })).toBeInTheDocument();
    expect(step()).toBe('Put both feet flat on the floor, shoes on or off.');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveFocus();
  });

  it('goes one step at a time, next and back, and announces each step', async () => {
    const { user } = await renderWindow('', 'grounding');
    expect(screen.getByRole('button', { name: 'Back' })).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('grounding-step-of')).toHaveTextContent('Step 2 of 6');
    expect(announced()).toBe(step());
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByTestId('grounding-step-of')).toHaveTextContent('Step 1 of 6');
  });

  it('keeps focus on Back when Back reaches the first step, where it has nothing more to do', async () => {
    const { user } = await renderWindow('', 'grounding');
    await user.click(screen.getByRole('button', { name: 'Next' }));
    const back = screen.getByRole('button', { name: 'Back' });
    back.focus();
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('grounding-step-of')).toHaveTextContent('Step 1 of 6');
    expect(back).toHaveFocus();
    expect(back).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(screen.getByTestId('grounding-step-of')).toHaveTextContent('Step 1 of 6');
    expect(back).toHaveFocus();
  });

  it('names its screen-reader switch plainly, last on the screen, and it silences the steps', async () => {
    const { user } = await renderWindow('', 'grounding');
    const buttons = screen.getAllByRole('button');
    expect(buttons.slice(0, 4).map((b) => b.textContent)).toEqual(["This doesn't feel right", 'Back', 'Next', 'Stop']);
    expect(buttons.at(-1)).toHaveAccessibleName('Screen reader: say each new step');
    expect(buttons).toHaveLength(5);
    await user.click(screen.getByRole('button', { name: 'Screen reader: say each new step' }));
    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(announced()).toBe('');
  });

  it('finishes after the last step with the kind close, then the window closes', async () => {
    const { bridge, user } = await renderWindow('', 'grounding');
    for (let i = 0; i < 5; i++) await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.click(screen.getByRole('button', { name: 'Finish' }));
    expect(screen.getByRole('heading', { name: "That's it for now." })).toBeInTheDocument();
    await flush(closeAfterMs);
    expect(channels(bridge)).toContain('window:close');
  });

  it.each([
    { how: 'Esc', press: '{Escape}' },
    { how: 'Stop', press: null },
  ])('closes at once with $how', async ({ press }) => {
    const { bridge, user } = await renderWindow('', 'grounding');
    if (press) await user.keyboard(press);
    else await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(channels(bridge)).toContain('window:close');
  });

  it('moves on to the next exercise when the shortcut is pressed again', async () => {
    const { bridge } = await renderWindow('', 'grounding');
    bridge.shortcut();
    await flush();
    expect(screen.getByRole('heading', { name: 'Five-sense countdown' })).toHaveFocus();
    bridge.shortcut();
    await flush();
    expect(screen.getByRole('heading', { name: 'Hands and seat' })).toBeInTheDocument();
    bridge.shortcut();
    await flush();
    expect(screen.getByRole('heading', { name: 'Feet on the floor' })).toBeInTheDocument();
  });

  it('in the break window ends with the kind close on Esc', async () => {
    const { bridge, user } = await renderWindow('open=kind');
    await user.click(screen.getByRole('button', { name: "This doesn't feel right" }));
    await flush();
    await user.click(screen.getByRole('button', { name: 'Feel my feet' }));
    await flush();
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: "That's it for now." })).toBeInTheDocument();
    expect(channels(bridge)).not.toContain('window:close');
  });
});
