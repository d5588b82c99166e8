import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { catalogue, phraseText } from '../../../electron/core/content/index.ts';
import { announced, description, renderWindow, requests } from './settings-support.tsx';

const newPhrase = (): HTMLInputElement => screen.getByRole('textbox', { name: 'A phrase of your own' });
const ownList = (): HTMLElement => screen.getByTestId('own-phrases');
const firstLibrary = catalogue.phrases.items[0]!;

async function addPhrase(
  user: Awaited<ReturnType<typeof renderWindow>>['user'],
  text: string,
): Promise<void> {
  await user.type(newPhrase(), text);
  await user.click(screen.getByRole('button', { name: 'Add' }));
}

describe('the kind words settings', () => {
  it('adds a phrase of your own, tidied, and clears the field for the next', async () => {
    const { demo, user } = await renderWindow('settings');
    expect(screen.getByText(/^No phrases of your own yet\./)).toBeInTheDocument();
    await addPhrase(user, '  I can go   slowly.  ');
    expect(within(ownList()).getByText('I can go slowly.')).toBeInTheDocument();
    expect(demo.settings().customPhrases).toEqual([
      { id: expect.stringMatching(/^custom\./) as string, text: 'I can go slowly.' },
    ]);
    expect(newPhrase()).toHaveValue('');
    expect(announced()).toBe('Added to your phrases.');
  });

  it.each([
    ['   ', "There's nothing here yet. A few words are enough."],
    ['x'.repeat(91), "That's a little long for the window: up to 90 characters fit."],
  ])('turns down "%s" beside the field, saving nothing', async (text, message) => {
    const { demo, user } = await renderWindow('settings');
    await addPhrase(user, text);
    expect(await screen.findByText(message, { selector: '.field-error' })).toBeInTheDocument();
    expect(newPhrase()).toHaveAttribute('aria-invalid', 'true');
    expect(description(newPhrase())).toContain(message);
    expect(requests(demo, 'settings:update')).toEqual([]);
  });

  it('turns down a phrase already in the list', async () => {
    const { demo, user } = await renderWindow('settings');
    await addPhrase(user, 'Slowly.');
    await addPhrase(user, 'slowly.');
    expect(
      await screen.findByText('That phrase is already in your list.', { selector: '.field-error' }),
    ).toBeInTheDocument();
    expect(demo.settings().customPhrases).toHaveLength(1);
  });

  it('edits a phrase, and Esc leaves it as it was', async () => {
    const { demo, user } = await renderWindow('settings');
    await addPhrase(user, 'Slowly.');
    await user.click(within(ownList()).getByRole('button', { name: 'Edit' }));
    const edit = screen.getByRole('textbox', { name: 'Edit the phrase' });
    expect(edit).toHaveFocus();
    await user.clear(edit);
    await user.type(edit, 'Slowly does it.{Enter}');
    expect(within(ownList()).getByText('Slowly does it.')).toBeInTheDocument();
    expect(demo.settings().customPhrases[0]?.text).toBe('Slowly does it.');
    expect(within(ownList()).getByRole('button', { name: 'Edit' })).toHaveFocus();

    await user.click(within(ownList()).getByRole('button', { name: 'Edit' }));
    await user.type(screen.getByRole('textbox', { name: 'Edit the phrase' }), ' More{Escape}');
    expect(within(ownList()).getByText('Slowly does it.')).toBeInTheDocument();
    expect(demo.settings().customPhrases[0]?.text).toBe('Slowly does it.');
  });

  it('turns down an edit that leaves the phrase empty', async () => {
    const { demo, user } = await renderWindow('settings');
    await addPhrase(user, 'Slowly.');
    await user.click(within(ownList()).getByRole('button', { name: 'Edit' }));
    await user.clear(screen.getByRole('textbox', { name: 'Edit the phrase' }));
    await user.keyboard('{Enter}');
    expect(
      await screen.findByText("There's nothing here yet. A few words are enough.", {
        selector: '.field-error',
      }),
    ).toBeInTheDocument();
    expect(demo.settings().customPhrases[0]?.text).toBe('Slowly.');
  });

  it('deletes a phrase of your own everywhere it is kept', async () => {
    const { demo, user } = await renderWindow('settings');
    await addPhrase(user, 'Slowly.');
    const id = demo.settings().customPhrases[0]!.id;
    await demo.invoke('break:favourite', { phraseId: id, keep: true });
    await user.click(within(ownList()).getByRole('button', { name: 'Delete' }));
    expect(demo.settings().customPhrases).toEqual([]);
    expect(demo.settings().favouritePhraseIds).toEqual([]);
    expect(screen.getByText(/^No phrases of your own yet\./)).toBeInTheDocument();
    expect(newPhrase()).toHaveFocus();
    expect(announced()).toBe('Removed from your phrases.');
  });

  it('brings back an own phrase hidden from the kind words screen', async () => {
    const { demo, user } = await renderWindow('settings');
    await addPhrase(user, 'Slowly.');
    const id = demo.settings().customPhrases[0]!.id;
    await demo.invoke('settings:update', { hiddenPhraseIds: [id] });
    expect(await within(ownList()).findByText('Hidden')).toBeInTheDocument();
    await user.click(within(ownList()).getByRole('button', { name: 'Bring back' }));
    expect(demo.settings().hiddenPhraseIds).toEqual([]);
    expect(within(ownList()).queryByText('Hidden')).not.toBeInTheDocument();
  });

  it("lists Tend's phrases by their text, to hide and bring back", async () => {
    const { demo, user } = await renderWindow('settings');
    const summary = screen.getByText(/^Tend's phrases:/);
    expect(summary).toHaveTextContent(
      `Tend's phrases: ${String(catalogue.phrases.items.length)} shown, 0 hidden`,
    );
    const library = screen.getByTestId('library-phrases');
    expect(within(library).getAllByRole('listitem')).toHaveLength(catalogue.phrases.items.length);
    const item = within(library).getByText(phraseText(firstLibrary)).closest('li')!;
    const hide = within(item).getByRole('button', { name: 'Hide' });
    expect(description(hide)).toBe(phraseText(firstLibrary));
    await user.click(hide);
    expect(demo.settings().hiddenPhraseIds).toEqual([firstLibrary.id]);
    expect(within(item).getByText('Hidden')).toBeInTheDocument();
    expect(summary).toHaveTextContent(`${String(catalogue.phrases.items.length - 1)} shown, 1 hidden`);
    await user.click(within(item).getByRole('button', { name: 'Bring back' }));
    expect(demo.settings().hiddenPhraseIds).toEqual([]);
  });

  it('shows a phrase hidden in the break window at once (settings:changed)', async () => {
    const { demo } = await renderWindow('settings', { query: 'open=kind' });
    await demo.invoke('break:current');
    const shown = demo.session().history.phrase?.at(-1);
    await demo.invoke('break:hide-phrase', { phraseId: shown! });
    expect(await screen.findByText(/1 hidden/)).toBeInTheDocument();
  });
});
