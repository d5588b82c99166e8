import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { closeAfterMs } from '../../../renderer/src/screens/closing-screen.tsx';
import { channels, flush, renderWindow } from '../support.tsx';

describe('the tea screen', () => {
  it('shows a tea prompt with its steps', async () => {
    await renderWindow('open=tea');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/\w/);
    expect(screen.getByRole('button', { name: "I'm back" })).toBeInTheDocument();
  });

  it('"I\'m back" closes kindly, and the window goes by itself', async () => {
    const { bridge, user } = await renderWindow('open=tea');
    await user.click(screen.getByRole('button', { name: "I'm back" }));
    expect(screen.getByRole('heading', { name: "That's it for now." })).toHaveFocus();
    await flush(closeAfterMs);
    expect(channels(bridge)).toContain('break:done');
  });

  it('offers a gentle three-minute timer that counts whole minutes only', async () => {
    const { user } = await renderWindow('open=tea');
    expect(screen.queryByTestId('tea-timer')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Start a 3-minute timer' }));
    expect(screen.getByTestId('tea-timer')).toHaveTextContent('About 3 min left');
    await flush(59_000);
    expect(screen.getByTestId('tea-timer')).toHaveTextContent('About 3 min left');
    await flush(1000);
    expect(screen.getByTestId('tea-timer')).toHaveTextContent('About 2 min left');
    await flush(60_000);
    expect(screen.getByTestId('tea-timer')).toHaveTextContent('Under a minute left');
    await flush(60_000);
    expect(screen.getByTestId('tea-timer')).toHaveTextContent('Three minutes are up. No rush.');
    expect(screen.getByRole('button', { name: "I'm back" })).toBeInTheDocument();
  });

  it('lets the timer be stopped', async () => {
    const { user } = await renderWindow('open=tea');
    await user.click(screen.getByRole('button', { name: 'Start a 3-minute timer' }));
    await user.click(screen.getByRole('button', { name: 'Stop the timer' }));
    expect(screen.queryByTestId('tea-timer')).not.toBeInTheDocument();
  });

  it('takes Esc as done', async () => {
    const { user } = await renderWindow('open=tea');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: "That's it for now." })).toBeInTheDocument();
  });
});
