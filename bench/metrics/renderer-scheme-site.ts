/**
 * Tend's pages loaded as the app loads them, for the renderer benchmarks: a local HTTP server hands every
 * request to Tend's own scheme handler (createRendererHandler, the one main gives protocol.handle) as a
 * tend://app/… request and sends back its answer, so the page gets the bytes and headers (CSP included)
 * the packaged app would, and break.html carries its first view: the offer paints with no IPC round trip.
 * Chromium cannot load tend:// itself. A server rather than Playwright's request routing: like Electron's
 * handler it answers outside the renderer, without each body crossing the DevTools pipe, which under
 * load delayed the stylesheet behind the scripts. The reference page and the browser preview come
 * through the same server and handler code, each from its own folder, so a ratio compares pages.
 */
import type { Browser } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { RENDERER_ORIGIN } from '../../electron/core/app-identity.ts';
import type { BreakView } from '../../electron/core/ipc-contract.ts';
import { createRendererHandler } from '../../electron/main/renderer-scheme/serve-renderer.ts';
import { launchChromium } from './renderer-preview.ts';

const out = resolve(import.meta.dirname, '../../out');

/** The floor for any page: static HTML, one line of text, no stylesheet and no script. */
const referencePage =
  '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Tend</title></head><body><h1>A little pause?</h1></body></html>';

/** A folder served under a path prefix. */
interface Mount {
  prefix: string;
  handler: (request: Request) => Promise<Response>;
  /** The preview reads its options from the page's query; Tend's scheme refuses queries, so none is passed on. */
  dropQuery?: boolean;
}

/** The pages a site serves, as full addresses. */
export interface SchemeSite {
  /** The break window's page, with the site's first view inside. */
  breakPage: string;
  /** The one-line reference page. */
  reference: string;
  /** The browser preview's page; add its query and route (`?seed=1#/break`). */
  preview: string;
  /** Throws with the handlers' log lines, if any (a 404, a missing markup table): the figures are not the app's. */
  check(): void;
  close(): Promise<void>;
}

/** Serves out/renderer (break.html showing `firstView`), out/preview under /preview/ and the reference page. */
export async function schemeSite(firstView: BreakView | null = null): Promise<SchemeSite> {
  for (const build of ['renderer', 'preview'])
    if (!existsSync(join(out, build, 'index.html'))) throw new Error(`No out/${build}/index.html: run \`npm run build:all\` first`);
  const warnings: string[] = [];
  const warn = (line: string): void => void warnings.push(line);
  const referenceDir = mkdtempSync(join(tmpdir(), 'tend-bench-reference-'));
  writeFileSync(join(referenceDir, 'reference.html'), referencePage);
  // One handler per folder for the whole run, as main keeps one for the app's life.
  const app: Mount = { prefix: '/', handler: createRendererHandler({ root: join(out, 'renderer'), warn, firstView: () => firstView }) };
  const mounts: Mount[] = [
    { prefix: '/reference/', handler: createRendererHandler({ root: referenceDir, warn }) },
    { prefix: '/preview/', handler: createRendererHandler({ root: join(out, 'preview'), warn }), dropQuery: true },
    app,
  ];
  const server = createServer((req, res) => {
    const asked = new URL(req.url ?? '/', 'http://localhost');
    // Headless Chromium asks a web origin for its icon; Electron never asks Tend's scheme.
    if (asked.pathname === '/favicon.ico') return void res.writeHead(404).end();
    const { prefix, handler, dropQuery } = mounts.find((m) => asked.pathname.startsWith(m.prefix)) ?? app;
    const address = `${RENDERER_ORIGIN}/${asked.pathname.slice(prefix.length)}${dropQuery ? '' : asked.search}`;
    void handler(new Request(address, { method: req.method ?? 'GET' }))
      .then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(Buffer.from(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        warnings.push(`bench server: ${String(error)}`);
        res.writeHead(500).end();
      });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  // 127.0.0.1 is a secure context, as tend:// is (registered secure in register-scheme.ts).
  const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return {
    breakPage: `${base}/break.html#/break`,
    reference: `${base}/reference/reference.html`,
    preview: `${base}/preview/index.html`,
    check: () => {
      if (warnings.length) throw new Error(`renderer scheme handler: ${warnings.join('; ')} (was out/ rebuilt meanwhile?)`);
    },
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      rmSync(referenceDir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `measure` with a scheme site showing `firstView` and a fresh Chromium, then closes both; when it
 * fails, a handler's reason (a 404, a missing markup table) is thrown rather than the browser's symptom.
 */
export async function onSchemeSite<T>(
  firstView: BreakView | null,
  measure: (site: SchemeSite, browser: Browser) => Promise<T>,
): Promise<T> {
  const site = await schemeSite(firstView);
  const browser = await launchChromium();
  try {
    const result = await measure(site, browser);
    site.check();
    return result;
  } catch (error) {
    site.check();
    throw error;
  } finally {
    await browser.close();
    await site.close();
  }
}

/**
 * The preload's bridge reduced to a stand-in: every invoke answers ok with null at once, as main would
 * for what the offer asks after hydrating. It logs channels to window.tendBench, so a benchmark can
 * see that the page hydrated (it subscribed to break:view) and never asked break:current.
 */
export const standInBridge = `(() => {
  const log = [];
  window.tendBench = { log };
  window.tend = {
    invoke: (channel) => {
      log.push('invoke ' + channel);
      // The breath bench waits on this call rather than polling the page (see renderer-breath-script.ts).
      if (channel === 'break:done' && typeof window.tendBenchDone === 'function') window.tendBenchDone();
      return Promise.resolve({ ok: true, value: null });
    },
    on: (channel) => { log.push('on ' + channel); return () => {}; },
  };
})();`;
