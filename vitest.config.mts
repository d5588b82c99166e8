import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

const root = import.meta.dirname;

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: { name: 'core', environment: 'node', include: ['tests/core/**/*.test.ts'] },
      },
      {
        // scripts/ (Electron fetching, the lockfile): real temporary folders and child processes.
        test: { name: 'scripts', environment: 'node', include: ['tests/scripts/**/*.test.ts'] },
      },
      {
        resolve: { alias: { electron: resolve(root, 'tests/fake-electron/index.ts') } },
        test: {
          name: 'main',
          environment: 'node',
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
          include: ['tests/renderer/**/*.test.tsx', 'tests/renderer/**/*.test.ts'],
          setupFiles: ['tests/renderer/setup.ts'],
        },
      },
    ],
  },
});
