/**
 * Vitest config for the bench harnesses (bench/metrics/*-harness.vitest.ts): the real main code against
 * the fake electron with fake time, as in tests/main, in a process started with --expose-gc so heap
 * figures are taken after full collections. TEND_BENCH_HARNESS names the one harness file to run.
 */
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = resolve(import.meta.dirname, '../..');
const harness = process.env['TEND_BENCH_HARNESS'];
if (!harness) throw new Error('TEND_BENCH_HARNESS names the harness file to run');

export default defineConfig({
  root,
  resolve: { alias: { electron: resolve(root, 'tests/fake-electron/index.ts') } },
  test: {
    environment: 'node',
    include: [harness],
    reporters: ['dot'],
    // electron-store imports 'electron' itself: inline it so it gets the fake too.
    server: { deps: { inline: ['electron-store', 'electron-log'] } },
    execArgv: ['--expose-gc'],
    testTimeout: 300_000,
  },
});
