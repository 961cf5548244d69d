import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import globals from 'globals';
import tseslint from 'typescript-eslint';

import layers from './eslint/layers-plugin.js';

// DOM and browser-storage globals the pure rules may never touch (docs/architecture.md: the rules are pure).
const BROWSER_GLOBALS = Object.keys(globals.browser).filter((name) => !(name in globals.es2021));

/** App code imports zod/mini (docs/architecture.md); tests and Node scripts may use classic zod. */
const CLASSIC_ZOD = {
  regex: '^zod(/v4)?$|^zod/v4/classic',
  message: "Import from 'zod/mini': classic zod would add about 16 KiB to the page.",
};

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'playwright-report', 'test-results', 'reports', 'node_modules'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  reactHooks.configs.flat.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __EXIT_URL__: 'readonly' },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { layers, 'simple-import-sort': simpleImportSort },
    rules: {
      'layers/layers': 'error',
      // One import order everywhere (fixable with `npm run format`).
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'layers/no-barrel-files': 'error',
      'layers/kebab-case-files': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // XState v4 idioms are banned: this app is written for XState v5.
      'no-restricted-syntax': [
        'error',
        { selector: "ImportSpecifier[imported.name='interpret']", message: 'XState v4: use createActor.' },
        { selector: "Property[key.name='cond']", message: 'XState v4: use guard.' },
      ],
    },
  },
  {
    // The rules are pure law-as-code: no UI, no flow, no words, no DOM, no clock, no I/O.
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'react/*', '@xstate/*', 'xstate', 'xstate/*', 'i18next', 'react-i18next'],
              message: 'src/rules is pure: no React, XState or i18next.',
            },
            { group: ['node:*', 'fs', 'path', 'http', 'https'], message: 'src/rules does no I/O.' },
            CLASSIC_ZOD,
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...BROWSER_GLOBALS.map((name) => ({ name, message: 'src/rules may not use DOM or browser globals.' })),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/rules has no clock: take the date from options.asOf.' },
        { object: 'Math', property: 'random', message: 'src/rules is deterministic.' },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    ignores: ['src/rules/**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'src/rules has no clock: take the date from options.asOf.',
        },
      ],
    },
  },
  {
    // The page ships zod/mini; one import of classic zod would ship both (src/rules has its own list above).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/rules/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CLASSIC_ZOD] }] },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ['tests/e2e/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs', 'eslint/**'],
    ...tseslint.configs.disableTypeChecked,
  },
  // Formatting is Prettier's job (`npm run format`; `npm run lint` checks it).
  prettier,
);
