import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createDemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { demoOptionsFrom } from '../../../renderer/preview/demo-options.ts';
import { loadInitialView } from '../../../renderer/src/session/initial-view.ts';
import { SessionView } from '../../../renderer/src/session/session-view.tsx';
import { offerView } from '../../../electron/core/break-session/index.ts';
import type { OfferView } from '../../../electron/core/ipc-contract.ts';
import type { DemoBridge } from '../../../renderer/preview/demo-bridge.ts';
import { channels, flush, renderWindow } from '../support.tsx';

/** The offer main's session would make now, from the bridge's settings and session as they stand. */
function offerNow(bridge: DemoBridge): OfferView {
  return offerView({ settings: bridge.settings(), today: '2025-03-10', occasion: 'timed' }, bridge.session());
}

describe('the offer', () => {
  it('offers Breathe, Tea and Kind words, with Not now and Skip, and nothing counted', async () => {
    await renderWindow();
    expect(screen.getByRole('heading', { name: 'A little pause?' })).toBeInTheDocument();
    const names = screen.getAllByRole('button').map((b) => b.textContent);
    expect(names).toEqual([
      '1Breatheone minute',
      '2Teaa warm cup',
      '3Kind wordsa gentle phrase',
      'Not now',
      'Skip',
    ]);
    expect(document.body.textContent).not.toMatch(/\d+ (breaks?|missed|skipped)/i);
  });

  it('in gentle mode names what Kind words opens, and opens just that', async () => {
    const { user } = await renderWindow('gentle=1');
    const third = screen.getByRole('button', { name: /Something simple/ });
    expect(screen.getAllByRole('button').indexOf(third)).toBe(2);
    expect(third).toHaveTextContent('3Something simplea small action');
    expect(document.body.textContent).not.toMatch(/gentle phrase|Kind words/);
    await user.click(third);
    await flush();
    expect(screen.queryByTestId('phrase')).not.toBeInTheDocument();
    expect(document.querySelector('main.care')).not.toBeNull();
  });

  it('names Kind words again once gentle mode is over', async () => {
    const { bridge } = await renderWindow('gentle=1');
    await bridge.invoke('settings:update', { gentleModeUntil: null });
    bridge.show(offerNow(bridge));
    await flush();
    expect(screen.getAllByRole('button')[2]).toHaveTextContent('3Kind wordsa gentle phrase');
  });

  it('says what Not now and Skip each do, with the snooze minutes from settings', async () => {
    const { bridge } = await renderWindow();
    expect(screen.getByRole('button', { name: 'Not now' })).toHaveAccessibleDescription('Not now: again in 5 min');
    expect(screen.getByRole('button', { name: 'Skip' })).toHaveAccessibleDescription('Skip: until the next break');
    expect(screen.getByTestId('quiet-hints')).toHaveTextContent('Not now: again in 5 min · Skip: until the next break');
    await bridge.invoke('settings:update', { snoozeMin: 12 });
    bridge.show(offerNow(bridge));
    await flush();
    expect(screen.getByRole('button', { name: 'Not now' })).toHaveAccessibleDescription('Not now: again in 12 min');
  });

  it('never takes focus by itself', async () => {
    await renderWindow();
    expect(document.activeElement).toBe(document.body);
  });

  it('lets the window take focus on the first press inside it, once', async () => {
    const { bridge } = await renderWindow();
    fireEvent.pointerDown(screen.getByRole('heading', { name: 'A little pause?' }));
    fireEvent.pointerDown(screen.getByRole('heading', { name: 'A little pause?' }));
    expect(channels(bridge).filter((c) => c === 'window:activate')).toHaveLength(1);
  });

  it.each([
    { button: 'Not now', channel: 'break:not-now' },
    { button: 'Skip', channel: 'break:skip' },
  ])('tells main "$button" with $channel', async ({ button, channel }) => {
    const { bridge, user } = await renderWindow();
    await user.click(screen.getByRole('button', { name: button }));
    expect(channels(bridge)).toContain(channel);
  });

  it('takes Esc as Not now', async () => {
    const { bridge, user } = await renderWindow();
    await user.keyboard('{Escape}');
    expect(channels(bridge)).toContain('break:not-now');
  });

  it.each([
    { key: '1', kind: 'breath' },
    { key: '2', kind: 'tea' },
    { key: '3', kind: 'kind' },
  ])('chooses $kind with the key $key', async ({ key, kind }) => {
    const { bridge, user } = await renderWindow();
    await user.keyboard(key);
    await flush();
    expect(bridge.log).toContainEqual({ channel: 'break:choose', request: { kind } });
    expect(screen.queryByRole('heading', { name: 'A little pause?' })).not.toBeInTheDocument();
  });

  it('opens the chosen prompt and moves focus to its heading', async () => {
    const { user } = await renderWindow();
    await user.click(screen.getByRole('button', { name: /Breathe/ }));
    await flush();
    expect(screen.getByRole('heading', { name: 'Easy breathing' })).toHaveFocus();
  });

  it('says how many things it offers when settings offer fewer', async () => {
    const { bridge } = await renderWindow('open=none');
    bridge.show({ view: 'offer', kinds: ['tea'], kindOpens: 'kind', snoozeMin: 5, look: { theme: 'system', reducedMotion: 'system' } });
    await flush();
    expect(screen.getByText('If it helps, here is one small thing.')).toBeInTheDocument();
    expect(screen.getAllByRole('button').map((b) => b.textContent)).toEqual([
      '1Teaa warm cup',
      'Not now',
      'Skip',
    ]);
  });

  it('follows the theme setting', async () => {
    await renderWindow('theme=dark');
    expect(document.documentElement.dataset['theme']).toBe('dark');
  });
});

describe('the first view', () => {
  it('is drawn by the very first render when it was asked for before mounting', async () => {
    const bridge = createDemoBridge(demoOptionsFrom('?seed=1&today=2025-03-10'));
    window.tend = bridge;
    const initial = await loadInitialView('#/break');
    render(<SessionView kind="break" initial={initial} />);
    expect(screen.getByRole('heading', { name: 'A little pause?' })).toBeInTheDocument();
    expect(bridge.log.map((e) => e.channel)).toEqual(['break:current']);
  });
});
