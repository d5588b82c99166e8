import { defineConfig, devices } from '@playwright/test';
import { chromiumExecutable, quietChromiumArgs } from './harness/chromium.ts';

const executablePath = chromiumExecutable();
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [...quietChromiumArgs, ...(asRoot ? ['--no-sandbox'] : [])],
  },
};

/** Browser tests of the renderer preview in real Chromium. Electron specs have their own config. */
export default defineConfig({
  testDir: 'tests/e2e/preview',
  outputDir: 'test-results/preview',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  // Explicit budgets for a busy machine: no assertion leans on Playwright's 5 s default.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: 'http://127.0.0.1:4173',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: chromium,
    },
    {
      name: 'built-app',
      // The built renderer through Tend's scheme handler (out/renderer), not the preview.
      testDir: 'tests/e2e/built',
      use: chromium,
    },
  ],
  webServer: {
    command: 'npx vite preview --config vite.preview.config.mts --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173',
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
