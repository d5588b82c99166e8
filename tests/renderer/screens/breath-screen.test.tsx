import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { closeAfterMs } from '../../../renderer/src/screens/closing-screen.tsx';
import { announced, channels, flush, renderWindow } from '../support.tsx';

const phaseWord = () => screen.getByTestId('phase-word').textContent;

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('the breath screen', () => {
  it('says "in" and "out" at the phase boundaries of easy breathing (3.5 s in, 5 s out)', async () => {
    await renderWindow('open=breath');
    expect(phaseWord()).toBe('Breathe in');
    await flush(3499);
    expect(phaseWord()).toBe('Breathe in');
    await flush(1);
    expect(phaseWord()).toBe('Breathe out');
    await flush(5000);
    expect(phaseWord()).toBe('Breathe in');
    expect(screen.getByText('Breath 2 of 7')).toBeInTheDocument();
  });

  it('announces phase changes politely, and stays quiet once silenced', async () => {
    const { user } = await renderWindow('open=breath');
    expect(announced()).toBe('Breathe in');
    await flush(3500);
    expect(announced()).toBe('Breathe out');
    await user.click(screen.getByRole('button', { name: 'Screen reader: say each breath in and out' }));
    expect(screen.getByRole('button', { name: 'Screen reader: say each breath in and out' })).toHaveAttribute('aria-pressed', 'false');
    await flush(5000);
    expect(phaseWord()).toBe('Breathe in');
    expect(announced()).toBe('');
  });

  it('keeps the screen-reader switch last on the screen, after the way out and the controls', async () => {
    await renderWindow('open=breath');
    const buttons = screen.getAllByRole('button');
    expect(buttons.slice(0, 3).map((b) => b.textContent)).toEqual(["This doesn't feel right", 'Pause', 'Stop']);
    expect(buttons.at(-1)).toHaveAccessibleName('Screen reader: say each breath in and out');
    expect(buttons).toHaveLength(4);
  });

  it('wakes the page only at phase boundaries: no timer per frame', async () => {
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const frames = vi.fn(() => 0);
    vi.stubGlobal('requestAnimationFrame', frames);
    await renderWindow('open=breath');
    await flush(60_000);
    expect(frames).not.toHaveBeenCalled();
    const breathTimers = timers.mock.calls.filter(
      ([, ms]) => typeof ms === 'number' && ms > 0 && ms !== closeAfterMs,
    );
    // 7 breaths × 2 phases = 14 boundaries; Testing Library's own zero-delay waits are not counted.
    expect(breathTimers.length).toBeLessThanOrEqual(14);
  });

  it('holds still while paused and carries on from there', async () => {
    const { user } = await renderWindow('open=breath');
    await flush(2000);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(phaseWord()).toBe('Paused');
    expect(screen.getByRole('main')).toHaveClass('is-paused');
    await flush(30_000);
    expect(phaseWord()).toBe('Paused');
    await user.click(screen.getByRole('button', { name: 'Resume' }));
    expect(phaseWord()).toBe('Breathe in');
    await flush(1499);
    expect(phaseWord()).toBe('Breathe in');
    await flush(1);
    expect(phaseWord()).toBe('Breathe out');
  });

  it('closes kindly at the end of the minute, and the close dismisses itself', async () => {
    const { bridge } = await renderWindow('open=breath');
    await flush(59_500);
    expect(screen.getByRole('heading', { name: "That's it for now." })).toBeInTheDocument();
    expect(channels(bridge)).not.toContain('break:done');
    await flush(closeAfterMs);
    expect(channels(bridge)).toContain('break:done');
  });

  it.each([
    { how: 'Stop', act: 'stop' },
    { how: 'Esc', act: 'escape' },
  ])('ends early with $how, without fuss', async ({ act }) => {
    const { user } = await renderWindow('open=breath');
    await flush(4000);
    if (act === 'stop') await user.click(screen.getByRole('button', { name: 'Stop' }));
    else await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: "That's it for now." })).toBeInTheDocument();
  });

  it('shows the dizziness line the first time only', async () => {
    await renderWindow('open=breath');
    expect(screen.getByText(/Stop if you feel dizzy or light-headed/)).toBeInTheDocument();
  });

  it('leaves the dizziness line out once it has been seen', async () => {
    await renderWindow('open=breath&intro=seen');
    expect(screen.queryByText(/Stop if you feel dizzy/)).not.toBeInTheDocument();
  });

  it('grows and shrinks the circle by default, and keeps it still with a count when motion is reduced', async () => {
    await renderWindow('open=breath');
    expect(screen.getByTestId('pacer')).toHaveAttribute('data-mode', 'motion');
    expect(screen.queryByTestId('phase-count')).not.toBeInTheDocument();
  });

  it('with the reduced-motion setting shows the calm pacer, the word and a count of seconds', async () => {
    await renderWindow('open=breath&motion=reduce');
    expect(document.documentElement.dataset['motion']).toBe('reduce');
    expect(screen.getByTestId('pacer')).toHaveAttribute('data-mode', 'calm');
    expect(screen.getByTestId('phase-count')).toHaveTextContent('1');
    await flush(1000);
    expect(screen.getByTestId('phase-count')).toHaveTextContent('2');
    await flush(2500);
    expect(phaseWord()).toBe('Breathe out1');
  });

  it('follows the system reduced-motion setting too', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query.includes('reduce'),
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    await renderWindow('open=breath');
    expect(screen.getByTestId('pacer')).toHaveAttribute('data-mode', 'calm');
    vi.unstubAllGlobals();
  });

  it('rests on the holds of box breathing, and leaves them out when holds are off', async () => {
    await renderWindow('open=breath&pattern=breath.box-4');
    await flush(4000);
    expect(phaseWord()).toBe('Hold');
  });

  it('has no holds in box breathing with holds turned off', async () => {
    await renderWindow('open=breath&pattern=breath.box-4&holds=0');
    await flush(4000);
    expect(phaseWord()).toBe('Breathe out');
  });

  it('takes the small extra sip of the slow sigh as its own step', async () => {
    await renderWindow('open=breath&pattern=breath.sigh');
    await flush(3000);
    expect(phaseWord()).toBe('A little more');
  });

  it('shows the unpaced minute as words, with no phase to follow', async () => {
    const { bridge } = await renderWindow('open=breath&pattern=breath.natural');
    expect(screen.getByText('Let your breath be as it is. No need to change it.')).toBeInTheDocument();
    expect(screen.queryByTestId('phase-word')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Screen reader: say each breath in and out' })).not.toBeInTheDocument();
    await flush(60_000);
    await flush(closeAfterMs);
    expect(channels(bridge)).toContain('break:done');
  });

  it('shows the progress over the minute', async () => {
    await renderWindow('open=breath');
    await flush(8500);
    const bar = screen.getByRole('progressbar', { name: 'The minute so far' });
    expect(bar).toHaveAttribute('aria-valuetext', 'Breath 2 of 7');
    expect(bar).toHaveAttribute('aria-valuenow', '9');
  });
});
