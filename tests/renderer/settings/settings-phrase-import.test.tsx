import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { announced, description, renderWindow, requests } from './settings-support.tsx';

const picker = (): HTMLInputElement => screen.getByLabelText('Add phrases from a text file');
const textFile = (text: string, name = 'mine.txt'): File => new File([text], name, { type: 'text/plain' });

describe('importing phrases from a text file', () => {
  it('adds one phrase per line and says which lines were left out and why', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.type(screen.getByRole('textbox', { name: 'A phrase of your own' }), 'Already mine.{Enter}');
    await user.upload(
      picker(),
      textFile(
        ['One step at a time.', '', 'x'.repeat(95), 'already mine.', 'Good enough is good.', ''].join('\n'),
      ),
    );
    const result = await screen.findByTestId('import-result');
    expect(result).toHaveTextContent('Added 2 phrases from mine.txt.');
    expect(
      within(result)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Line 2: empty', 'Line 3: longer than 90 characters', 'Line 4: already in your list']);
    expect(demo.settings().customPhrases.map((p) => p.text)).toEqual([
      'Already mine.',
      'One step at a time.',
      'Good enough is good.',
    ]);
    expect(within(screen.getByTestId('own-phrases')).getByText('Good enough is good.')).toBeInTheDocument();
    expect(description(picker())).toContain('Added 2 phrases from mine.txt.');
    expect(announced()).toMatch(/^Added 2 phrases from mine\.txt\. Lines left out: Line 2: empty; /);
  });

  it('says so when one phrase, or none, was new', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.upload(picker(), textFile('Just this.\n'));
    expect(await screen.findByTestId('import-result')).toHaveTextContent('Added 1 phrase from mine.txt.');
    await user.upload(picker(), textFile('Just this.\n', 'again.txt'));
    expect(await screen.findByText('No new phrases in again.txt.')).toBeInTheDocument();
    expect(demo.settings().customPhrases).toHaveLength(1);
    expect(requests(demo, 'settings:update')).toHaveLength(1);
  });

  it('leaves a file larger than a megabyte unread', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.upload(picker(), textFile('x'.repeat(1024 * 1024 + 1)));
    expect(
      await screen.findByText('That file is larger than Tend reads (up to 1 MB).', {
        selector: '.field-error',
      }),
    ).toBeInTheDocument();
    expect(picker()).toHaveAttribute('aria-invalid', 'true');
    expect(requests(demo, 'settings:update')).toEqual([]);
  });
});
