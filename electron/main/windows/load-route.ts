/** Loads one renderer route (#/break, #/grounding, …) into a window, from the dev server or Tend's scheme. */
import type { BrowserWindow } from 'electron';
import { RENDERER_ORIGIN } from '../../core/app-identity.ts';
import { BREAK_PAGE_NAME } from '../../core/first-paint.ts';
import type { WindowRole } from '../../core/window-roles.ts';
import { mainLocale } from '../app/app-language.ts';
import type { BuildPaths } from '../app/build-paths.ts';

/** The one page of the renderer bundle, on Tend's own origin. */
const RENDERER_PAGE = `${RENDERER_ORIGIN}/index.html`;

/**
 * The page a window of `role` loads: the renderer page, or for the break window the same page served
 * with its first view inside (break.html, first-view-page.ts), so the offer paints without a round trip.
 */
export function rendererPageFor(role: WindowRole): string {
  return role === 'break' ? `${RENDERER_ORIGIN}/${BREAK_PAGE_NAME}` : RENDERER_PAGE;
}

/** The address of `route`: Tend's scheme, or the dev server in development. Never file:// (PLATFORMS.md). */
function routeUrl(paths: BuildPaths, route: WindowRole): string {
  // The development server's page cannot be served in Tend's language (pageInLanguage): it is asked for.
  if (paths.devServerUrl) return `${paths.devServerUrl}?lang=${mainLocale()}#/${route}`;
  return `${rendererPageFor(route)}#/${route}`;
}

/** Loads `route` of the single renderer bundle into `win`. */
export function loadRoute(win: BrowserWindow, paths: BuildPaths, route: WindowRole): Promise<void> {
  return win.loadURL(routeUrl(paths, route));
}
