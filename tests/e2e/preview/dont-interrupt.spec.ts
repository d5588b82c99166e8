/**
 * Quiet moments (issue #16) in the settings window at its real size in the app (720×640): each signal
 * saved at once, what this computer can tell beside each, "Why no break?", nothing cut off or spilling
 * sideways, and axe finding nothing in light and dark. Screenshots are kept as test artifacts.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { saveScreenshot } from './preview-support.ts';
import { openPage, sent } from './settings-support.ts';

/** The settings window's size in the app (wire-tend.ts). */
const appSize = { width: 720, height: 640 };
const mixed = 'busy=unknown:call,held:doNotDisturb';
const canTell = 'Tend can notice this on this computer.';
const cannotTell = "This computer doesn't let Tend notice this, so breaks never wait for it.";

interface QuietGlobals {
  tendDemo: { settings: () => { dontInterrupt: Record<string, boolean> } };
  innerWidth: number;
  document: {
    documentElement: { scrollWidth: number };
    querySelectorAll: (
      s: string,
    ) => Iterable<{ scrollWidth: number; clientWidth: number; textContent: string | null }>;
  };
}

async function openQuiet(page: Page, query = ''): Promise<void> {
  await openPage(page, 'settings', query);
  await page.setViewportSize(appSize);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('button', { name: 'Quiet moments' })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: 'Quiet moments' })).toBeFocused();
}

const section = (page: Page) => page.locator('section:has(> h2#quiet-heading)');

test.describe('quiet moments', () => {
  test('says what this computer can tell beside each signal, and when a break last waited', async ({
    page,
  }) => {
    await openQuiet(page, mixed);
    await expect(page.getByRole('checkbox', { name: 'Do Not Disturb or Focus' })).toHaveAccessibleDescription(
      canTell,
    );
    await expect(
      page.getByRole('checkbox', { name: 'A full-screen app or presentation' }),
    ).toHaveAccessibleDescription(canTell);
    await expect(
      page.getByRole('checkbox', { name: 'A call (camera or microphone in use)' }),
    ).toHaveAccessibleDescription(cannotTell);
    // The demo clock stands at noon on 10 March 2025, 25 minutes after the hold: a day before today.
    await expect(section(page)).toContainText(
      /The last break waited for a quieter moment on .*10.* at .*11.?35.*, while Do Not Disturb was on\./,
    );
  });

  test('a signal turned off is saved at once and Tend looks again', async ({ page }) => {
    await openQuiet(page);
    const fullScreen = page.getByRole('checkbox', { name: 'A full-screen app or presentation' });
    await expect(fullScreen).toHaveAccessibleDescription(canTell);
    await fullScreen.uncheck();
    await expect
      .poll(() =>
        page.evaluate(() => (globalThis as unknown as QuietGlobals).tendDemo.settings().dontInterrupt),
      )
      .toEqual({ doNotDisturb: true, fullScreen: false, call: true });
    await expect(fullScreen).toHaveAccessibleDescription('');
    expect(await sent(page, 'busy:status')).toHaveLength(2);
    await expect(section(page)).toContainText('No break has needed to wait so far.');
    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'A full-screen app or presentation' })).not.toBeChecked();
  });

  test('nothing spills sideways at the window size in the app', async ({ page }) => {
    await openQuiet(page, mixed);
    await expect(section(page)).toContainText(cannotTell);
    const spills = await page.evaluate(() => {
      const g = globalThis as unknown as QuietGlobals;
      const inside = [...g.document.querySelectorAll('section:has(> h2#quiet-heading) *')];
      return {
        page: g.document.documentElement.scrollWidth > g.innerWidth,
        elements: inside.filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
      };
    });
    expect(spills).toEqual({ page: false, elements: [] });
    const box = await section(page).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(appSize.width);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing in ${scheme}, with a signal this computer cannot read`, async ({
      page,
    }, testInfo) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openQuiet(page, mixed);
      await expect(section(page)).toContainText(cannotTell);
      const { violations } = await new AxeBuilder({ page })
        .include('section:has(> h2#quiet-heading)')
        .analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await saveScreenshot(page, testInfo, `quiet-moments-${scheme}`);
      await section(page).screenshot({ path: testInfo.outputPath(`quiet-moments-section-${scheme}.png`) });
    });
  }
});
