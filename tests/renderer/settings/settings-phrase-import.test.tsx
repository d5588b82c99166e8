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

  it('issue #13 item 7: refuses a binary file with one clear message and adds nothing', async () => {
    const { demo, user } = await renderWindow('settings');
    const bytes = new Uint8Array(4096);
    let x = 7;
    for (let i = 0; i < bytes.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      bytes[i] = x >>> 24;
    }
    await user.upload(picker(), new File([bytes], 'notes.txt', { type: 'text/plain' }));
    expect(
      await screen.findByText(/doesn’t look like a plain text file/, { selector: '.field-error' }),
    ).toBeInTheDocument();
    expect(requests(demo, 'settings:update')).toEqual([]);
    expect(demo.settings().customPhrases).toEqual([]);
  });

  it('issue #13 item 7: 26,000 lines end in a few summary lines, not one per line', async () => {
    const { demo, user } = await renderWindow('settings');
    // Just under the 1 MB a phrases file may have.
    const lines = Array.from({ length: 26_000 }, (_, i) =>
      i % 3 === 0 ? 'x'.repeat(92) : `P ${String(i)}.`,
    );
    expect(lines.join('\n').length).toBeLessThan(1024 * 1024);
    await user.upload(picker(), textFile(lines.join('\n'), 'huge.txt'));
    const result = await screen.findByTestId('import-result', {}, { timeout: 25_000 });
    expect(result).toHaveTextContent('Added 500 phrases from huge.txt.');
    expect(within(result).getAllByRole('listitem').length).toBeLessThanOrEqual(4);
    expect(demo.settings().customPhrases).toHaveLength(500);
  }, 30_000);

  it('issue #13 item 7: one “Undo this import” takes the imported phrases back out', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.type(screen.getByRole('textbox', { name: 'A phrase of your own' }), 'Mine before.{Enter}');
    await user.upload(picker(), textFile('One.\nTwo.\n'));
    await screen.findByTestId('import-result');
    expect(demo.settings().customPhrases).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Undo this import' }));
    expect(demo.settings().customPhrases.map((p) => p.text)).toEqual(['Mine before.']);
    expect(screen.queryByRole('button', { name: 'Undo this import' })).not.toBeInTheDocument();
    expect(announced()).toBe('Took the phrases from mine.txt back out.');
  });

  it('issue #13 item 7: “Remove all my phrases” asks first, and Keep leaves them', async () => {
    const { demo, user } = await renderWindow('settings');
    await user.upload(picker(), textFile('One.\nTwo.\n'));
    await screen.findByTestId('import-result');
    await user.click(screen.getByRole('button', { name: 'Remove all my phrases…' }));
    expect(demo.settings().customPhrases).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Keep them' }));
    expect(demo.settings().customPhrases).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Remove all my phrases…' }));
    await user.click(screen.getByRole('button', { name: 'Remove all 2' }));
    expect(demo.settings().customPhrases).toEqual([]);
    expect(announced()).toBe('Your phrases are removed.');
  });

  it('issue #18 item 8: a styled button labels the hidden file control, and says which file was read', async () => {
    const { user } = await renderWindow('settings');
    const button = screen.getByText('Import phrases from a file…');
    expect(button.tagName).toBe('LABEL');
    expect(button).toHaveClass('button');
    expect([...(picker().labels ?? [])]).toContain(button);
    expect(picker()).toHaveClass('sr-only');
    expect(picker()).not.toHaveAttribute('tabindex');
    expect(screen.getByTestId('import-status')).toHaveTextContent('No file chosen yet.');
    await user.upload(picker(), textFile('One step.\n', 'kind-words.txt'));
    await screen.findByTestId('import-result', {}, { timeout: 5000 });
    expect(screen.getByTestId('import-status')).toHaveTextContent('Last file: kind-words.txt');
  });
});
