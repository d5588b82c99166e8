/**
 * What the renderer benchmarks share: Chromium launched through Playwright the way the browser tests
 * launch it, at the break window's size. Pages come from Tend's scheme handler (renderer-scheme-site.ts).
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumExecutable, quietChromiumArgs } from '../../harness/chromium.ts';

/** Chromium as the browser tests run it (Debian's, or Playwright's where there is none). */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...quietChromiumArgs, ...(asRoot ? ['--no-sandbox'] : [])],
  });
}

/** The break window's size (electron/main/windows/break-window.ts, BREAK_WINDOW_SIZE). */
export const breakWindowViewport = { width: 380, height: 260 };
