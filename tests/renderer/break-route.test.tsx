import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createDemoBridge } from '../../renderer/preview/demo-bridge.ts';
import { BreakRoute } from '../../renderer/src/routes/break-route.tsx';

describe('the break offer', () => {
  it('offers Breathe, Tea and Kind words, with Not now and Skip', () => {
    window.tend = createDemoBridge();
    render(<BreakRoute />);
    for (const name of [/Breathe/, /Tea/, /Kind words/, /Not now/, /Skip/]) {
      expect(screen.getByRole('button', { name })).toBeInTheDocument();
    }
  });

  it('tells main the break was skipped when Skip is pressed', async () => {
    const bridge = createDemoBridge();
    window.tend = bridge;
    render(<BreakRoute />);
    await userEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(bridge.log).toContainEqual({ channel: 'break:end', request: { reason: 'skip' } });
  });
});
