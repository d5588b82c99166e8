/**
 * Derives, from Electron's own typings (node_modules/electron/electron.d.ts), where each Electron API
 * that Tend uses exists: the `@platform` tag of its JSDoc, and what the JSDoc says about Wayland, Linux,
 * Windows and macOS. The fake electron module (tests/fake-electron) obeys the result per platform
 * profile; tests/fake-electron/platform-table.test.ts re-derives it so an Electron upgrade, or a new
 * Electron API in Tend's code, cannot drift away from the checked-in table unnoticed.
 *
 * Which APIs: scripts/electron-api-list.mts (Tend's own calls, found by the TypeScript checker, plus
 * what the fake models).
 *
 * Usage: `node scripts/electron-platform-table.mts` prints what differs; `--write` rewrites
 * tests/fake-electron/platform-table.ts.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import ts from 'typescript';
import { MODELLED_APIS, paths, scanTendElectronApis } from './electron-api-list.mts';

export { MODELLED_APIS, paths, scanTendElectronApis } from './electron-api-list.mts';

type Platform = 'darwin' | 'linux' | 'win32';

/** One API: where it exists and what its documentation says about platforms. */
export interface PlatformTableEntry {
  /** The `@platform` tag, sorted; null when the typings give none (it exists everywhere). */
  platforms: Platform[] | null;
  /** The typings say "Not supported on Wayland" (or "Not currently supported on Wayland"). */
  waylandUnsupported: boolean;
  /** Every paragraph of its JSDoc that names Wayland, Linux, Windows or macOS, whitespace collapsed. */
  notes: string[];
}

/** The command that rewrites the checked-in table. */
export const regenerateCommand = 'node scripts/electron-platform-table.mts --write';

function electronNamespace(file: ts.SourceFile): ts.ModuleBlock {
  for (const statement of file.statements) {
    if (ts.isModuleDeclaration(statement) && statement.name.text === 'Electron' && statement.body && ts.isModuleBlock(statement.body)) return statement.body;
  }
  throw new Error('electron.d.ts has no `declare namespace Electron`');
}

function typeDeclarations(block: ts.ModuleBlock, name: string): (ts.ClassDeclaration | ts.InterfaceDeclaration)[] {
  return block.statements.filter((s): s is ts.ClassDeclaration | ts.InterfaceDeclaration => (ts.isClassDeclaration(s) || ts.isInterfaceDeclaration(s)) && s.name?.text === name);
}

function memberMatches(member: ts.ClassElement | ts.TypeElement, name: string, event: string | null): boolean {
  if (name === 'constructor') return ts.isConstructorDeclaration(member) || ts.isConstructSignatureDeclaration(member);
  if (!member.name || !ts.isIdentifier(member.name) || member.name.text !== name) return false;
  if (event === null) return true;
  if (!(ts.isMethodDeclaration(member) || ts.isMethodSignature(member))) return false;
  const type = member.parameters[0]?.type;
  return type !== undefined && ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal) && type.literal.text === event;
}

/** The declarations of `key` in the Electron namespace, looking through `extends` where the type does not re-declare it. */
function findMember(block: ts.ModuleBlock, owner: string, name: string, event: string | null, seen = new Set<string>()): ts.Node[] {
  if (seen.has(owner)) return [];
  seen.add(owner);
  const decls = typeDeclarations(block, owner);
  const own = decls.flatMap((d) => [...(d.members as ts.NodeArray<ts.ClassElement | ts.TypeElement>)].filter((m) => memberMatches(m, name, event)));
  if (own.length > 0) return own;
  const bases = decls.flatMap((d) => d.heritageClauses?.flatMap((h) => h.types.map((t) => t.expression.getText())) ?? []);
  return bases.flatMap((base) => findMember(block, base, name, event, seen));
}

function entryOf(nodes: ts.Node[]): PlatformTableEntry {
  const platforms = new Set<Platform>();
  let everywhere = false;
  const notes: string[] = [];
  for (const node of nodes) {
    const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'platform');
    const values = (ts.getTextOfJSDocComment(tag?.comment) ?? '').split(',').map((p) => p.trim()).filter(Boolean);
    if (values.length === 0) everywhere = true;
    for (const value of values) platforms.add(value as Platform);
    for (const doc of ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc)) {
      for (const paragraph of (ts.getTextOfJSDocComment(doc.comment) ?? '').split(/\n\s*\n/)) {
        const text = paragraph.replace(/\s+/g, ' ').trim();
        if (/\b(Wayland|Linux|Windows|macOS)\b/.test(text) && !notes.includes(text)) notes.push(text);
      }
    }
  }
  return {
    platforms: everywhere ? null : [...platforms].sort(),
    waylandUnsupported: notes.some((n) => /not (currently )?supported on Wayland/i.test(n)),
    notes,
  };
}

/** The table for `keys` from the typings at `typingsPath`; `unknown` lists keys the typings do not declare. */
function derivePlatformTable(keys: readonly string[], typingsPath = paths.typings): { table: Record<string, PlatformTableEntry>; unknown: string[] } {
  const file = ts.createSourceFile(typingsPath, readFileSync(typingsPath, 'utf8'), ts.ScriptTarget.Latest, true);
  const block = electronNamespace(file);
  const table: Record<string, PlatformTableEntry> = {};
  const unknown: string[] = [];
  for (const key of [...new Set(keys)].sort()) {
    const [, owner, member, event] = /^(\w+)\.(\w+)(?:\('([^']+)'\))?$/.exec(key) ?? [];
    const nodes = owner && member ? findMember(block, owner, member, event ?? null) : [];
    if (nodes.length === 0) unknown.push(key);
    else table[key] = entryOf(nodes);
  }
  return { table, unknown };
}

/** The installed Electron's version (the table names it, so an upgrade shows up in the diff). */
function electronVersion(): string {
  return (JSON.parse(readFileSync(paths.electronPackage, 'utf8')) as { version: string }).version;
}

/** Scans Tend, adds MODELLED_APIS and derives the table from the installed typings. */
export function currentPlatformTable(): { version: string; tendApis: string[]; table: Record<string, PlatformTableEntry>; unknown: string[] } {
  const tendApis = scanTendElectronApis();
  return { version: electronVersion(), tendApis, ...derivePlatformTable([...tendApis, ...MODELLED_APIS]) };
}

/** The text of tests/fake-electron/platform-table.ts for `table`. */
function renderPlatformTable(version: string, table: Record<string, PlatformTableEntry>): string {
  const rows = Object.entries(table).map(([key, entry]) => `  ${JSON.stringify(key)}: ${JSON.stringify(entry)},`);
  return [
    '/**',
    ` * GENERATED from node_modules/electron/electron.d.ts (Electron ${version}) by scripts/electron-platform-table.mts.`,
    ` * Do not edit: run \`${regenerateCommand}\`. For each Electron API Tend uses or the fake models: its`,
    ' * `@platform` tag (null: every platform), whether the typings say it is not supported on Wayland, and the',
    ' * JSDoc paragraphs naming Wayland, Linux, Windows or macOS. platform-table.test.ts re-derives it.',
    ' */',
    '',
    "export type TablePlatform = 'darwin' | 'linux' | 'win32';",
    '',
    '/** Where one API exists, per its typings. */',
    'export interface PlatformTableEntry {',
    '  readonly platforms: readonly TablePlatform[] | null;',
    '  readonly waylandUnsupported: boolean;',
    '  readonly notes: readonly string[];',
    '}',
    '',
    `export const electronVersion = ${JSON.stringify(version)};`,
    '',
    'export const platformTable = {',
    ...rows,
    '} as const satisfies Record<string, PlatformTableEntry>;',
    '',
    '/** An API the table knows. */',
    'export type PlatformApi = keyof typeof platformTable;',
    '',
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { version, table, unknown } = currentPlatformTable();
  if (unknown.length > 0) {
    console.error(`Not declared in electron.d.ts (typo, or removed in Electron ${version}):\n  ${unknown.join('\n  ')}`);
    process.exit(1);
  }
  const text = renderPlatformTable(version, table);
  const current = existsSync(paths.table) ? readFileSync(paths.table, 'utf8') : '';
  if (process.argv.includes('--write')) {
    writeFileSync(paths.table, text);
    console.log(`${relative(process.cwd(), paths.table)}: ${Object.keys(table).length} APIs, Electron ${version}`);
  } else {
    console.log(current === text ? 'The platform table is up to date.' : `The platform table differs: run \`${regenerateCommand}\`.`);
    if (current !== text) process.exitCode = 1;
  }
}
