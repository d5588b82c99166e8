import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { channels, flush, renderWindow } from '../support.tsx';

/** The normalising line, whichever prompt it follows. */
const normalise = /^That happens\. .* It's common and doesn't mean you did it wrong\.$/;
const kindness = /Kindness can stir up old feelings/;
const gentleNote = 'Keeping things simple until tomorrow: small things to do instead of kind words.';

async function openFallback(query: string, kind: 'break' | 'grounding' = 'break') {
  const opened = await renderWindow(query, kind);
  await opened.user.click(screen.getByRole('button', { name: "This doesn't feel right" }));
  return opened;
}

describe("This doesn't feel right", () => {
  it.each([
    { prompt: 'breath', query: 'open=breath' },
    { prompt: 'the unpaced minute', query: 'open=breath&pattern=breath.natural' },
    { prompt: 'tea', query: 'open=tea' },
    { prompt: 'kind words', query: 'open=kind' },
    { prompt: 'a care action', query: 'open=kind&gentle=1' },
  ])('stops $prompt at once and says it is common', async ({ query }) => {
    await openFallback(query);
    // Before main has even answered, the prompt is gone.
    expect(screen.queryByTestId('pacer')).not.toBeInTheDocument();
    expect(screen.queryByTestId('phrase')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: normalise })).toHaveFocus();
    await flush();
    expect(screen.getByRole('heading', { name: normalise })).toBeInTheDocument();
  });

  it('stops grounding too, in the grounding window', async () => {
    await openFallback('', 'grounding');
    expect(screen.getByRole('heading', { name: normalise })).toBeInTheDocument();
  });

  it.each([
    { prompt: 'kind words', query: 'open=kind', kind: 'break', from: 'kind', words: kindness },
    { prompt: 'breath', query: 'open=breath', kind: 'break', from: 'breath', words: /Paying attention to the breath/ },
    { prompt: 'tea', query: 'open=tea', kind: 'break', from: 'tea', words: /Slowing down can stir up old feelings/ },
    { prompt: 'a care action', query: 'open=kind&gentle=1', kind: 'break', from: 'care', words: /Slowing down/ },
    { prompt: 'grounding', query: '', kind: 'grounding', from: 'grounding', words: /Slowing down/ },
  ] as const)('after $prompt, its first words fit $prompt, before and after main answers', async ({ query, kind, from, words }) => {
    const { bridge } = await openFallback(query, kind);
    expect(screen.getByRole('heading', { name: words })).toHaveFocus();
    await flush();
    expect(screen.getByRole('heading', { name: words })).toBeInTheDocument();
    if (from !== 'kind') expect(screen.queryByText(kindness)).not.toBeInTheDocument();
    expect(bridge.log).toContainEqual({ channel: 'break:not-right', request: { from } });
  });

  it('says once that things stay simple for the rest of the day', async () => {
    const { user } = await openFallback('open=kind');
    await flush();
    expect(screen.getByText(gentleNote)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Get a drink' }));
    await flush();
    await user.click(screen.getByRole('button', { name: "This doesn't feel right" }));
    await flush();
    expect(screen.queryByText(gentleNote)).not.toBeInTheDocument();
  });

  it('offers outward choices only, and breath is never the first', async () => {
    await openFallback('open=kind');
    await flush();
    const choices = screen.getAllByRole('button').map((b) => b.textContent);
    expect(choices.slice(0, 5)).toEqual([
      'Feel my feet',
      'Look around',
      'Get a drink',
      'Breathe normally',
      'Just close this',
    ]);
  });

  it.each([
    { choice: 'Feel my feet', heading: 'Feet on the floor' },
    { choice: 'Look around', heading: 'Five-sense countdown' },
    { choice: 'Get a drink', heading: 'Any drink counts' },
    { choice: 'Breathe normally', heading: 'Just notice' },
  ])('"$choice" opens $heading', async ({ choice, heading }) => {
    const { user } = await openFallback('open=breath');
    await flush();
    await user.click(screen.getByRole('button', { name: choice }));
    await flush();
    expect(screen.getByRole('heading', { name: heading })).toHaveFocus();
  });

  it('"Just close this" closes the window at once', async () => {
    const { bridge, user } = await openFallback('open=tea');
    await user.click(screen.getByRole('button', { name: 'Just close this' }));
    expect(channels(bridge)).toContain('break:done');
  });

  it('asks, if wanted, what would help, and each answer leads to one small action', async () => {
    const { user } = await openFallback('open=kind');
    await flush();
    await user.click(screen.getByRole('button', { name: 'Anything you need right now?' }));
    expect(screen.getByRole('heading', { name: 'Anything you need right now?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Looked after' }));
    await flush();
    expect(screen.getByRole('heading', { name: 'Something to eat or drink' })).toBeInTheDocument();
  });

  it('lets the check-in be left with Back', async () => {
    const { user } = await openFallback('open=kind');
    await user.click(screen.getByRole('button', { name: 'Anything you need right now?' }));
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('heading', { name: normalise })).toHaveFocus();
  });

  it('turns gentle mode on, so kind words give way to a small action afterwards', async () => {
    const { bridge } = await openFallback('open=kind');
    await flush();
    expect(bridge.session().fallback.gentleDay).toBe('2025-03-10');
  });
});
