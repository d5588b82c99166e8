/**
 * What the renderer benchmarks share: a built renderer (out/renderer, the app's; or out/preview, the
 * browser preview) served by a tiny static server, and Chromium launched through Playwright the way the
 * browser tests launch it.
 */
import { chromium, type Browser } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromiumExecutable, quietChromiumArgs } from '../../harness/chromium.ts';

const out = resolve(import.meta.dirname, '../../out');
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves out/<build> (`renderer` or `preview`) on a free local port, plus any `extra` files given by
 * path (e.g. a reference page); `close()` stops it.
 */
export async function serveBuild(
  build: 'renderer' | 'preview',
  extra: Record<string, string> = {},
): Promise<{ url: string; close: () => Promise<void> }> {
  const root = join(out, build);
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`No out/${build}/index.html: run \`npm run build:all\` first`);
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const own = extra[path];
    if (own !== undefined) {
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/plain' }).end(own);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}/`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

/** Chromium as the browser tests run it (Debian's, or Playwright's where there is none). */
export function launchChromium(): Promise<Browser> {
  const executablePath = chromiumExecutable();
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return chromium.launch({
    ...(executablePath ? { executablePath } : {}),
    args: [...quietChromiumArgs, ...(asRoot ? ['--no-sandbox'] : [])],
  });
}

/** The break window's size. */
export const breakWindowViewport = { width: 380, height: 260 };
