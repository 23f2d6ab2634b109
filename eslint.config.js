// Lint, and the import zones of the house style: which folder may import which.
//
//   main/core         pure: no Electron, no Node built-ins, no I/O; imports only itself
//   renderer          the UI: imports main/core and the contract's types, nothing Node-side
//   db, main/{ipc,library,report,web,cli,workers}   Node side, never Electron, in layers, each importing only those below:
//     db                                the library's storage: main/core only
//     main/{library,report,workers}     work on a library: db and each other
//     main/ipc                          the contract and its handlers
//     main/{web,cli}                    the shells and the command line
//   main/electron     the desktop shell: anything but the renderer
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_SIDE = ['main/ipc', 'main/library', 'main/report', 'main/web', 'main/cli', 'main/workers', 'db'];
const ELECTRON_ONLY = {
  paths: [{ name: 'electron', message: 'Only main/electron may import Electron: keep the desktop shell thin.' }],
};
const NO_DRIVER = {
  paths: [
    ...ELECTRON_ONLY.paths,
    { name: 'better-sqlite3', message: 'Only db/ talks to SQLite.' },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'scratch/', 'out/', 'build/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: 'main/core',
              from: ['main/electron', 'renderer', ...NODE_SIDE],
              message: 'main/core is pure: it imports only main/core.',
            },
            {
              target: 'renderer',
              from: 'main',
              except: ['./core', './ipc/contract.ts'],
              message: 'The renderer imports only main/core and the contract (main/ipc/contract.ts).',
            },
            { target: 'renderer', from: 'db', message: 'The renderer reaches the library through the contract, never db/.' },
            { target: NODE_SIDE, from: ['main/electron', 'renderer'], message: 'Node-side code never depends on the desktop shell or the UI.' },
            {
              target: 'db',
              from: ['main/ipc', 'main/library', 'main/report', 'main/workers', 'main/web', 'main/cli'],
              message: 'db/ is the bottom layer of the Node side: it imports only main/core.',
            },
            {
              target: ['main/library', 'main/report', 'main/workers'],
              from: ['main/ipc', 'main/web', 'main/cli'],
              message: 'Work on a library never depends on the contract, the web shell or the CLI above it.',
            },
            { target: 'main/ipc', from: ['main/web', 'main/cli'], message: 'The contract and its handlers never depend on a shell.' },
            { target: 'main/electron', from: 'renderer', message: 'The desktop shell loads the renderer; it never imports it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['main/core/**', 'renderer/src/**'],
    rules: {
      'import-x/no-nodejs-modules': ['error'],
      'no-restricted-imports': ['error', NO_DRIVER],
    },
  },
  {
    files: ['renderer/src/**'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // the data layer keeps what screens read and refreshes it after every write: no screen goes round it
    files: ['renderer/src/**'],
    ignores: ['renderer/src/data/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...NO_DRIVER,
          patterns: [
            {
              group: ['**/data/api'],
              importNames: ['call'],
              message: 'Screens read with useRead, change the library with write, and run actions with perform (data/library.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    files: NODE_SIDE.map((dir) => `${dir}/**`),
    rules: { 'no-restricted-imports': ['error', ELECTRON_ONLY] },
  },
);
