/**
 * Which Electron APIs the platform table covers (scripts/electron-platform-table.mts): every Electron
 * declaration Tend's main and preload code reaches, found with the TypeScript checker (so
 * `win.setFocusable` counts through any variable typed BrowserWindow, and options objects count through
 * their contextual type), plus MODELLED_APIS (what the fake models but Tend reaches through its own
 * types, e.g. powerMonitor events subscribed by name).
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(import.meta.dirname, '..');
/** Where the typings, Tend's code and the checked-in table live. */
export const paths = {
  typings: join(root, 'node_modules', 'electron', 'electron.d.ts'),
  electronPackage: join(root, 'node_modules', 'electron', 'package.json'),
  tendCode: [join(root, 'electron', 'main'), join(root, 'electron', 'preload')],
  table: join(root, 'tests', 'fake-electron', 'platform-table.ts'),
};

/** APIs the fake models that the scan of Tend's code cannot see (reached by event name or not yet called). */
export const MODELLED_APIS: readonly string[] = [
  "PowerMonitor.on('lock-screen')",
  "PowerMonitor.on('unlock-screen')",
  "PowerMonitor.on('suspend')",
  "PowerMonitor.on('resume')",
  "PowerMonitor.on('shutdown')",
  'PowerMonitor.getSystemIdleTime',
  'PowerMonitor.getSystemIdleState',
  'BrowserWindow.show',
  'BrowserWindow.showInactive',
  'BrowserWindow.focus',
  'BrowserWindow.blur',
  'BrowserWindow.isFocused',
  'BrowserWindow.setFocusable',
  'BrowserWindow.isFocusable',
  'BrowserWindow.getBounds',
  'BrowserWindow.setBounds',
  'BrowserWindow.setPosition',
  'BrowserWindow.center',
  'BrowserWindow.moveTop',
  'BrowserWindow.setAlwaysOnTop',
  'BrowserWindow.isAlwaysOnTop',
  'BrowserWindow.setSkipTaskbar',
  'BrowserWindow.loadFile',
  'BrowserWindow.loadURL',
  'BrowserWindowConstructorOptions.x',
  'BrowserWindowConstructorOptions.y',
  'BrowserWindowConstructorOptions.focusable',
  'BrowserWindowConstructorOptions.alwaysOnTop',
  'BrowserWindowConstructorOptions.skipTaskbar',
  'BrowserWindowConstructorOptions.acceptFirstMouse',
  'BrowserWindowConstructorOptions.autoHideMenuBar',
  "WebContents.on('did-finish-load')",
  "WebContents.on('did-fail-load')",
  'Screen.getCursorScreenPoint',
  'App.focus',
  'FocusOptions.steal',
  'App.setAppUserModelId',
  'App.setDesktopName',
  'App.getLoginItemSettings',
  'App.setLoginItemSettings',
  'Menu.setApplicationMenu',
  'Menu.getApplicationMenu',
  'Protocol.registerSchemesAsPrivileged',
  'Protocol.handle',
  'Protocol.unhandle',
  'Protocol.isProtocolHandled',
  'NativeTheme.shouldUseDarkColors',
  'NativeTheme.shouldUseDarkColorsForSystemIntegratedUI',
  'NativeImage.createFromPath',
  'NativeImage.isEmpty',
  'Tray.constructor',
  'Tray.popUpContextMenu',
  "Tray.on('click')",
  'GlobalShortcut.register',
  'GlobalShortcut.isRegistered',
  'Notification.isSupported',
  'Notification.show',
  "Notification.on('show')",
];

const listenerMethods = new Set(['on', 'once', 'off', 'addListener', 'removeListener', 'prependListener']);
// The checker names the declaring type; BrowserWindow re-declares BaseWindow's members, so one name reads best.
const ownerAliases: Record<string, string> = { BaseWindowConstructorOptions: 'BrowserWindowConstructorOptions', BaseWindow: 'BrowserWindow' };

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => join(e.parentPath, e.name));
}

function ownerName(decl: ts.Declaration): string | null {
  const parent = decl.parent;
  if ((ts.isClassDeclaration(parent) || ts.isInterfaceDeclaration(parent)) && parent.name) return ownerAliases[parent.name.text] ?? parent.name.text;
  return null;
}

function electronKeys(symbol: ts.Symbol | undefined, typings: string, member: string, event: string | null): string[] {
  const keys: string[] = [];
  for (const decl of symbol?.declarations ?? []) {
    if (resolve(decl.getSourceFile().fileName) !== typings) continue;
    const owner = ownerName(decl);
    if (owner) keys.push(event === null ? `${owner}.${member}` : `${owner}.on('${event}')`);
  }
  return keys;
}

/** The Electron APIs Tend's main and preload code reaches, as `Owner.member` / `Owner.on('event')` keys. */
export function scanTendElectronApis(dirs: readonly string[] = paths.tendCode, typings = paths.typings): string[] {
  const program = ts.createProgram(dirs.flatMap(tsFiles), {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    types: ['node'],
  });
  const checker = program.getTypeChecker();
  const found = new Set<string>();
  const typingsPath = resolve(typings);
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const member = node.name.text;
      const call = node.parent;
      const first = ts.isCallExpression(call) && call.expression === node ? call.arguments[0] : undefined;
      const event = listenerMethods.has(member) && first && ts.isStringLiteralLike(first) ? first.text : null;
      for (const key of electronKeys(checker.getSymbolAtLocation(node.name), typingsPath, member, event)) found.add(key);
    } else if (ts.isNewExpression(node)) {
      for (const key of electronKeys(checker.getSymbolAtLocation(node.expression), typingsPath, 'constructor', null)) found.add(key.replace(/\.constructor$/, '') + '.constructor');
    } else if (ts.isObjectLiteralExpression(node)) {
      const contextual = checker.getContextualType(node);
      const types = contextual?.isUnion() ? contextual.types : contextual ? [contextual] : [];
      for (const prop of node.properties) {
        if (!(ts.isPropertyAssignment(prop) || ts.isShorthandPropertyAssignment(prop)) || !ts.isIdentifier(prop.name)) continue;
        const name = prop.name.text;
        for (const type of types) for (const key of electronKeys(type.getProperty(name), typingsPath, name, null)) found.add(key);
      }
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) {
    if (dirs.some((dir) => !relative(dir, file.fileName).startsWith('..'))) visit(file);
  }
  return [...found].sort();
}
