/**
 * The handler behind Tend's scheme (`protocol.handle`): serves files of the renderer folder only, with
 * their MIME type and the page CSP as headers, and answers 404 (and logs why, escaped) for anything else.
 * It takes a web Request and returns a web Response, so tests run it in Node as Electron runs it in main.
 * The break window's page (break.html) is the renderer page with the window's first view inside
 * (first-view-page.ts) and its stylesheet inline (inline-stylesheet.ts), so the offer paints before any
 * script runs and without waiting for a second file.
 * In a packaged app the folder is inside app.asar; Electron's fs reads (and realpath) work there
 * (electron/electron lib/node/asar-fs-wrapper.ts wraps readFile, stat and promises.realpath).
 */
import { promises as nodeFs } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { RENDERER_CSP } from '../../core/content-security-policy.ts';
import { BREAK_PAGE_NAME, offerMarkupFile } from '../../core/first-paint.ts';
import type { LocaleCode } from '../../core/i18n/locales.ts';
import type { BreakView } from '../../core/ipc-contract.ts';
import { firstViewPage, offerMarkupsFrom, pageInLanguage, type OfferMarkups } from './first-view-page.ts';
import { inlineStylesheet, stylesheetLink } from './inline-stylesheet.ts';
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
  /** What the break window shows first (asked as its page is served); left out: break.html is the plain page. */
  firstView?: () => BreakView | null;
  /** Tend's language now: every page is served in it (lang and dir on <html>); English when left out. */
  language?: () => LocaleCode;
}

/** Headers every answer carries, whatever its status. */
const commonHeaders = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' } as const;

/** Makes the `protocol.handle` handler for Tend's pages. */
export function createRendererHandler(options: RendererHandlerOptions): (request: Request) => Promise<Response> {
  const fs = options.fs ?? nodeFs;
  let realRoot: Promise<string> | null = null;
  const markups = new Map<LocaleCode, Promise<OfferMarkups | null>>();

  /**
   * The build's offer markups, read once. Without them (a development build) or with a damaged table, the
   * page still carries the view and the offer paints once its script runs: never a blank window.
   */
  const offerMarkups = (root: string, locale: LocaleCode): Promise<OfferMarkups | null> => {
    let table = markups.get(locale);
    if (!table) {
      const file = offerMarkupFile(locale);
      table = fs.readFile(join(root, ...file.split('/'))).then(
        (bytes) => {
          const read = offerMarkupsFrom(new TextDecoder().decode(bytes));
          if (read === null) options.warn(`renderer scheme: ${file} is damaged; the offer paints once its script runs`);
          return read;
        },
        () => {
          options.warn(`renderer scheme: no ${file}; the offer paints once its script runs`);
          return null;
        },
      );
      markups.set(locale, table);
    }
    return table;
  };

  const stylesheets = new Map<string, Promise<string | null>>();
  /** A stylesheet of the build as text, read once; null when it cannot be read (the link then stays). */
  const stylesheet = (root: string, segments: string[]): Promise<string | null> => {
    const path = join(root, ...segments);
    let text = stylesheets.get(path);
    if (!text) {
      text = fs.readFile(path).then(
        (bytes) => new TextDecoder().decode(bytes),
        () => null,
      );
      stylesheets.set(path, text);
    }
    return text;
  };

  /**
   * The break window's page: index.html with the first view inside (first-view-page.ts) and its
   * stylesheet inline (inline-stylesheet.ts), with the policy that allows it; as built otherwise.
   */
  const breakPage = async (root: string, file: string, locale: LocaleCode): Promise<{ body: Uint8Array<ArrayBuffer>; csp: string }> => {
    const page = pageInLanguage(new TextDecoder().decode(await fs.readFile(file)), locale);
    const view = options.firstView?.() ?? null;
    if (view === null) return { body: new TextEncoder().encode(page), csp: RENDERER_CSP };
    const text = firstViewPage(page, view, await offerMarkups(root, locale));
    if (text === null) return { body: new TextEncoder().encode(page), csp: RENDERER_CSP };
    const link = stylesheetLink(text);
    const css = link && (await stylesheet(root, link.segments));
    const inlined = link && css !== null ? inlineStylesheet(text, link, css) : null;
    return inlined
      ? { body: new TextEncoder().encode(inlined.html), csp: inlined.csp }
      : { body: new TextEncoder().encode(text), csp: RENDERER_CSP };
  };

  /** A page of the build in Tend's language (index.html: every window but the break window). */
  const htmlPage = async (file: string, locale: LocaleCode): Promise<Uint8Array<ArrayBuffer>> =>
    new TextEncoder().encode(pageInLanguage(new TextDecoder().decode(await fs.readFile(file)), locale));

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
      // break.html is index.html with the break window's first view inside.
      const isBreakPage = path.segments.length === 1 && path.segments[0] === BREAK_PAGE_NAME;
      const segments = isBreakPage ? ['index.html'] : path.segments;
      // A link inside the folder must not lead out of it.
      const file = await fs.realpath(join(root, ...segments));
      if (!file.startsWith(root + sep)) return notFound(request.url, 'leaves the renderer folder');
      if (!(await fs.stat(file)).isFile()) return notFound(request.url, 'not a file');
      const locale = options.language?.() ?? 'en';
      const served = isBreakPage
        ? await breakPage(root, file, locale)
        : { body: type === MIME_TYPES['.html'] ? await htmlPage(file, locale) : await fs.readFile(file), csp: RENDERER_CSP };
      return new Response(request.method === 'HEAD' ? null : served.body, {
        status: 200,
        headers: { ...commonHeaders, 'Content-Type': type, 'Content-Security-Policy': served.csp },
      });
    } catch (error) {
      realRoot = null;
      const code = (error as { code?: unknown }).code;
      return notFound(request.url, typeof code === 'string' ? code : 'unreadable');
    }
  };
}
