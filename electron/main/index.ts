/** Electron entry point: only wiring. */
import { join } from 'node:path';
import { startTend } from './start-tend.ts';

startTend({ buildDir: join(__dirname, '..') });
