/**
 * The offer's look (issue #18, visual identity): each choice carries one small drawing of what it opens,
 * hidden from screen readers so the choices keep their names, drawn in the theme's colour; and the
 * choices rise gently into place as the offer arrives, unless motion is reduced, by the system or by
 * Tend's own setting.
 */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, offerEntrance, openWindow } from './preview-support.ts';

const wait = { timeout: 15_000 };

/**
 * The few DOM members the page functions use: the node project that type-checks tests/e2e has no DOM
 * types, so they reach the page through these.
 */
interface PageElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): { textContent: string | null } | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
  getBoundingClientRect(): { width: number };
  getAnimations(): { effect: { getKeyframes(): Record<string, unknown>[] } | null }[];
}
interface Styles {
  getComputedStyle(e: PageElement): { stroke: string; color: string; animationName: string; animationDuration: string };
}

/** What the page says about each choice's drawing and about the choice itself (page side). */
function drawings(page: Page): Promise<{ name: string; icons: { icon: string | null; hidden: string | null; stroke: string; color: string; width: number }[] }[]> {
  return page.locator('.offer-choices button').evaluateAll((elements: unknown[]) =>
    (elements as PageElement[]).map((button) => {
      const g = globalThis as unknown as Styles;
      return {
        name: button.querySelector('.choice-label')?.textContent ?? '',
        icons: [...button.querySelectorAll('svg')].map((svg) => ({
          icon: svg.getAttribute('data-icon'),
          hidden: svg.getAttribute('aria-hidden'),
          stroke: g.getComputedStyle(svg).stroke,
          color: g.getComputedStyle(svg).color,
          width: svg.getBoundingClientRect().width,
        })),
      };
    }),
  );
}

/** The offer's first choice's entrance, as its computed style has it. */
function entranceOf(page: Page): Promise<{ name: string; seconds: number }> {
  return page
    .locator('.offer-choices button')
    .first()
    .evaluate((button: unknown) => {
      const g = globalThis as unknown as Styles;
      const style = g.getComputedStyle(button as PageElement);
      return { name: style.animationName, seconds: Number.parseFloat(style.animationDuration) };
    });
}

test.describe('each choice on the offer shows what it opens', () => {
  for (const { day, query, opens } of [
    { day: 'on an ordinary day', query: '', opens: ['breath', 'tea', 'kind'] },
    { day: 'in gentle mode', query: 'gentle=1', opens: ['breath', 'tea', 'care'] },
  ]) {
    test(`${day}: one small drawing per choice, hidden from screen readers, in the theme's colour`, async ({ page }) => {
      await openWindow(page, query);
      const seen = await drawings(page);
      expect(seen.map((c) => c.icons.map((i) => i.icon))).toEqual(opens.map((o) => [o]));
      for (const { icons } of seen)
        for (const icon of icons) {
          expect(icon.hidden).toBe('true');
          // Drawn in currentColor, so it follows light and dark with the text around it.
          expect(icon.stroke).toBe(icon.color);
          expect(icon.width).toBeGreaterThanOrEqual(16);
          expect(icon.width).toBeLessThanOrEqual(28);
        }
    });
  }

  test('the choices keep their names and keys: the drawings add nothing to what a screen reader hears', async ({ page }) => {
    await openWindow(page);
    for (const [name, key] of [
      ['Breathe one minute', '1'],
      ['Tea a warm cup', '2'],
      ['Kind words a gentle phrase', '3'],
    ] as const) {
      const choice = page.getByRole('button', { name, exact: true });
      await expect(choice).toBeVisible(wait);
      await expect(choice).toHaveAttribute('aria-keyshortcuts', key, wait);
    }
    await expect(page.getByRole('img')).toHaveCount(0, wait);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the drawings are in a different colour in ${colorScheme} than in the other theme, and axe finds nothing`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openWindow(page);
      const here = (await drawings(page))[0]?.icons[0]?.stroke;
      await expect(page.locator('.choice-icon').first()).toBeVisible(wait);
      await expectNoAxeViolations(page);
      await page.emulateMedia({ colorScheme: colorScheme === 'light' ? 'dark' : 'light' });
      await expect.poll(async () => (await drawings(page))[0]?.icons[0]?.stroke, wait).not.toBe(here);
    });
  }
});

test.describe('the offer arrives gently', () => {
  test('the choices rise into place, by opacity and transform alone, and then rest', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openWindow(page);
    const entrance = await entranceOf(page);
    expect(entrance.name).toBe(offerEntrance);
    expect(entrance.seconds).toBeGreaterThan(0);
    expect(entrance.seconds).toBeLessThanOrEqual(0.5);
    // Only what the compositor can move: the entrance lays nothing out again.
    const animated = await page.locator('.offer-choices button').first().evaluate((button: unknown) =>
      (button as PageElement)
        .getAnimations()
        .flatMap((a) => a.effect?.getKeyframes() ?? [])
        .flatMap((frame) => Object.keys(frame))
        .filter((key) => !['offset', 'computedOffset', 'easing', 'composite'].includes(key)),
    );
    expect([...new Set(animated)].sort()).toEqual(['opacity', 'transform']);
    await expect(page.locator('.offer-choices button').first()).toHaveCSS('opacity', '1', wait);
  });

  test('with reduced motion in the system, the choices are simply there', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openWindow(page);
    expect((await entranceOf(page)).name).toBe('none');
  });

  test("with Tend's own reduced-motion setting, the choices are simply there too", async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await openWindow(page, 'motion=reduce');
    await expect(page.locator('html')).toHaveAttribute('data-motion', 'reduce', wait);
    expect((await entranceOf(page)).name).toBe('none');
  });
});
