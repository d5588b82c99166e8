/**
 * Checks the main bundle as packaged (read out of app.asar): it declares Tend's scheme as privileged
 * synchronously at load, before the app is ready (Electron accepts it only then: docs/api/protocol.md),
 * and no window loads a file:// page. The bundle runs under Node with a recording stand-in for
 * `electron` whose app never becomes ready, so only what happens before ready is seen.
 */
import { createRequire } from 'node:module';
import { RENDERER_SCHEME } from '../electron/core/app-identity.ts';

type Call = { path: string; args: unknown[] };

/** A stand-in module: every property is a callable recorder; a few calls answer as Electron does. */
function recordingElectron(calls: Call[]): unknown {
  const answers: Record<string, (...args: unknown[]) => unknown> = {
    'app.whenReady': () => new Promise(() => {}),
    'app.requestSingleInstanceLock': () => true,
    'app.isReady': () => false,
  };
  const make = (path: string): unknown =>
    new Proxy(function stub() {}, {
      get: (_target, key) => (key === 'then' || typeof key === 'symbol' ? undefined : make(`${path}.${key}`)),
      apply: (_target, _this, args: unknown[]) => {
        calls.push({ path, args });
        return answers[path]?.(...args) ?? make(`${path}()`);
      },
      construct: (_target, args: unknown[]) => {
        calls.push({ path: `new ${path}`, args });
        return make(`new ${path}`) as object;
      },
    });
  // Own properties, as a bundler's CJS interop copies them (rolldown's __toESM uses getOwnPropertyNames).
  return Object.fromEntries(electronModules.map((name) => [name, make(name)]));
}

/** Electron's main-process modules (electron.d.ts, namespace Electron.Main). */
const electronModules = [
  'app', 'autoUpdater', 'BaseWindow', 'BrowserWindow', 'clipboard', 'contentTracing', 'crashReporter', 'desktopCapturer',
  'dialog', 'globalShortcut', 'inAppPurchase', 'ipcMain', 'Menu', 'MenuItem', 'MessageChannelMain', 'nativeImage',
  'nativeTheme', 'net', 'netLog', 'Notification', 'powerMonitor', 'powerSaveBlocker', 'protocol', 'pushNotifications',
  'safeStorage', 'screen', 'session', 'shell', 'systemPreferences', 'TouchBar', 'Tray', 'utilityProcess', 'webContents',
  'webFrameMain', 'WebContentsView', 'View',
];

/** Problems found in the main bundle at `bundlePath` (empty when all is well). */
export function checkPackagedMain(bundlePath: string, bundleText: string): string[] {
  const problems: string[] = [];
  if (/\.loadFile\s*\(/.test(bundleText)) problems.push('a window still calls loadFile (a file:// page is blank with the file-privileges fuse off)');
  if (!bundleText.includes(`${RENDERER_SCHEME}://`)) problems.push(`the bundle never names the ${RENDERER_SCHEME}:// scheme`);

  const calls: Call[] = [];
  const require = createRequire(bundlePath);
  const Module = require('node:module') as { _load: (request: string, ...rest: unknown[]) => unknown };
  const load = Module._load;
  const stand = recordingElectron(calls);
  Module._load = (request, ...rest) => (request === 'electron' ? stand : load(request, ...rest));
  const argv = process.argv;
  try {
    process.argv = [process.execPath];
    require(bundlePath);
  } catch (error) {
    problems.push(`the main bundle threw while loading: ${String(error)}`);
  } finally {
    Module._load = load;
    process.argv = argv;
  }
  const declared = calls.find((c) => c.path === 'protocol.registerSchemesAsPrivileged');
  const schemes = (declared?.args[0] ?? []) as { scheme?: string; privileges?: Record<string, boolean> }[];
  const ours = schemes.find((s) => s.scheme === RENDERER_SCHEME);
  if (!ours) problems.push(`the ${RENDERER_SCHEME} scheme is not declared privileged before the app is ready`);
  else if (!ours.privileges?.['standard'] || !ours.privileges['secure'] || !ours.privileges['supportFetchAPI']) {
    problems.push(`the ${RENDERER_SCHEME} scheme lacks standard, secure or supportFetchAPI`);
  } else if (ours.privileges['corsEnabled']) problems.push(`the ${RENDERER_SCHEME} scheme is corsEnabled (other origins could read it)`);
  const handledEarly = calls.some((c) => c.path === 'protocol.handle');
  if (handledEarly) problems.push('protocol.handle is called before ready (it needs the default session)');
  return problems;
}
