import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { flush, renderWindow } from '../support.tsx';

const phrase = () => screen.getByTestId('phrase').textContent;

describe('the kind words screen', () => {
  it('shows one phrase under its heading', async () => {
    await renderWindow('open=kind');
    expect(phrase()).toMatch(/\w/);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      /Noticing|In good company|On your side/,
    );
  });

  it('"Another one" shows a different phrase', async () => {
    const { bridge, user } = await renderWindow('open=kind');
    const first = phrase();
    await user.click(screen.getByRole('button', { name: 'Another one' }));
    await flush();
    expect(phrase()).not.toBe(first);
    expect(bridge.log.at(-1)?.channel).toBe('break:another');
  });

  it('"Keep this one" keeps the phrase as a favourite, and can let it go again', async () => {
    const { bridge, user } = await renderWindow('open=kind');
    const keep = screen.getByRole('button', { name: /Keep this one/ });
    expect(keep).toHaveAttribute('aria-pressed', 'false');
    await user.click(keep);
    await flush();
    expect(keep).toHaveAttribute('aria-pressed', 'true');
    expect(keep).toHaveTextContent('♥');
    const id = bridge.session().history.phrase?.at(-1);
    expect(bridge.settings().favouritePhraseIds).toEqual([id]);
    await user.click(keep);
    await flush();
    expect(keep).toHaveAttribute('aria-pressed', 'false');
    expect(bridge.settings().favouritePhraseIds).toEqual([]);
  });

  it('"Hide this phrase" hides it for good and shows another, saying Settings can bring it back', async () => {
    const { bridge, user } = await renderWindow('open=kind');
    const first = phrase();
    const id = bridge.session().history.phrase?.at(-1);
    await user.click(screen.getByRole('button', { name: 'Hide this phrase' }));
    await flush();
    expect(phrase()).not.toBe(first);
    expect(bridge.settings().hiddenPhraseIds).toEqual([id]);
    expect(screen.getByText('Hidden. Settings can bring it back.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
  });

  it('in gentle mode offers a small outward action instead, with something else on request', async () => {
    const { user } = await renderWindow('open=kind&gentle=1');
    expect(screen.queryByTestId('phrase')).not.toBeInTheDocument();
    const title = screen.getByRole('heading', { level: 1 }).textContent;
    await user.click(screen.getByRole('button', { name: 'Something else' }));
    await flush();
    expect(screen.getByRole('heading', { level: 1 }).textContent).not.toBe(title);
    await user.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('heading', { name: "That's it for now." })).toBeInTheDocument();
  });
});
