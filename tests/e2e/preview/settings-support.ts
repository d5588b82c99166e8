/** Shared steps for the settings and welcome windows' browser tests. */
import { expect, type Page } from '@playwright/test';

/** The settings window's size in the app (DESIGN.md: a normal window of about 640×600). */
export const settingsSize = { width: 640, height: 600 };
/** The welcome window's size in the app. */
export const welcomeSize = { width: 560, height: 480 };

/** The settings as the demo bridge holds them (the parts these tests read). */
export interface DemoSettings {
  intervalMin: number;
  shortcut: string;
  theme: string;
  firstRunDone: boolean;
  startAtLogin: boolean;
  customPhrases: { id: string; text: string }[];
  hiddenPhraseIds: string[];
  workingHours: { enabled: boolean; days: { start: number; end: number }[][] };
}

/**
 * The page-side globals these tests read. The node project that type-checks tests/e2e has no DOM types,
 * so page functions reach the page through `globalThis as unknown as SettingsPageGlobals`.
 */
export interface SettingsPageGlobals {
  tendDemo: {
    log: { channel: string; request: unknown }[];
    settings: () => DemoSettings;
  };
}

/** Opens the preview at `route` (fixed seed and day), at the window's size in the app. */
export async function openPage(page: Page, route: 'settings' | 'welcome', query = ''): Promise<void> {
  await page.setViewportSize(route === 'settings' ? settingsSize : welcomeSize);
  await page.goto(`/?seed=11&today=2025-03-10&${query}#/${route}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).first()).toBeVisible();
}

/** The demo bridge's settings as they stand. */
export function demoSettings(page: Page): Promise<DemoSettings> {
  return page.evaluate(() => (globalThis as unknown as SettingsPageGlobals).tendDemo.settings());
}

/** The requests the page sent on `channel`, in order. */
export function sent(page: Page, channel: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      (globalThis as unknown as SettingsPageGlobals).tendDemo.log
        .filter((e) => e.channel === name)
        .map((e) => e.request),
    channel,
  );
}
