/** Electron entry point: only wiring. */
import { app } from 'electron';
import { join } from 'node:path';
import { startTend, type TendRuntime } from './app/start-tend.ts';

// The Playwright `_electron` specs read the running app through these handles (tests/e2e/electron).
// Only in an unpackaged build started with TEND_E2E=1; pages cannot reach main's globals in any case.
const exposeForTests = process.env['TEND_E2E'] === '1' && !app.isPackaged;

startTend({
  buildDir: join(__dirname, '..'),
  ...(exposeForTests ? { onReady: (runtime: TendRuntime) => Reflect.set(globalThis, '__tend', runtime) } : {}),
});
