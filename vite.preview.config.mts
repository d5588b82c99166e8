import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { devCspPlugin } from './scripts/vite-dev-csp.mts';
import { localeMessagesPlugin } from './scripts/vite-locale-messages.mts';

/** The renderer in a normal browser, with the in-page demo bridge (npm run preview). */
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer/preview'),
  base: './',
  plugins: [react(), devCspPlugin(), localeMessagesPlugin()],
  server: { port: 5174, strictPort: false, fs: { allow: [resolve(import.meta.dirname)] } },
  preview: { port: 4173, strictPort: true },
  build: {
    outDir: resolve(import.meta.dirname, 'out/preview'),
    emptyOutDir: true,
    target: 'es2023',
  },
});
