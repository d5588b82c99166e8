// Lint: strict TypeScript, no import cycles, and DESIGN.md's layer rule (core ← main; core ← renderer;
// preload ← channel names only; nothing imports main; bench never imports tests).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import tseslint from 'typescript-eslint';

// import-x/no-cycle skips type-only imports (hard-coded, no option), so a circle closed by an
// `import type` went unseen. This rule follows every relative import, type-only and dynamic ones too.
const importsByFile = new Map();
/** The source files `file` imports by relative path (cached per file version). */
function importsOf(file) {
  const version = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
  if (version === undefined) return [];
  const cached = importsByFile.get(file);
  if (cached?.version === version) return cached.targets;
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const targets = importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.') && /\.[cm]?[jt]sx?$/.test(name))
    .map((name) => resolve(dirname(file), name));
  importsByFile.set(file, { version, targets });
  return targets;
}
/** The chain of imports from `start` back to `goal` (breadth first, so the shortest), or null. */
function chainBack(start, goal) {
  const cameFrom = new Map([[start, null]]);
  for (const at of cameFrom.keys()) {
    if (at === goal) {
      const chain = [];
      for (let step = at; step !== null; step = cameFrom.get(step)) chain.unshift(step);
      return chain;
    }
    for (const next of importsOf(at)) if (!cameFrom.has(next)) cameFrom.set(next, at);
  }
  return null;
}
const noImportCycle = {
  meta: { type: 'problem', schema: [], messages: { cycle: 'Import cycle (type-only imports count too): {{chain}}' } },
  create(context) {
    const file = context.physicalFilename;
    const check = (node) => {
      const name = node.source?.value;
      if (typeof name !== 'string' || !name.startsWith('.')) return;
      const chain = chainBack(resolve(dirname(file), name), file);
      if (!chain) return;
      const shown = [file, ...chain].map((f) => relative(import.meta.dirname, f)).join(' → ');
      context.report({ node: node.source, messageId: 'cycle', data: { chain: shown } });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
  },
};

const nodeOnlyModules = ['electron', 'fs', 'path', 'os', 'child_process', 'electron-store', 'electron-log'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'coverage/**', 'playwright-report/**', 'test-results/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX, tend: { rules: { 'no-import-cycle': noImportCycle } } },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'tend/no-import-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './electron/core', from: ['./electron/main', './electron/preload', './renderer', './tests'], message: 'core is pure: it imports nothing from main, preload or renderer.' },
            { target: './renderer', from: ['./electron/main', './electron/preload'], message: 'The renderer reaches main only through window.tend.' },
            { target: './electron/main', from: ['./renderer', './electron/preload'], message: 'main does not import renderer or preload code.' },
            {
              target: './electron/preload',
              from: ['./electron/main', './renderer', './tests', './bench'],
              message: 'The preload is built from the channel names only.',
            },
            {
              target: './electron/preload',
              from: './electron/core',
              except: ['./ipc-channels.ts'],
              message: 'The preload may import only the channel names (ipc-channels.ts): the contract would bring zod into the sandboxed preload.',
            },
            { target: ['./electron', './renderer'], from: ['./tests', './harness'], message: 'Source never imports tests or their harness.' },
            {
              target: './bench',
              from: './tests',
              message: 'bench never imports tests: what both need lives outside tests/.',
            },
          ],
        },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-unnecessary-condition': ['error', { allowConstantLoopConditions: true }],
    },
  },
  {
    files: ['electron/core/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnlyModules.map((name) => ({ name, message: 'core and renderer are pure: no Electron or Node imports.' })),
          patterns: [{ regex: '^(node:|electron/)', message: 'core and renderer are pure: no Electron or Node imports.' }],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Pass platform and environment in as arguments.' },
        { name: 'require', message: 'Use imports.' },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'core takes time as an argument.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'core takes time as an argument.' },
        { selector: "MemberExpression[object.name='Math'][property.name='random']", message: 'core takes randomness as an argument.' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'scripts/**', 'bench/**', 'tests/**', 'harness/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // The fake's shared state names its windows, trays and menus by type while they read that state: a
    // circle of types only, left until the fake keeps those types beside the state.
    files: ['tests/fake-electron/**'],
    rules: { 'tend/no-import-cycle': 'off' },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'harness/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
