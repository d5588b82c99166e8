import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { devCspPlugin } from './scripts/vite-dev-csp.mts';
import { localeMessagesPlugin } from './scripts/vite-locale-messages.mts';

// Everything the app runs is bundled (externalizeDeps: false), so the packaged app carries no node_modules.
export default defineConfig({
  main: {
    plugins: [localeMessagesPlugin()],
    build: {
      outDir: 'out/main',
      externalizeDeps: false,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') }, output: { format: 'cjs' } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') }, output: { format: 'cjs' } },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react(), devCspPlugin(), localeMessagesPlugin()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
      sourcemap: false,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
