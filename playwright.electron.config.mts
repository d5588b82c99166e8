import { defineConfig } from '@playwright/test';

/** Playwright `_electron` specs of the built app; run by scripts/test-electron.mts, which skips them without Electron. */
export default defineConfig({
  testDir: 'tests/e2e/electron',
  outputDir: 'test-results/electron',
  workers: 1,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  timeout: 60_000,
});
