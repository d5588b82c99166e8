/**
 * Loading a page into a window the way Electron reports it: asynchronously, with did-finish-load on
 * success, and did-fail-load plus a rejected load (`ERR_… (code) loading 'url'`, with errno, code and
 * url: lib/browser/api/web-contents.ts `_awaitNextLoad`) when it fails. Custom schemes go through the
 * handler registered with protocol.handle, called with a real web Request.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fakeEvent } from './emitter.ts';
import { fakeState, type LoadFailure } from './state.ts';
import type { FakeResponse, FakeWebContents } from './web-contents.ts';

// Chromium net error codes (net/base/net_error_list.h).
const failed: LoadFailure = { errorCode: -2, errorDescription: 'ERR_FAILED' };
const unexpected: LoadFailure = { errorCode: -9, errorDescription: 'ERR_UNEXPECTED' };
const fileNotFound: LoadFailure = { errorCode: -6, errorDescription: 'ERR_FILE_NOT_FOUND' };
// A main-frame 4xx/5xx answer with an empty body becomes Chromium's error page and a failed load; with
// a body, the body is shown as the page and the load succeeds, as for any web server's 404 page.
const responseCodeFailure: LoadFailure = { errorCode: -379, errorDescription: 'ERR_HTTP_RESPONSE_CODE_FAILURE' };

/** Test helper: the next page load, in any window, fails like this (Chromium's net error). */
export function failNextLoad(failure: LoadFailure = fileNotFound): void {
  fakeState.failNextLoad = failure;
}

class LoadError extends Error {
  constructor(
    readonly errno: number,
    readonly code: string,
    readonly url: string,
  ) {
    super(`${code} (${String(errno)}) loading '${url.slice(0, 2048)}'`);
  }
}

async function viaHandler(url: string, scheme: string): Promise<FakeResponse | LoadFailure> {
  const handler = fakeState.protocolHandlers.get(scheme);
  if (!handler) return failed;
  try {
    // lib/browser/api/protocol.ts: the handler gets a web Request; an invalid answer is ERR_UNEXPECTED,
    // Response.error() is ERR_FAILED, and a handler that throws is ERR_UNEXPECTED.
    const res: unknown = await handler(new Request(url, { method: 'GET' }));
    if (!(res instanceof Response)) return unexpected;
    if (res.type === 'error') return failed;
    const body = await res.text();
    fakeState.protocolResponses.push({ url, status: res.status, type: res.headers.get('content-type'), csp: res.headers.get('content-security-policy') });
    const ok = res.status >= 200 && res.status <= 299;
    if (!ok && body === '') return responseCodeFailure;
    return { status: res.status, headers: res.headers, body };
  } catch {
    return unexpected;
  }
}

async function fetchPage(url: string): Promise<FakeResponse | LoadFailure> {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? '';
  if (fakeState.protocolHandlers.has(scheme)) return viaHandler(url, scheme);
  if (scheme === 'file') return existsSync(fileURLToPath(url.replace(/[?#].*$/, ''))) ? { status: 200, headers: new Headers(), body: '' } : fileNotFound;
  // No network is modelled: a dev server (ELECTRON_RENDERER_URL) always answers.
  if (scheme === 'http' || scheme === 'https' || scheme === 'data' || scheme === 'about') return { status: 200, headers: new Headers(), body: '' };
  // "attempting to load a page with a bad scheme … we reject the promise with a generic failure" (web-contents.ts).
  return failed;
}

/** Loads `url` into `contents`; `onShown` runs once the page could be shown (ready-to-show). */
export function loadPage(contents: FakeWebContents, url: string, onShown: () => void): Promise<void> {
  const load = runLoad(contents, url, onShown);
  const settled = load.then(
    () => undefined,
    () => undefined,
  );
  fakeState.loadsInFlight.add(settled);
  void settled.then(() => fakeState.loadsInFlight.delete(settled));
  return load;
}

async function runLoad(contents: FakeWebContents, url: string, onShown: () => void): Promise<void> {
  const startedAt = Date.now();
  await Promise.resolve();
  const pending = fakeState.failNextLoad;
  fakeState.failNextLoad = null;
  const result = pending ?? (await fetchPage(url));
  if (contents.destroyedAt !== null) {
    // Loads take no time on the test's clock (a scheme handler's file reads take real time, during
    // which fake time may run on): a window destroyed at a later instant had its page already.
    if (contents.destroyedAt !== startedAt) return;
    // Destroyed before the page could load: ERR_FAILED ('destroyed' → stopLoadingListener in web-contents.ts).
    throw new LoadError(failed.errorCode, failed.errorDescription, url);
  }
  if ('errorCode' in result) {
    contents.emit('did-fail-load', fakeEvent(), result.errorCode, result.errorDescription, url, true);
    contents.emit('did-stop-loading');
    throw new LoadError(result.errorCode, result.errorDescription, url);
  }
  contents.response = result;
  contents.emit('did-finish-load');
  onShown();
}
