/**
 * The settings window in the browser preview: each change goes through the demo bridge (the real core
 * validating it, as main does) and what is saved is what a reload shows.
 */
import { expect, test } from '@playwright/test';
import { demoSettings, openPage, sent } from './settings-support.ts';

test.describe('the settings window', () => {
  test('a new interval is saved through the bridge, and a reload shows it', async ({ page }) => {
    await openPage(page, 'settings');
    const interval = page.getByRole('spinbutton', { name: 'Offer a break after' });
    await interval.fill('50');
    await interval.press('Tab');
    await expect.poll(async () => (await demoSettings(page)).intervalMin).toBe(50);
    expect(await sent(page, 'settings:update')).toEqual([{ intervalMin: 50 }]);
    await page.reload();
    await expect(page.getByRole('spinbutton', { name: 'Offer a break after' })).toHaveValue('50');
  });

  test('the arrow keys step the interval and save each step at once', async ({ page }) => {
    await openPage(page, 'settings');
    const interval = page.getByRole('spinbutton', { name: 'Offer a break after' });
    await interval.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(interval).toHaveValue('47');
    await expect.poll(async () => (await demoSettings(page)).intervalMin).toBe(47);
  });

  test('a value out of range shows its message beside the field and saves nothing', async ({ page }) => {
    await openPage(page, 'settings');
    const interval = page.getByRole('spinbutton', { name: 'Offer a break after' });
    await interval.fill('3');
    await interval.press('Enter');
    const message = 'Choose a whole number of minutes from 5 to 240.';
    await expect(page.locator('.field-error', { hasText: message })).toBeVisible();
    await expect(interval).toHaveAttribute('aria-invalid', 'true');
    await expect(interval).toHaveAccessibleDescription(new RegExp(message.replace(/\./g, '\\.')));
    await expect(page.getByTestId('announcer')).toHaveText(message);
    await expect(interval).toHaveValue('3');
    expect((await demoSettings(page)).intervalMin).toBe(45);
    await page.reload();
    await expect(page.getByRole('spinbutton', { name: 'Offer a break after' })).toHaveValue('45');
  });

  test('a phrase added here appears in Kind words', async ({ page }) => {
    await openPage(page, 'settings');
    // Only the new phrase left to choose from, so Kind words can only show it: hide all of Tend's own.
    await page.getByText(/^Tend's phrases:/).click();
    const library = page.getByTestId('library-phrases');
    const count = await library.getByRole('listitem').count();
    for (let i = 0; i < count; i++) await library.getByRole('button', { name: 'Hide' }).first().click();
    await expect(page.getByText(/^Tend's phrases:/)).toHaveText(
      `Tend's phrases: 0 shown, ${String(count)} hidden`,
    );
    await page.getByRole('textbox', { name: 'A phrase of your own' }).fill('Small steps still count.');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByTestId('own-phrases')).toContainText('Small steps still count.');

    await page.setViewportSize({ width: 380, height: 260 });
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/break';
    });
    await page.getByRole('button', { name: /Kind words/ }).click();
    await expect(page.getByTestId('phrase')).toHaveText('Small steps still count.');
  });

  test('records a shortcut, and says when a combination is not usable or taken', async ({ page }) => {
    await openPage(page, 'settings');
    const record = page.getByRole('button', { name: 'Record a new shortcut' });
    await record.click();
    const recorder = page.getByRole('textbox', { name: 'Press the keys you would like. Esc cancels.' });
    await expect(recorder).toBeFocused();
    await page.keyboard.press('g');
    await expect(page.locator('.field-error')).toHaveText(
      'Add Ctrl, Alt or another modifier, so everyday typing stays yours.',
    );
    await page.keyboard.press('Control+Alt+T');
    await expect(page.locator('.field-error')).toHaveText(
      'Another app is already using that combination. Try a different one.',
    );
    expect((await demoSettings(page)).shortcut).toBe('CommandOrControl+Alt+G');

    await record.click();
    await page.keyboard.press('Control+Shift+K');
    await expect(page.getByTestId('current-shortcut')).toHaveText('Ctrl+Shift+K');
    await expect(record).toBeFocused();
    expect((await demoSettings(page)).shortcut).toBe('CommandOrControl+Shift+K');

    await record.click();
    await page.keyboard.press('Escape');
    await expect(record).toBeFocused();
    await expect(page.getByTestId('current-shortcut')).toHaveText('Ctrl+Shift+K');
  });

  test('working hours: an overlap is explained beside its range, copy to all days, ranges past midnight', async ({
    page,
  }) => {
    await openPage(page, 'settings');
    await page.getByRole('checkbox', { name: 'Count work time only during working hours' }).check();
    await page.getByRole('button', { name: 'Add a range to Monday' }).click();
    const start = page.getByLabel('Monday range 2: from');
    await expect(start).toHaveValue('17:00');
    await start.fill('16:00');
    await start.press('Enter');
    const overlap = 'This range overlaps another one. Adjust one of them so they only touch.';
    await expect(start).toHaveAccessibleDescription(overlap);
    await expect(page.getByTestId('hours-not-saved')).toBeVisible();
    expect((await demoSettings(page)).workingHours.days[1]).toHaveLength(2);
    expect((await demoSettings(page)).workingHours.days[1]?.[1]).toEqual({ start: 17 * 60, end: 18 * 60 });

    await start.fill('22:00');
    await page.getByLabel('Monday range 2: to').fill('02:00');
    // Leaving the two times sends them (Tab walks through a time input's own parts first).
    await page.getByRole('button', { name: 'Remove Monday range 2' }).focus();
    await expect(page.getByTestId('hours-not-saved')).toBeHidden();
    await expect(page.getByLabel('Monday range 2: to')).toHaveAccessibleDescription('ends the next day');
    expect((await demoSettings(page)).workingHours.days[1]?.[1]).toEqual({ start: 22 * 60, end: 2 * 60 });

    await page.getByRole('button', { name: 'Copy to all days, from Monday' }).click();
    await expect(page.getByLabel('Sunday range 2: from')).toHaveValue('22:00');
    const days = (await demoSettings(page)).workingHours.days;
    expect(days.every((d) => JSON.stringify(d) === JSON.stringify(days[1]))).toBe(true);
    await expect(page.getByTestId('announcer')).toHaveText('The hours of Monday now apply to every day.');
  });

  test('imports a phrases file and says which lines were left out', async ({ page }) => {
    await openPage(page, 'settings');
    await page.getByLabel('Add phrases from a text file').setInputFiles({
      name: 'my-phrases.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        ['One breath at a time.', '', 'x'.repeat(120), 'One breath at a time.', 'Enough for today.'].join(
          '\n',
        ),
      ),
    });
    const result = page.getByTestId('import-result');
    await expect(result).toContainText('Added 2 phrases from my-phrases.txt.');
    await expect(result.getByRole('listitem')).toHaveText([
      'Line 2: empty',
      'Line 3: longer than 90 characters',
      'Line 4: already in your list',
    ]);
    await expect(page.getByTestId('own-phrases').getByRole('listitem')).toHaveCount(2);
    expect((await demoSettings(page)).customPhrases.map((p) => p.text)).toEqual([
      'One breath at a time.',
      'Enough for today.',
    ]);
  });

  test('issue #13 item 7: refuses a binary file, and one Undo takes an import back out', async ({ page }) => {
    await openPage(page, 'settings');
    const picker = page.getByLabel('Add phrases from a text file');
    await picker.setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([
        0x7f,
        0x45,
        0x4c,
        0x46,
        2,
        1,
        1,
        0,
        ...Array.from({ length: 2000 }, (_, i) => (i * 73) % 256),
      ]),
    });
    await expect(page.locator('.field-error')).toContainText('doesn’t look like a plain text file');
    expect((await demoSettings(page)).customPhrases).toEqual([]);
    await picker.setInputFiles({
      name: 'mine.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('One.\nTwo.\n'),
    });
    await expect(page.getByTestId('import-result')).toContainText('Added 2 phrases from mine.txt.');
    await page.getByRole('button', { name: 'Undo this import' }).click();
    await expect(page.getByTestId('announcer')).toHaveText('Took the phrases from mine.txt back out.');
    expect((await demoSettings(page)).customPhrases).toEqual([]);
  });

  test('reset asks first, then puts everything back', async ({ page }) => {
    await openPage(page, 'settings');
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    await expect(page.getByRole('button', { name: 'Keep my settings' })).toBeFocused();
    await page.keyboard.press('Escape');
    expect((await demoSettings(page)).theme).toBe('dark');

    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    await page.getByRole('button', { name: 'Reset everything' }).click();
    await expect(page.getByRole('radio', { name: 'Match the system' }).first()).toBeChecked();
    await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
    expect((await demoSettings(page)).theme).toBe('system');
    await expect(page.getByTestId('announcer')).toHaveText('Settings are back to their defaults.');
  });

  test('a support link is asked for by name, and shows where it leads', async ({ page }) => {
    await openPage(page, 'settings');
    await page.getByRole('button', { name: 'If things feel heavy' }).click();
    const helpline = page.getByRole('button', { name: 'Find a helpline' });
    await expect(helpline).toHaveAccessibleDescription(/Opens in your browser: findahelpline\.com/);
    await helpline.click();
    await expect.poll(() => sent(page, 'app:open-link')).toEqual([{ link: 'find-a-helpline' }]);
  });

  test('everything can be reached with the keyboard alone, with a visible focus ring', async ({ page }) => {
    await openPage(page, 'settings');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Timing' })).toBeFocused();
    await page.getByRole('button', { name: 'Comfort' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Comfort' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Language' })).toBeFocused();
    await page.keyboard.press('Tab');
    const login = page.getByRole('checkbox', { name: 'Start Tend when I log in' });
    await expect(login).toBeFocused();
    const outline = await login.evaluate((el) => {
      const style = (
        globalThis as unknown as {
          getComputedStyle: (e: unknown) => { outlineStyle: string; outlineWidth: string };
        }
      ).getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toBe('solid 3px');
    await page.keyboard.press('Space');
    await expect.poll(async () => (await demoSettings(page)).startAtLogin).toBe(true);
  });
});
