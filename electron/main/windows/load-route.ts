/** Loads one renderer route (#/break, #/grounding, …) into a window, from the dev server or Tend's scheme. */
import type { BrowserWindow } from 'electron';
import { RENDERER_ORIGIN } from '../../core/app-identity.ts';
import type { BuildPaths } from '../app/build-paths.ts';

type RendererRoute = 'break' | 'grounding' | 'settings' | 'welcome' | 'home';

/** The one page of the renderer bundle, on Tend's own origin. */
export const RENDERER_PAGE = `${RENDERER_ORIGIN}/index.html`;

/** The address of `route`: Tend's scheme, or the dev server in development. Never file:// (PLATFORMS.md). */
function routeUrl(paths: BuildPaths, route: RendererRoute): string {
  return `${paths.devServerUrl ?? RENDERER_PAGE}#/${route}`;
}

/** Loads `route` of the single renderer bundle into `win`. */
export function loadRoute(win: BrowserWindow, paths: BuildPaths, route: RendererRoute): Promise<void> {
  return win.loadURL(routeUrl(paths, route));
}
