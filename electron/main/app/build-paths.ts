/** Where the built preload, renderer and resources live, relative to the build output folder. */
import { join } from 'node:path';

export interface BuildPaths {
  preload: string;
  /** The built renderer folder, served by Tend's scheme (renderer-scheme/). */
  rendererDir: string;
  resources: string;
  /** Set by electron-vite's dev server; when present, pages load from it instead of Tend's scheme. */
  devServerUrl: string | undefined;
}

/** Paths for a build whose output folder is `buildDir` (out/ in the repo and inside app.asar). */
export function buildPaths(buildDir: string, env: NodeJS.ProcessEnv = process.env): BuildPaths {
  return {
    preload: join(buildDir, 'preload', 'index.cjs'),
    rendererDir: join(buildDir, 'renderer'),
    resources: join(buildDir, '..', 'resources'),
    devServerUrl: env['ELECTRON_RENDERER_URL'],
  };
}
