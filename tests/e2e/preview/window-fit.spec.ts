/**
 * Every break and grounding screen stays whole in its fixed-size window (issue #18) at 100%, 125% and
 * 150% zoom and with larger text: nothing runs off the side, nothing is drawn over anything else (the
 * breath circle least of all), and every control Tab reaches is in view once focused. Zoom is the
 * window's size divided by the zoom at that device scale; larger text is a larger root font. A word
 * longer than a line (a phrase of one's own, a long compound in another language) wraps too.
 */
import { expect, test, type Page } from '@playwright/test';
import { catalogue, newCustomPhrase } from '../../../electron/core/content/index.ts';
import { defaultSettings } from '../../../electron/core/settings/settings-defaults.ts';
import { entranceOver, notRightName, saveScreenshot, windowSize } from './preview-support.ts';
import {
  lengthenEveryText,
  overlapsOnScreen,
  sidewaysSpills,
  unreachableByTab,
} from './window-fit-support.ts';

const groundingSize = { width: 380, height: 300 };

/** One unbroken word of 90 characters, the most a phrase of one's own may have. */
const longWord =
  'Nachmittagsteepausenfreundlichkeitsgedankensammlungsbeauftragtenstellvertretungsausweishefte'.slice(0, 90);
const longPhrase = newCustomPhrase(longWord, []);
if (!longPhrase.ok || longPhrase.phrase.text.length !== 90)
  throw new Error('the long word is not a valid 90-character phrase');
/** Settings with that word as the only phrase left to show: every library phrase hidden. */
const ownLongWord = JSON.stringify({
  ...defaultSettings(),
  customPhrases: [longPhrase.phrase],
  hiddenPhraseIds: catalogue.phrases.items.map((p) => p.id),
});

interface Fit {
  name: string;
  zoom: number;
  /** The root font size as a share of the app's own. */
  text: number;
}
const fits: Fit[] = [
  { name: '100%', zoom: 1, text: 1 },
  { name: '125% zoom', zoom: 1.25, text: 1 },
  { name: '150% zoom', zoom: 1.5, text: 1 },
  { name: '125% text', zoom: 1, text: 1.25 },
  { name: '150% text', zoom: 1, text: 1.5 },
];

interface FitScreen {
  name: string;
  query: string;
  route?: 'break' | 'grounding';
  reach?: (page: Page) => Promise<void>;
  /** Settings the preview starts from (as its sessionStorage holds them). */
  settings?: string;
  /** Hold the page's timers (the close dismisses itself after a moment). */
  holdTime?: boolean;
}
const screens: FitScreen[] = [
  { name: 'offer', query: '' },
  { name: 'offer in gentle mode', query: 'gentle=1' },
  { name: 'breath, the first time', query: 'open=breath' },
  {
    name: 'breath with holds, reduced motion',
    query: 'open=breath&pattern=breath.box-4&intro=seen&motion=reduce',
  },
  { name: 'breath unpaced', query: 'open=breath&pattern=breath.natural' },
  {
    name: 'tea with its timer',
    query: 'open=tea',
    reach: (page) => page.locator('.timer-row .button').click(),
  },
  { name: 'kind words', query: 'open=kind' },
  { name: "kind words: one's own 90-character word", query: 'open=kind', settings: ownLongWord },
  { name: 'care in gentle mode', query: 'open=kind&gentle=1' },
  {
    name: 'fallback',
    query: 'open=kind',
    reach: (page) => page.getByRole('button', { name: notRightName }).click(),
  },
  {
    name: 'needs check-in',
    query: 'open=kind',
    reach: async (page) => {
      await page.getByRole('button', { name: notRightName }).click();
      await page.getByRole('button', { name: /Anything you need/ }).click();
    },
  },
  {
    name: 'closing',
    query: 'open=tea',
    holdTime: true,
    reach: (page) => page.locator('.button.primary').click(),
  },
  { name: 'grounding, first step', query: '', route: 'grounding' },
  {
    name: 'grounding, next step',
    query: '',
    route: 'grounding',
    reach: (page) => page.locator('.button.primary').click(),
  },
  { name: 'kind words with its practice invitation', query: '', reach: (page) => page.locator('.offer-choices button').nth(2).click() },
  { name: 'the Self-Compassion Break, first step', query: 'open=scb.moment' },
  {
    name: 'the letter, its box to write in',
    query: 'open=longer.letter',
    reach: async (page) => {
      await page.locator('.button.primary').click();
      await page.locator('.button.primary').click();
    },
  },
];

/** The window's CSS size at `fit`: a zoomed window lays out as a smaller one (the device scale only sharpens it). */
async function sizeFor(page: Page, s: FitScreen, fit: Fit): Promise<void> {
  const size = s.route === 'grounding' ? groundingSize : windowSize;
  await page.setViewportSize({
    width: Math.floor(size.width / fit.zoom),
    height: Math.floor(size.height / fit.zoom),
  });
  // As a larger default font would: the root grows and every rem with it (CSP forbids a style tag).
  await page.evaluate((px) => {
    (
      globalThis as unknown as { document: { documentElement: { style: { fontSize: string } } } }
    ).document.documentElement.style.fontSize = `${px}px`;
  }, 15 * fit.text);
}

/** Opens `s` in its window at 100%, with its settings and held time, and reaches the screen. */
async function open(page: Page, s: FitScreen): Promise<void> {
  const base = fits[0];
  if (!base) throw new Error('no fits');
  await sizeFor(page, s, base);
  if (s.holdTime) await page.clock.install();
  if (s.settings) {
    await page.addInitScript((text) => {
      const g = globalThis as unknown as { sessionStorage: { setItem(key: string, value: string): void } };
      g.sessionStorage.setItem('tend-preview-settings', text);
    }, s.settings);
  }
  await page.goto(`/?seed=11&today=2025-03-10&${s.query}#/${s.route ?? 'break'}`);
  await expect(page.locator('main')).toBeVisible({ timeout: 15_000 });
  await entranceOver(page);
  if (s.holdTime) await page.clock.pauseAt(Date.now() + 1000);
  await s.reach?.(page);
  await expect(page.locator('main h1')).toBeVisible({ timeout: 15_000 });
  if (s.settings === ownLongWord)
    await expect(page.getByTestId('phrase')).toHaveText(longWord, { timeout: 15_000 });
}

const fileName = (...parts: string[]): string =>
  parts
    .join('-')
    .replace(/[^a-z0-9]+/gi, '-')
    .toLowerCase();

// One page per screen, laid out again at each zoom and text size (a page load per case took ten minutes).
for (const s of screens) {
  test(`${s.name}: whole at every zoom and text size, nothing drawn over anything, every control in view when Tab reaches it`, async ({
    page,
  }, testInfo) => {
    await open(page, s);
    for (const fit of fits) {
      await test.step(`at ${fit.name}`, async () => {
        await sizeFor(page, s, fit);
        await saveScreenshot(page, testInfo, fileName(s.name, fit.name));
        expect(await sidewaysSpills(page), fit.name).toEqual([]);
        expect(await overlapsOnScreen(page), fit.name).toEqual([]);
        expect(await unreachableByTab(page), fit.name).toEqual([]);
      });
    }
  });
}

for (const s of screens.filter((x) => !x.settings)) {
  test(`${s.name}: a 90-character word in every line wraps inside the window, at 100% and 150% zoom`, async ({
    page,
  }, testInfo) => {
    await open(page, s);
    await lengthenEveryText(page, longWord);
    for (const fit of [fits[0], fits[2]].filter((f) => f !== undefined)) {
      await test.step(`at ${fit.name}`, async () => {
        await sizeFor(page, s, fit);
        await saveScreenshot(page, testInfo, fileName(s.name, 'long-words', fit.name));
        expect(await sidewaysSpills(page), fit.name).toEqual([]);
        expect(await overlapsOnScreen(page), fit.name).toEqual([]);
      });
    }
  });
}
