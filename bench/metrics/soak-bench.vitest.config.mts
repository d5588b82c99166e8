/**
 * Vitest config for the 30-day soak harness only (bench/metrics/soak-harness.vitest.ts): the real main
 * code against the fake electron with fake time, as in tests/main, in a process started with
 * --expose-gc so the heap can be measured after full collections. Run by soak-metrics.ts.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root,
  resolve: { alias: { electron: resolve(root, 'tests/fake-electron/index.ts') } },
  test: {
    environment: 'node',
    include: ['bench/metrics/soak-harness.vitest.ts'],
    reporters: ['dot'],
    // electron-store imports 'electron' itself: inline it so it gets the fake too.
    server: { deps: { inline: ['electron-store', 'electron-log'] } },
    execArgv: ['--expose-gc'],
    testTimeout: 300_000,
  },
});
