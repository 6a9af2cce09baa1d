// @ts-check
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layout's dependency rule (README "Layout"): domain ← storage, sync ← queries ← features ← app.
 * A feature never imports another feature; only storage/ imports Dexie; outside storage/ only its
 * public face (storage.ts, errors.ts) is imported, and outside domain/ only domain/index.ts;
 * features never call the storage session (they go through queries/); ui/ and i18n/ know nothing
 * of the domain. These are lint errors, not conventions (tests/tooling/layout-boundaries.test.ts).
 */
const FRAMEWORKS = [
  'react',
  'react-dom',
  'react-dom/*',
  'react-*',
  '@tanstack/*',
  'i18next',
  'i18next-*',
  'dexie',
  'dexie-*',
  'msw',
  'msw/*',
];

/** @param {string[]} names @param {string} why */
const banPackages = (names, why) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: names, message: why }] }],
});

const DEXIE_OUTSIDE_STORAGE = {
  group: ['dexie', 'dexie-*'],
  message: 'Only src/storage/ imports Dexie: go through a repository.',
};

/** The storage session's functions: features reach them only through src/queries/. */
const STORAGE_SESSION = [
  'openStorage',
  'closeStorage',
  'getVaultState',
  'getVaultCreatedAt',
  'createVault',
  'unlock',
  'confirmPassphrase',
  'getUnlockRetryAt',
  'unlockWithKey',
  'lock',
  'changePassphrase',
  'getRepositories',
  'getSettings',
  'subscribeToStorage',
  'eraseDevice',
  'requestPersistence',
  'exportBackup',
  'compareBackup',
  'applyBackup',
  'exportCaseData',
  'acknowledgeErasure',
  'loadPassphraseChecker',
  'hasTeam',
  'createTeam',
  'openSyncStore',
  'startJoining',
  'fingerprintOfKey',
  'admitDevice',
];

/** Every folder of src/ but the one named. */
const LAYERS = ['domain', 'storage', 'sync', 'queries', 'features', 'ui', 'i18n', 'app', 'mocks'];
/** @param {string} layer */
const outside = (layer) => LAYERS.filter((name) => name !== layer).map((name) => `./src/${name}`);

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo*',
      'dist-prod*',
      'coverage',
      'node_modules',
      'test-results',
      'playwright-report',
      'tests/e2e/.artifacts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { project: './tsconfig.node.json', tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.node.json' })],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'import-x/no-cycle': 'error',
      'import-x/no-default-export': 'off',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      // Layout boundaries, resolved on real paths.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: './src',
              except: ['./domain'],
              message: 'The domain core is pure: it imports nothing of the app.',
            },
            {
              target: ['./src/storage', './src/sync'],
              from: ['./src/queries', './src/features', './src/app', './src/ui', './src/mocks'],
              message: 'storage/ and sync/ sit below the query layer, the features and the app.',
            },
            {
              target: './src/queries',
              from: ['./src/features', './src/app', './src/mocks'],
              message: 'queries/ sits below the features: it never imports a feature or the app.',
            },
            {
              target: outside('storage').filter((path) => path !== './src/mocks'),
              from: './src/storage',
              except: ['./storage.ts', './errors.ts', './passphrase-policy.ts'],
              message:
                'Outside storage/, import only its public face: storage.ts (the session, types), errors.ts and passphrase-policy.ts (loaded apart: not on the first screen).',
            },
            {
              // The demo's fictional colleague is a device of the team inside the mock server
              // (decision 019): it seals records and joins with the device's own wire and
              // admission crypto, never a copy of it.
              target: './src/mocks',
              from: './src/storage',
              except: [
                './storage.ts',
                './errors.ts',
                './passphrase-policy.ts',
                './sync-wire.ts',
                './crypto/team-key.ts',
                './base64.ts',
              ],
              message:
                'In src/mocks, import storage/ through its public face, or the wire codec, the admission crypto and base64 (decision 019).',
            },
            {
              target: outside('domain'),
              from: './src/domain',
              except: ['./index.ts'],
              message: "Outside domain/, import only the domain's public face: domain/index.ts.",
            },
            {
              target: ['./src/ui', './src/i18n'],
              from: [
                './src/domain',
                './src/storage',
                './src/sync',
                './src/queries',
                './src/features',
                './src/app',
                './src/mocks',
              ],
              message: 'ui/ and i18n/ know nothing of the domain or the features.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'features/ never import the app: the app composes them.',
            },
            {
              target: './src/features',
              from: './src/mocks',
              message: 'features/ never import the mocks.',
            },
            ...featureZones(),
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      ...banPackages(
        FRAMEWORKS,
        'The domain core is pure TypeScript + zod: no React, Dexie, i18next, msw.',
      ),
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'The domain core never does I/O.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'No Date in the domain: plain dates and an injected today (docs/rules.md D1).',
        },
        {
          selector: "MemberExpression[object.name='Date']",
          message: 'No Date in the domain: plain dates and an injected today (docs/rules.md D1).',
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/domain/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DEXIE_OUTSIDE_STORAGE] }] },
  },
  {
    // Features read and write through src/queries/: never the storage session itself.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            DEXIE_OUTSIDE_STORAGE,
            {
              group: ['**/storage/storage'],
              importNames: STORAGE_SESSION,
              message: 'Features read and write through src/queries/, not the storage session.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sync/**/*.ts', 'src/storage/**/*.ts'],
    rules: banPackages(
      ['react', 'react-dom', 'react-*', 'i18next', 'react-i18next'],
      'storage/ and sync/ have no React and no i18next.',
    ),
  },
  {
    files: ['tests/**/*.{ts,tsx}', '*.ts', 'eslint.config.js'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);

/** A feature never imports another feature (one zone per feature folder, found on disk). */
function featureZones() {
  const root = new URL('./src/features/', import.meta.url);
  /** @type {string[]} */
  let names = [];
  try {
    names = readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
  } catch {
    names = [];
  }
  return names.map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`],
    message: 'A feature never imports another feature: the app composes them.',
  }));
}
