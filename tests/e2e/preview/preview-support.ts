/** Shared steps for the preview's browser tests: open a window deterministically, check it, photograph it. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The page-side globals these tests read. The node project that type-checks tests/e2e has no DOM types,
 * so page functions reach the page through `globalThis as unknown as PageGlobals`.
 */
export interface PageGlobals {
  tendDemo: {
    log: { channel: string }[];
    settings: () => { hiddenPhraseIds: string[] };
    shortcut: () => void;
  };
  cspViolations: string[];
  document: {
    body: unknown;
    /** The page's running and finished animations (CSS animations carry their keyframes' name). */
    getAnimations: () => { animationName?: string; playState: string }[];
    activeElement: { textContent: string | null } | null;
    addEventListener: (
      type: string,
      listener: (e: { violatedDirective: string; blockedURI: string }) => void,
    ) => void;
  };
  getComputedStyle: (element: unknown) => { backgroundColor: string; transform: string; opacity: string };
  DOMMatrix: new (transform: string) => { a: number };
}

/** The break window's size (DESIGN.md); the grounding window is the same. */
export const windowSize = { width: 380, height: 260 };

/**
 * Opens the preview at `route` with the demo bridge started from `query` (seed and day fixed unless the
 * query says otherwise), at the window's size, and collects CSP violations as the page reports them.
 */
export async function openWindow(
  page: Page,
  query = '',
  route: 'break' | 'grounding' = 'break',
): Promise<void> {
  await page.setViewportSize(windowSize);
  await page.addInitScript(() => {
    const page = globalThis as unknown as PageGlobals;
    const seen: string[] = [];
    page.cspViolations = seen;
    page.document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`/?seed=11&today=2025-03-10&${query}#/${route}`);
  await expect(page.locator('main')).toBeVisible();
  await entranceOver(page);
}

/** The name of the offer's entrance animation (styles.css), as the page's computed style reports it. */
export const offerEntrance = 'tend-offer-in';

/**
 * Waits until the offer's choices have risen into place (a fraction of a second), so what a test measures
 * or photographs is the offer at rest, as someone looking up sees it. Nothing to wait for on other screens.
 */
export async function entranceOver(page: Page): Promise<void> {
  await page.waitForFunction(
    (name) =>
      (globalThis as unknown as PageGlobals).document
        .getAnimations()
        .every((a) => a.animationName !== name || a.playState === 'finished'),
    offerEntrance,
    { timeout: 15_000 },
  );
}

/** The CSP violations the page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).cspViolations);
}

/** The channels the UI has asked the demo bridge for, in order. */
export function channels(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).tendDemo.log.map((e) => e.channel));
}

/**
 * Axe schedules its own work with setTimeout, so under a held page clock it would never finish. This keeps
 * the browser's real timers aside (call it before page.clock.install()) for axe alone: the page's own
 * timers stay held while axe measures, so nothing on the page moves under it.
 */
export async function keepRealTimersForAxe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const g = globalThis as unknown as Record<string, unknown>;
    g['__tendRealTimers'] = { setTimeout: g['setTimeout'], clearTimeout: g['clearTimeout'] };
  });
}

// axe's source, run with the real timers when the page kept them (keepRealTimersForAxe), else the page's.
const axeWithRealTimers = `(function (setTimeout, clearTimeout) {\n${readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8')}\n}).call(window,
  (window.__tendRealTimers || window).setTimeout, (window.__tendRealTimers || window).clearTimeout);`;

/** Axe finds nothing on the page as it is now. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page, axeSource: axeWithRealTimers }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Saves a screenshot as a test artifact and attaches it to the report. */
export async function saveScreenshot(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
  return path;
}

/** The button that leads to the fallback, on every prompt. */
export const notRightName = "This doesn't feel right";
/** The heading of the kind close. */
export const closingName = "That's it for now.";
/** The fallback's normalising line, which is its heading (its middle fits the prompt it was pressed on). */
export const normaliseName = /^That happens\. .* It's common and doesn't mean you did it wrong\.$/;

/**
 * Moves the page's fake clock on by `ms` in slices, letting the page render between them as it would
 * in real time (needs page.clock.install() before the page loads).
 */
export async function runClock(page: Page, ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 500) await page.clock.runFor(Math.min(500, left));
}
