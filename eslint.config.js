// Lint: strict TypeScript, no import cycles, and DESIGN.md's layer rule (core ← main; core ← renderer;
// preload ← contract only; nothing imports main).
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.node.json', 'tsconfig.web.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-useless-path-segments': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './electron/core', from: ['./electron/main', './electron/preload', './renderer', './tests'], message: 'core is pure: it imports nothing from main, preload or renderer.' },
            { target: './renderer', from: ['./electron/main', './electron/preload'], message: 'The renderer reaches main only through window.tend.' },
            { target: './electron/main', from: ['./renderer', './electron/preload'], message: 'main does not import renderer or preload code.' },
            { target: './electron/preload', from: ['./electron/main', './renderer'], message: 'The preload is built from the contract only.' },
            {
              target: './electron/preload',
              from: './electron/core',
              except: ['./ipc-channels.ts', './ipc-contract.ts'],
              message: 'The preload may import only the IPC contract.',
            },
            { target: ['./electron', './renderer'], from: './tests', message: 'Source never imports tests.' },
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
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'scripts/**', 'bench/**', 'tests/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**/*.{ts,tsx}'],
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
