/** Shared helpers for the renderer tests: a deterministic demo bridge, the window under test, fake time. */
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { createDemoBridge, type DemoBridge } from '../../renderer/preview/demo-bridge.ts';
import { demoOptionsFrom } from '../../renderer/preview/demo-options.ts';
import type { WindowKind } from '../../renderer/src/session/initial-view.ts';
import { SessionView } from '../../renderer/src/session/session-view.tsx';

/**
 * Moves fake time on by `ms` and lets pending bridge answers (promises) and due timers run. It steps in
 * small slices so React can render, and arm the next timer, between them, as it would in real time.
 */
export async function flush(ms = 0): Promise<void> {
  let left = ms;
  do {
    const slice = Math.min(left, 100);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(slice);
    });
    left -= slice;
  } while (left > 0);
}

/**
 * Renders a window on fake time against a demo bridge started from `query` (the preview's query string,
 * e.g. "open=tea&intro=seen"); a fixed seed and day unless the query says otherwise.
 */
export async function renderWindow(
  query = '',
  kind: WindowKind = 'break',
): Promise<{ bridge: DemoBridge; user: ReturnType<typeof userEvent.setup> }> {
  vi.useFakeTimers();
  const bridge = createDemoBridge(demoOptionsFrom(`?seed=11&today=2025-03-10&${query}`));
  window.tend = bridge;
  const user = userEvent.setup({ advanceTimers: (ms) => vi.advanceTimersByTime(ms) });
  render(<SessionView kind={kind} />);
  await flush();
  return { bridge, user };
}

/** The channels the UI has asked for, in order. */
export function channels(bridge: DemoBridge): string[] {
  return bridge.log.map((e) => e.channel);
}

/** The live region's current text. */
export function announced(): string {
  return screen.getByTestId('announcer').textContent;
}
