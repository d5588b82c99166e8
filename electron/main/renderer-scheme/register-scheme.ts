/**
 * Tend's pages come from its own privileged scheme, never file:// (Electron security checklist, "Use a
 * custom protocol instead of file://"). With the grantFileProtocolExtraPrivileges fuse off, a file://
 * page has an opaque origin and Chromium refuses Vite's module scripts and crossorigin stylesheet, so the
 * packaged windows would stay blank (docs/tutorial/fuses.md; PLATFORMS.md, "Loading the pages").
 */
import type { Protocol } from 'electron';
import { RENDERER_SCHEME } from '../../core/app-identity.ts';

/**
 * Declares the scheme's privileges. Electron accepts this only before the app is ready
 * (docs/api/protocol.md, registerSchemesAsPrivileged), so startTend calls it first of all.
 * standard: a real origin (tend://app) for same-origin module scripts, storage and relative URLs;
 * secure: a secure context like https; supportFetchAPI: module scripts and fetch() may load from it.
 * Not corsEnabled: that would let other origins read Tend's files (electron/electron#52908,
 * shell/browser/net/electron_url_loader_factory.cc), and Tend's pages never load cross-origin.
 */
export function registerRendererScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: RENDERER_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the scheme with `handler` (after ready: protocol.handle needs the default session). */
export function serveRendererScheme(
  protocol: Pick<Protocol, 'handle'>,
  handler: (request: Request) => Promise<Response>,
): void {
  protocol.handle(RENDERER_SCHEME, handler);
}
