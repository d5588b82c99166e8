/** App-wide guards: no navigation away, no new windows, no webviews, no permission grants. */
import type { App, Session } from 'electron';

/**
 * Denies navigation, redirects, window.open and webview attachment for every web contents. The renderer
 * routes by hash (which does not navigate) and main loads pages itself, so no page ever needs to navigate.
 */
export function hardenWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

/** Refuses every permission request and check (camera, notifications, clipboard…) from page content. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
