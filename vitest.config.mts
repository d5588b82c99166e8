import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

// Every test has an explicit budget, sized for a busy 2-core machine: none leans on Vitest's 5 s default.
// Tests that need more (the soak, the property runs) say so themselves.
const budget = { testTimeout: 30_000, hookTimeout: 30_000 } as const;

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'], ...budget },
      },
      {
        // scripts/ (Electron fetching, the lockfile) and bench/'s pure helpers: real temporary folders and
        // child processes.
        test: { name: 'scripts', environment: 'node', include: ['tests/scripts/**/*.test.ts', 'tests/bench/**/*.test.ts'], ...budget },
      },
      {
        resolve: { alias: { electron: resolve(root, 'tests/fake-electron/index.ts') } },
        test: {
          name: 'main',
          environment: 'node',
          ...budget,
          include: ['tests/main/**/*.test.ts', 'tests/fake-electron/**/*.test.ts'],
          // electron-store imports 'electron' itself: inline it so it gets the fake too.
          server: { deps: { inline: ['electron-store', 'electron-log'] } },
          // The 30-day soak (tests/main/reliability/soak.test.ts) measures the heap after full collections.
          execArgv: ['--expose-gc'],
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'renderer',
          environment: 'jsdom',
          ...budget,
          // jsdom set up once per worker, not once per test file: building it was half the project's time.
          pool: 'vmThreads',
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
