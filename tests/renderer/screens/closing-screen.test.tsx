import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { closeAfterMs } from '../../../renderer/src/screens/closing-screen.tsx';
import type { DemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { channels, flush, renderWindow } from '../support.tsx';

describe('the kind close', () => {
  it('closes at once with Close', async () => {
    const { bridge, user } = await renderWindow('open=tea');
    await user.click(screen.getByRole('button', { name: "I'm back" }));
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(channels(bridge).filter((c) => c === 'break:done')).toHaveLength(1);
    await flush(closeAfterMs);
    expect(channels(bridge).filter((c) => c === 'break:done')).toHaveLength(1);
  });

  it('closes at once with Esc', async () => {
    const { bridge, user } = await renderWindow('open=tea');
    await user.click(screen.getByRole('button', { name: "I'm back" }));
    await user.keyboard('{Escape}');
    expect(channels(bridge)).toContain('break:done');
  });
});

describe('when main cannot answer', () => {
  it('says so plainly, and closing is always possible', async () => {
    const { bridge, user } = await renderWindow('open=tea');
    const failing: DemoBridge['invoke'] = () =>
      Promise.resolve({ ok: false, error: { code: 'failed', message: 'nope' } });
    bridge.invoke = failing;
    await user.click(screen.getByRole('button', { name: "This doesn't feel right" }));
    await flush();
    expect(screen.getByRole('heading', { name: /couldn't open that just now/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Close' }));
  });
});
