/**
 * Vitest config for the main-process bench harness only (bench/metrics/main-harness.vitest.ts): the real
 * main code against the fake electron, with fake time, as in tests/main. Run by main-runtime.ts.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root,
  resolve: { alias: { electron: resolve(root, 'tests/fake-electron/index.ts') } },
  test: {
    environment: 'node',
    include: ['bench/metrics/main-harness.vitest.ts'],
    reporters: ['dot'],
    // electron-store imports 'electron' itself: inline it so it gets the fake too.
    server: { deps: { inline: ['electron-store', 'electron-log'] } },
    testTimeout: 120_000,
  },
});
