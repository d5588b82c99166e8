/**
 * Serves the built renderer (out/renderer) to Chromium through the very handler Tend's scheme uses in
 * main (createRendererHandler), so the page gets exactly the bytes and headers, CSP included, that the
 * packaged app would. Chromium cannot load tend:// itself, so page requests to a stand-in origin are
 * handed to the handler as tend://app/… requests. The page gets the preview's demo bridge as window.tend
 * (the same contract the preload exposes), bundled from its sources and injected before the page runs.
 */
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { resolve } from 'node:path';
import { RENDERER_ORIGIN } from '../../../electron/core/app-identity.ts';
import type { BreakView } from '../../../electron/core/ipc-contract.ts';
import type { LocaleCode } from '../../../electron/core/i18n/locales.ts';
import { createRendererHandler } from '../../../electron/main/renderer-scheme/serve-renderer.ts';

export const root = resolve(import.meta.dirname, '../../..');
export const rendererDir = resolve(root, 'out/renderer');
/** Where the page believes it is: a secure-context origin no server listens on; every request is routed. */
export const STAND_IN = 'http://localhost:4999';

let bridgeSource: Promise<string> | null = null;

/** The demo bridge as one classic script, built once per worker. */
function demoBridge(): Promise<string> {
  bridgeSource ??= build({
    // The bridge checks requests with zod, which must run jitless under the page's CSP, as main.tsx makes it.
    stdin: {
      contents: "import './renderer/src/zod-jitless.ts'; import './renderer/preview/install-demo-bridge.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2023',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeSource;
}

/**
 * Routes `page`'s requests through Tend's scheme handler and installs the bridge; returns the handler's
 * log lines. `firstView` is what main's break window would show (served inside break.html), in `language`.
 */
export async function serveBuiltRenderer(page: Page, firstView: BreakView | null = null, language: LocaleCode = 'en'): Promise<string[]> {
  const warnings: string[] = [];
  const handler = createRendererHandler({ root: rendererDir, warn: (line) => warnings.push(line), firstView: () => firstView, language: () => language });
  // CSP refusals that a page survives (zod's eval probe, say) show only as these events.
  await page.addInitScript(() => {
    const g = globalThis as unknown as { tendCspReports: string[]; addEventListener: (type: string, listener: (e: { violatedDirective: string; blockedURI: string }) => void) => void };
    g.tendCspReports = [];
    g.addEventListener('securitypolicyviolation', (e) => g.tendCspReports.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.addInitScript({ content: await demoBridge() });
  await page.route(`${STAND_IN}/**`, async (route) => {
    const asked = new URL(route.request().url());
    const response = await handler(new Request(`${RENDERER_ORIGIN}${asked.pathname}${asked.search}`, { method: route.request().method() }));
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  return warnings;
}

/** Collects console errors, page errors and CSP reports from the moment it is called. */
export function watchForErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  return errors;
}

/** The CSP violations the page has reported so far. */
export function cspReports(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { tendCspReports: string[] }).tendCspReports);
}
