/**
 * Issue #18's settings polish in real Chromium at the settings window's size (720×640): a long word wraps
 * inside its phrase row, a cleared time says what is missing, the import button opens the file chooser,
 * the nav marks the section in view on one line per label, the answer that resets looks unlike the one
 * that keeps, a cancelled recording leaves no message behind, and axe finds nothing in these states.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { demoSettings, openPage, sent } from './settings-support.ts';

/** The settings window's size in the app. */
const windowSize = { width: 720, height: 640 };

/** The page-side globals these tests read (no DOM types in this project). */
interface StyleGlobals {
  getComputedStyle: (e: unknown) => Record<string, string>;
  requestAnimationFrame: (f: () => void) => void;
}

/** Enough of the page's document to measure where text actually ends (Range). */
interface RangeGlobals {
  document: {
    createRange: () => {
      selectNodeContents: (node: unknown) => void;
      getBoundingClientRect: () => { right: number };
    };
  };
}

async function open(page: Page, query = ''): Promise<void> {
  await openPage(page, 'settings', query);
  await page.setViewportSize(windowSize);
}

function styleOf(locator: Locator, property: string): Promise<string> {
  return locator.evaluate(
    (el, name) => (globalThis as unknown as StyleGlobals).getComputedStyle(el)[name] ?? '',
    property,
  );
}

/** Lets the page run two frames, so scroll events have been handled. */
function frames(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((done) => {
        const g = globalThis as unknown as StyleGlobals;
        g.requestAnimationFrame(() => g.requestAnimationFrame(done));
      }),
  );
}

/** WCAG contrast between two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string): number => {
    const [r = 0, g = 0, bl = 0] = (rgb.match(/[\d.]+/g) ?? []).map((x) => {
      const c = Number(x) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

const nav = (page: Page): Locator => page.getByRole('navigation', { name: 'Sections' });
const navButton = (page: Page, name: string): Locator => nav(page).getByRole('button', { name });
const longWord = `Breathe${'e'.repeat(83)}`;

test.describe('issue #18: the settings window, polished', () => {
  test('item 1: a 90-character word wraps inside its phrase row, clear of Edit and Delete', async ({
    page,
  }) => {
    await open(page);
    expect(longWord).toHaveLength(90);
    await page.getByRole('textbox', { name: 'A phrase of your own' }).fill(longWord);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const row = page.getByTestId('own-phrases').getByRole('listitem').first();
    const text = row.getByText(longWord);
    await expect(text).toBeVisible({ timeout: 10_000 });
    expect((await demoSettings(page)).customPhrases.map((p) => p.text)).toEqual([longWord]);
    const [textBox, editBox, deleteBox, rowBox] = await Promise.all([
      text.boundingBox(),
      row.getByRole('button', { name: 'Edit' }).boundingBox(),
      row.getByRole('button', { name: 'Delete' }).boundingBox(),
      row.boundingBox(),
    ]);
    if (!textBox || !editBox || !deleteBox || !rowBox) throw new Error('the phrase row is not laid out');
    expect(textBox.x + textBox.width).toBeLessThanOrEqual(editBox.x);
    // The letters themselves, not only their box (text can spill out of a box that stays in place).
    const letters = await text.evaluate((el) => {
      const range = (globalThis as unknown as RangeGlobals).document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().right;
    });
    expect(letters).toBeLessThanOrEqual(editBox.x);
    expect(editBox.x + editBox.width).toBeLessThanOrEqual(deleteBox.x);
    expect(deleteBox.x + deleteBox.width).toBeLessThanOrEqual(rowBox.x + rowBox.width + 0.5);
    // Wrapped: the word takes more than one line beside the buttons.
    expect(textBox.height).toBeGreaterThan(editBox.height * 1.5);
    const main = page.getByRole('main');
    const sideways = await main.evaluate((el) => {
      const m = el as unknown as { scrollWidth: number; clientWidth: number };
      return m.scrollWidth - m.clientWidth;
    });
    expect(sideways).toBeLessThanOrEqual(0);
  });

  test('item 7: a cleared end time says so beside its range, and nothing is saved until it is back', async ({
    page,
  }) => {
    await open(page);
    await page.getByRole('checkbox', { name: 'Count work time only during working hours' }).check();
    await expect
      .poll(async () => (await demoSettings(page)).workingHours.enabled, { timeout: 10_000 })
      .toBe(true);
    const updates = (await sent(page, 'settings:update')).length;
    const start = page.getByLabel('Monday range 1: from');
    const end = page.getByLabel('Monday range 1: to');
    // Half cleared, as Backspace leaves it: the hour gone, the minutes still showing.
    await end.focus();
    await page.keyboard.press('Backspace');
    await expect(end).toHaveValue('', { timeout: 10_000 });
    await end.press('Enter');
    const monday = page.getByRole('group', { name: 'Monday' });
    const message = monday.locator('.field-error');
    await expect(message).toHaveText('Add an end time for this range.', { timeout: 10_000 });
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect(start).toHaveAttribute('aria-invalid', 'false');
    await expect(end).toHaveAccessibleDescription('Add an end time for this range.');
    await expect(page.getByTestId('hours-not-saved')).toBeVisible();
    expect(await sent(page, 'settings:update')).toHaveLength(updates);
    expect((await demoSettings(page)).workingHours.days[1]).toEqual([{ start: 540, end: 1020 }]);

    await end.fill('16:00');
    await end.press('Enter');
    await expect
      .poll(async () => (await demoSettings(page)).workingHours.days[1], { timeout: 10_000 })
      .toEqual([{ start: 540, end: 960 }]);
    await expect(message).toHaveCount(0);
    await expect(page.getByTestId('hours-not-saved')).toHaveCount(0);
  });

  test('item 8: the styled import button opens the file chooser, and says which file was read', async ({
    page,
  }) => {
    await open(page);
    const picker = page.getByLabel('Add phrases from a text file');
    const button = page.getByText('Import phrases from a file…');
    await expect(button).toBeVisible();
    await expect(page.getByTestId('import-status')).toHaveText('No file chosen yet.');
    // The native control is out of sight (no "Choose File"), yet it is the one that takes focus.
    const pickerBox = await picker.boundingBox();
    expect(pickerBox?.width ?? 0).toBeLessThanOrEqual(1);

    const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
    await button.click();
    await (
      await chooser
    ).setFiles({ name: 'kind.txt', mimeType: 'text/plain', buffer: Buffer.from('One breath at a time.\n') });
    await expect(page.getByTestId('import-result')).toContainText('Added 1 phrase from kind.txt.', {
      timeout: 10_000,
    });
    await expect(page.getByTestId('import-status')).toHaveText('Last file: kind.txt');

    // From the keyboard: Tab reaches the hidden control, its ring shows on the button, Space opens it.
    await page.getByRole('button', { name: 'Remove all my phrases…' }).focus();
    await page.keyboard.press('Tab');
    await expect(picker).toBeFocused();
    expect(await styleOf(button, 'outlineStyle')).toBe('solid');
    const again = page.waitForEvent('filechooser', { timeout: 10_000 });
    await page.keyboard.press('Space');
    expect((await again).isMultiple()).toBe(false);
  });

  test('item 8: the nav marks the section in view, after scrolling and on a click, each label on one line', async ({
    page,
  }) => {
    await open(page);
    const marked = nav(page).locator('[aria-current="location"]');
    await expect(marked).toHaveText(['Timing']);

    // Scrolled with the wheel until Kind words reaches the top.
    const main = page.getByRole('main');
    const mainBox = await main.boundingBox();
    const headingBox = await page.getByRole('heading', { level: 2, name: 'Kind words' }).boundingBox();
    if (!mainBox || !headingBox) throw new Error('the page is not laid out');
    await page.mouse.move(mainBox.x + mainBox.width / 2, mainBox.y + mainBox.height / 2);
    await page.mouse.wheel(0, headingBox.y - mainBox.y - 20);
    await expect(marked).toHaveText(['Kind words'], { timeout: 10_000 });

    // Scrolled to the end, the short last section is the one in view.
    await page.mouse.wheel(0, 20_000);
    await expect(marked).toHaveText(['Start over'], { timeout: 10_000 });

    // Chosen in the nav: marked at once, and still marked once the page has come to rest near the end.
    await navButton(page, 'If things feel heavy').click();
    await expect(page.getByRole('heading', { level: 2, name: 'If things feel heavy' })).toBeFocused();
    await frames(page);
    await expect(marked).toHaveText(['If things feel heavy']);
    await navButton(page, 'Timing').click();
    await frames(page);
    await expect(marked).toHaveText(['Timing']);

    // The mark is visible: a tint the other labels don't have.
    await page.mouse.move(mainBox.x + mainBox.width / 2, mainBox.y + 10);
    const tint = await styleOf(navButton(page, 'Timing'), 'backgroundColor');
    const plain = await styleOf(navButton(page, 'Comfort'), 'backgroundColor');
    expect(tint).not.toBe(plain);

    // One line each: every label is as tall as the one-word "Timing", and none is cut off at the side.
    const sizes = await nav(page)
      .getByRole('button')
      .evaluateAll((buttons) =>
        buttons.map((b) => {
          const range = (globalThis as unknown as RangeGlobals).document.createRange();
          range.selectNodeContents(b);
          const box = (
            b as unknown as { getBoundingClientRect: () => { right: number } }
          ).getBoundingClientRect();
          // Where the label may end: inside the button's padding, not merely inside its border.
          const padding = (globalThis as unknown as StyleGlobals).getComputedStyle(b)['paddingRight'] ?? '0';
          const height = (b as unknown as { clientHeight: number }).clientHeight;
          return {
            height,
            cut: range.getBoundingClientRect().right > box.right - Number.parseFloat(padding) + 0.5,
          };
        }),
      );
    // Every section has its label: Timing to Support, with Your pauses (issue #19), and Start over.
    expect(sizes).toHaveLength(10);
    expect(new Set(sizes.map((x) => x.height)).size).toBe(1);
    expect(sizes.filter((x) => x.cut)).toEqual([]);

    // In a taller window the page can't bring the next-to-last heading to the top: chosen, it stays marked.
    await page.setViewportSize({ width: windowSize.width, height: 1000 });
    await navButton(page, 'If things feel heavy').click();
    await frames(page);
    await expect(marked).toHaveText(['If things feel heavy']);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`item 8: "Reset everything" looks unlike "Keep my settings", readable in ${scheme}`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await page.getByRole('button', { name: 'Reset to defaults…' }).click();
      const keep = page.getByRole('button', { name: 'Keep my settings' });
      const reset = page.getByRole('button', { name: 'Reset everything' });
      await expect(keep).toBeFocused();
      const [keepBg, resetBg, resetFg] = await Promise.all([
        styleOf(keep, 'backgroundColor'),
        styleOf(reset, 'backgroundColor'),
        styleOf(reset, 'color'),
      ]);
      expect(resetBg).not.toBe(keepBg);
      expect(contrast(resetFg, resetBg)).toBeGreaterThanOrEqual(4.5);
      const page_ = await styleOf(page.locator('body'), 'backgroundColor');
      // The filled button stands out from the page as a shape too (non-text contrast).
      expect(contrast(resetBg, page_)).toBeGreaterThanOrEqual(3);
    });
  }

  test('item 9: cancelling a recording takes its message away', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Record a new shortcut' }).click();
    await page.keyboard.press('g');
    const message = page.locator('.field-error', { hasText: 'Add Ctrl, Alt or another modifier' });
    await expect(message).toBeVisible({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Record a new shortcut' })).toBeFocused();
    await expect(message).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in ${scheme} with these states showing`, async ({ page }) => {
      test.slow();
      await page.emulateMedia({ colorScheme: scheme });
      await open(page);
      await page.getByRole('textbox', { name: 'A phrase of your own' }).fill(longWord);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await expect(page.getByTestId('own-phrases')).toContainText(longWord, { timeout: 10_000 });
      await page.getByRole('checkbox', { name: 'Count work time only during working hours' }).check();
      const end = page.getByLabel('Tuesday range 1: to');
      await end.focus();
      await page.keyboard.press('Backspace');
      await end.press('Enter');
      await expect(page.locator('.field-error', { hasText: 'Add an end time' })).toBeVisible({
        timeout: 10_000,
      });
      await navButton(page, 'Kind words').click();
      await page.getByRole('button', { name: 'Reset to defaults…' }).click();
      await expect(page.getByRole('button', { name: 'Reset everything' })).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
    });
  }
});
