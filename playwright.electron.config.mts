import { defineConfig } from '@playwright/test';
import type { TendBuildOptions } from './tests/e2e/electron/launch-packaged.ts';

/**
 * Playwright specs of the built app in a real Electron; run by scripts/test-electron.mts, which skips
 * them without an Electron binary. Two projects, chosen with `--project` (both run by default):
 * - `dev`: every spec against out/ under node_modules' Electron (`_electron.launch`, main process too);
 * - `packaged`: packaged-app.spec.ts and languages.spec.ts against `npm run dist`'s unpacked build in release/, through its
 *   pages only (the fuses keep Playwright out of its main process: tests/e2e/electron/launch-packaged.ts).
 *   Skipped with one line when there is no packaged build; TEND_REQUIRE_PACKAGED=1 makes that a failure.
 */
export default defineConfig<TendBuildOptions>({
  testDir: 'tests/e2e/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  forbidOnly: Boolean(process.env['CI']),
  // Explicit budgets for a busy machine: no assertion leans on Playwright's 5 s default.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  projects: [
    { name: 'dev', use: { tendBuild: 'dev' } },
    { name: 'packaged', testMatch: ['packaged-app.spec.ts', 'languages.spec.ts'], use: { tendBuild: 'packaged' } },
  ],
});
