/**
 * Tend in every language (issue #20): each break and grounding screen, Settings, the welcome and the
 * home window, in every locale and in the pseudo-locale (English accented and 40 % longer), at the
 * windows' real sizes: nothing runs off the side or over anything else, the offer's choices are in view
 * at once and every control when Tab reaches it, axe finds nothing, the page says
 * its language and direction (Arabic right to left), and in the pseudo-locale no English is left over,
 * which would be a string Tend forgot to make translatable.
 */
import { expect, test, type Page } from '@playwright/test';
import {
  entranceOver,
  expectNoAxeViolations,
  keepRealTimersForAxe,
  saveScreenshot,
  windowSize,
} from './preview-support.ts';
import { settingsSize, welcomeSize } from './settings-support.ts';
import { overlapsOnScreen, sidewaysSpills, unreachableByTab } from './window-fit-support.ts';

const locales = [
  { code: 'en-XA', dir: 'ltr' },
  { code: 'de', dir: 'ltr' },
  { code: 'fr', dir: 'ltr' },
  { code: 'es', dir: 'ltr' },
  { code: 'pt-BR', dir: 'ltr' },
  { code: 'ja', dir: 'ltr' },
  { code: 'ar', dir: 'rtl' },
] as const;

interface Screen {
  name: string;
  query: string;
  route?: 'break' | 'grounding';
  reach?: (page: Page) => Promise<void>;
}
const notRight = (page: Page): Promise<void> => page.locator('.not-right').first().click();
// Reached by what each control is, never by its words: the words are what changes here.
const screens: Screen[] = [
  { name: 'offer', query: '' },
  { name: 'offer in gentle mode', query: 'gentle=1' },
  { name: 'breath, the first time', query: 'open=breath' },
  { name: 'breath with holds', query: 'open=breath&pattern=breath.box-4&intro=seen' },
  { name: 'breath unpaced', query: 'open=breath&pattern=breath.natural' },
  {
    name: 'tea with its timer',
    query: 'open=tea',
    reach: (page) => page.locator('.timer-row .button').click(),
  },
  { name: 'kind words', query: 'open=kind' },
  { name: 'care in gentle mode', query: 'open=kind&gentle=1' },
  { name: 'fallback', query: 'open=kind', reach: notRight },
  {
    name: 'needs check-in',
    query: 'open=kind',
    reach: async (page) => {
      await notRight(page);
      await page.locator('.fallback .foot-row .link').click();
    },
  },
  { name: 'grounding', query: '', route: 'grounding' },
  {
    name: 'grounding, next step',
    query: '',
    route: 'grounding',
    reach: (page) => page.locator('.button.primary').click(),
  },
  {
    name: 'kind words with its practice invitation',
    query: '',
    reach: (page) => page.locator('.offer-choices button').nth(2).click(),
  },
  { name: 'warming up with someone easy', query: 'open=warmup.easy-someone' },
  { name: 'the friend check', query: 'open=friend.check' },
  { name: 'the Self-Compassion Break', query: 'open=scb.moment' },
  { name: 'RAIN', query: 'open=longer.rain' },
  {
    name: 'the letter, its box to write in',
    query: 'open=longer.letter',
    reach: async (page) => {
      await page.locator('.button.primary').click();
      await page.locator('.button.primary').click();
    },
  },
];

/** The kind close after tea. */
const closing: Screen = {
  name: 'closing',
  query: 'open=tea',
  reach: (page) => page.locator('.button.primary').click(),
};

/** Text in the pseudo-locale's page that is not in the pseudo-locale: English Tend forgot to translate. */
function untranslated(page: Page): Promise<string[]> {
  return page.evaluate((intlWords) => {
    type El = {
      childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
      textContent: string | null;
      getAttribute(name: string): string | null;
    };
    const doc = (globalThis as unknown as { document: { querySelectorAll(s: string): ArrayLike<El> } })
      .document;
    const found: string[] = [];
    for (const el of Array.from(doc.querySelectorAll('body *'))) {
      const own = Array.from(el.childNodes)
        .filter((n) => n.nodeType === 3)
        .map((n) => n.textContent ?? '')
        .join('');
      // Letters of English's alphabet outside a bracketed message. Not words Tend writes: shortcut keys,
      // each language's own name (marked with its lang), and dates and days, which Intl writes.
      const text = own.trim();
      if (
        !/[A-Za-z]{2}/.test(text) ||
        (el.textContent ?? '').includes('⟦') ||
        el.getAttribute('lang') !== null
      )
        continue;
      if (/^[\s\dA-Z+⌘⌥⇧⌃]*(Ctrl|Alt|Shift|Cmd)[\s\dA-Za-z+]*$/.test(text)) continue;
      if (text.split(/[\s,]+/).every((word) => /^\d*$/.test(word) || intlWords.includes(word))) continue;
      found.push(text);
    }
    return found;
  }, intlWords);
}

/** English's names of days and months as Intl writes them, long and short (in the chart of pauses). */
const intlWords = (['long', 'short'] as const).flatMap((width) => [
  ...[...Array(12).keys()].map((month) =>
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', month: width }).format(Date.UTC(2025, month, 1)),
  ),
  ...[...Array(7).keys()].map((day) =>
    new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: width }).format(Date.UTC(2025, 0, 1 + day)),
  ),
]);

/** Forgets the settings the preview kept from the screen before (gentle mode after the fallback, say). */
async function freshStart(page: Page): Promise<void> {
  if (page.url().startsWith('http'))
    await page.evaluate(() =>
      (globalThis as unknown as { sessionStorage: { clear(): void } }).sessionStorage.clear(),
    );
}

/**
 * What runs off a window that scrolls down (Settings): the page scrolling sideways, or any box past the
 * window's edge that no scrolling box of its own (the pauses table's) holds.
 */
function spillsInScrollingWindow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type Box = { left: number; right: number; width: number; height: number };
    type El = {
      tagName: string;
      className: unknown;
      parentElement: El | null;
      getBoundingClientRect(): Box;
    };
    const g = globalThis as unknown as {
      innerWidth: number;
      document: {
        scrollingElement: { scrollWidth: number } | null;
        querySelectorAll(s: string): ArrayLike<El>;
      };
      getComputedStyle(e: El): { overflowX: string };
    };
    const found: string[] = [];
    if ((g.document.scrollingElement?.scrollWidth ?? 0) > g.innerWidth)
      found.push('the page scrolls sideways');
    const heldByScroller = (e: El): boolean => {
      for (let at = e.parentElement; at; at = at.parentElement)
        if (g.getComputedStyle(at).overflowX !== 'visible') return true;
      return false;
    };
    for (const e of Array.from(g.document.querySelectorAll('body *'))) {
      const r = e.getBoundingClientRect();
      if (
        r.width === 0 ||
        r.height === 0 ||
        (r.left >= -1 && r.right <= g.innerWidth + 1) ||
        heldByScroller(e)
      )
        continue;
      found.push(
        `${e.tagName.toLowerCase()}.${String(e.className)} runs off the side (${String(Math.round(r.left))}–${String(Math.round(r.right))})`,
      );
    }
    return found;
  });
}

/**
 * A longer language may make a screen taller than its window, which then scrolls (as at 150 % zoom in
 * English). What must hold: the offer's choices are in view at first glance, and every control comes
 * into view when Tab reaches it (unreachableByTab).
 */
function choicesOutOfView(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const g = globalThis as unknown as {
      innerHeight: number;
      document: { querySelector(s: string): { getBoundingClientRect(): { bottom: number } } | null };
    };
    const choices = g.document.querySelector('.offer-choices');
    return choices && choices.getBoundingClientRect().bottom > g.innerHeight + 1
      ? ['the offer’s choices run below the window']
      : [];
  });
}

/** The checks every window gets: language and direction on <html>, nothing spilling or overlapping, axe. */
async function expectWhole(page: Page, locale: (typeof locales)[number], where: string): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale.code);
  await expect(page.locator('html')).toHaveAttribute('dir', locale.dir);
  if (where === 'settings') {
    expect(await spillsInScrollingWindow(page), where).toEqual([]);
  } else {
    expect(await sidewaysSpills(page), where).toEqual([]);
    expect(await overlapsOnScreen(page), where).toEqual([]);
    // The pseudo-locale is longer than any translation: there it is enough that the window scrolls to them.
    if (locale.code !== 'en-XA') expect(await choicesOutOfView(page), where).toEqual([]);
    expect(await unreachableByTab(page), where).toEqual([]);
  }
  if (locale.code === 'en-XA') expect(await untranslated(page), where).toEqual([]);
  await expectNoAxeViolations(page);
}

const fileName = (...parts: string[]): string =>
  parts
    .join('-')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();

for (const locale of locales) {
  test(`${locale.code}: every break and grounding screen is whole in its window, with no axe findings`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(90_000);
    for (const [n, s] of [...screens, closing].entries()) {
      await test.step(s.name, async () => {
        await page.setViewportSize(s.route === 'grounding' ? { width: 380, height: 300 } : windowSize);
        await freshStart(page);
        // The screen's number makes each address new: the same address again would only move to its #.
        // The close dismisses itself after a moment: its page's timers are held (last, as they stay held).
        if (s === closing) {
          await keepRealTimersForAxe(page);
          await page.clock.install();
        }
        await page.goto(
          `/?seed=11&today=2025-03-10&lang=${locale.code}&n=${String(n)}&${s.query}#/${s.route ?? 'break'}`,
        );
        await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
        await entranceOver(page);
        if (s === closing) await page.clock.pauseAt(Date.now() + 1000);
        await s.reach?.(page);
        await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
        // The close's fade-in (a CSS animation, on real time) is over before anything is measured.
        if (s === closing)
          await page.waitForFunction(
            () =>
              (globalThis as unknown as { document: { getAnimations(): { playState: string }[] } }).document
                .getAnimations()
                .every((a) => a.playState !== 'running'),
            undefined,
            { timeout: 15_000 },
          );
        await saveScreenshot(page, testInfo, fileName(locale.code, s.name));
        await expectWhole(page, locale, s.name);
      });
    }
  });

  test(`${locale.code}: Settings, the welcome and the home window are whole, with no axe findings`, async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000);
    for (const [route, size] of [
      ['settings', settingsSize],
      ['welcome', welcomeSize],
      ['home', { width: 420, height: 460 }],
    ] as const) {
      await test.step(route, async () => {
        await page.setViewportSize(size);
        await freshStart(page);
        await page.goto(`/?seed=11&today=2025-03-10&lang=${locale.code}#/${route}`);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 15_000 });
        await saveScreenshot(page, testInfo, fileName(locale.code, route));
        await expectWhole(page, locale, route);
      });
    }
  });
}

test('choosing a language in Settings changes the open window at once, and back', async ({ page }) => {
  await page.setViewportSize(settingsSize);
  await page.goto('/?seed=11&today=2025-03-10#/settings');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Einstellungen');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await page.getByLabel('Sprache').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByLabel('اللغة').selectOption('en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
