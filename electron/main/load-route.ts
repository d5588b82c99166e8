/** Loads one renderer route (#/break, #/grounding, …) into a window, from the dev server or the file. */
import type { BrowserWindow } from 'electron';
import type { BuildPaths } from './build-paths.ts';

export type RendererRoute = 'break' | 'grounding' | 'settings' | 'welcome';

/** Loads `route` of the single renderer bundle into `win`. */
export function loadRoute(win: BrowserWindow, paths: BuildPaths, route: RendererRoute): Promise<void> {
  if (paths.devServerUrl) return win.loadURL(`${paths.devServerUrl}#/${route}`);
  return win.loadFile(paths.rendererHtml, { hash: `/${route}` });
}
