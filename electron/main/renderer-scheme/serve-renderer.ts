/**
 * The handler behind Tend's scheme (`protocol.handle`): serves files of the renderer folder only, with
 * their MIME type and the page CSP as headers, and answers 404 (and logs why, escaped) for anything else.
 * It takes a web Request and returns a web Response, so tests run it in Node as Electron runs it in main.
 * In a packaged app the folder is inside app.asar; Electron's fs reads (and realpath) work there
 * (electron/electron lib/node/asar-fs-wrapper.ts wraps readFile, stat and promises.realpath).
 */
import { promises as nodeFs } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { RENDERER_CSP } from '../../core/content-security-policy.ts';
import { requestPath } from './request-path.ts';

/** The types Tend's build emits; any other file is not served. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** The file-system calls the handler makes (Node's by default). */
interface RendererFs {
  realpath(path: string): Promise<string>;
  stat(path: string): Promise<{ isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array<ArrayBuffer>>;
}

interface RendererHandlerOptions {
  /** The built renderer folder (out/renderer, inside app.asar when packaged). */
  root: string;
  warn: (message: string) => void;
  fs?: RendererFs;
}

/** Headers every answer carries, whatever its status. */
const commonHeaders = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' } as const;

/** Makes the `protocol.handle` handler for Tend's pages. */
export function createRendererHandler(options: RendererHandlerOptions): (request: Request) => Promise<Response> {
  const fs = options.fs ?? nodeFs;
  let realRoot: Promise<string> | null = null;

  const notFound = (url: string, reason: string): Response => {
    // The address comes from a page: bounded and escaped, so it can never forge a log line.
    options.warn(`renderer scheme: 404 for ${JSON.stringify(url.slice(0, 200))} (${reason})`);
    // No body: Chromium then fails the load (ERR_HTTP_RESPONSE_CODE_FAILURE) instead of showing a page
    // of text, so a window whose page is missing is closed by its fault path, never left blank.
    return new Response(null, { status: 404, headers: commonHeaders });
  };

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return notFound(request.url, `method ${request.method}`);
    const path = requestPath(request.url);
    if (!path.ok) return notFound(request.url, path.reason);
    const type = MIME_TYPES[extname(path.segments.at(-1) ?? '').toLowerCase()];
    if (type === undefined) return notFound(request.url, 'file type not served');
    try {
      realRoot ??= fs.realpath(options.root);
      const root = await realRoot;
      // A link inside the folder must not lead out of it.
      const file = await fs.realpath(join(root, ...path.segments));
      if (!file.startsWith(root + sep)) return notFound(request.url, 'leaves the renderer folder');
      if (!(await fs.stat(file)).isFile()) return notFound(request.url, 'not a file');
      const body = request.method === 'HEAD' ? null : await fs.readFile(file);
      return new Response(body, {
        status: 200,
        headers: { ...commonHeaders, 'Content-Type': type, 'Content-Security-Policy': RENDERER_CSP },
      });
    } catch (error) {
      realRoot = null;
      const code = (error as { code?: unknown }).code;
      return notFound(request.url, typeof code === 'string' ? code : 'unreadable');
    }
  };
}
