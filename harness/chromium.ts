/** Which Chromium the browser tests drive: Debian's package here, Playwright's own browser elsewhere. */
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * Path to a system Chromium, from TEND_CHROMIUM or the usual Linux locations; undefined to use Playwright's.
 * TEND_CHROMIUM=playwright picks Playwright's own (`npx playwright install chromium`) even where a system
 * one exists, as on hosted CI: GitHub's Ubuntu images link /usr/bin/chromium to a Chromium snapshot
 * (actions/runner-images, images/ubuntu/scripts/build/install-google-chrome.sh).
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['TEND_CHROMIUM'];
  if (fromEnv === 'playwright') return undefined;
  if (fromEnv) return fromEnv;
  return candidates.find((p) => existsSync(p));
}

/** Flags that keep a headless Chromium quiet on a machine with no network. */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-first-run',
  '--disable-quic',
  '--disable-gpu',
];
