// ESLint 9 flat config. Why each choice: docs/architecture.md, "Lint and format".
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import react from 'eslint-plugin-react';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TS = ['**/*.ts', '**/*.tsx'];
/** Tools and tests: `any` is the type of a JSON reply or of an SDK without types there. */
const TOOLING = ['tests/**', 'bench/**', 'scripts/**', 'runtime/http-client.ts'];

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', '.data/**', '.swc/**', '.temp/**', '.cache/**', 'deploy/tools/**'] },

  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose; `...rest` siblings omit fields from a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // require() is how platform SDKs are loaded lazily (cold start) or optionally (absent in tests), and CommonJS in .js/.cjs.
      '@typescript-eslint/no-require-imports': 'off',
      // Chinese UI text uses the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': [
        'error',
        { skipStrings: true, skipTemplates: true, skipJSXText: true, skipRegExps: true },
      ],
      // A nested `function` that has its own `this` (a simulator component) reaches the host through `host`.
      '@typescript-eslint/no-this-alias': ['error', { allowedNames: ['host'] }],
    },
  },

  // Type-aware rules: only the promise family, where a mistake is a silent runtime bug
  // (a rejection nobody sees, an await on a non-promise, an async callback whose result is dropped).
  {
    files: TS,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: dirname(fileURLToPath(import.meta.url)) },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      // Fastify's option and hook types say `void` where fastify awaits what it gets (async hooks,
      // replies, which are thenables); arguments, JSX handlers and variables stay checked.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { properties: false, returns: false } }],
    },
  },
  {
    files: ['src/**', 'server/**', 'cloudfunctions/**', 'runtime/**', 'seed/**'],
    ignores: ['**/*.js'],
    rules: {
      // Throwing a non-Error loses the stack and slips past `instanceof AppError` (test doubles may
      // throw the plain objects the SDKs they imitate throw).
      '@typescript-eslint/only-throw-error': 'error',
    },
  },
  { files: TOOLING, rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // Their job is control characters (line breaks in generated files).
  { files: ['server/core/line-breaks.ts', 'tests/unit/generated-files.test.ts'], rules: { 'no-control-regex': 'off' } },

  // React: the classic hooks rules. The React Compiler rules of eslint-plugin-react-hooks 7
  // (refs, purity, set-state-in-effect, ...) are not enabled: the app does not use the compiler.
  {
    files: ['**/*.tsx', 'src/**/*.ts'],
    ...react.configs.flat.recommended,
    settings: { react: { version: '18.3' } },
  },
  { files: ['**/*.tsx', 'src/**/*.ts'], ...react.configs.flat['jsx-runtime'] },
  {
    files: ['**/*.tsx', 'src/**/*.ts', 'tests/component/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  // Bundled into the weapp app, not run in node.
  { files: ['config/weapp-aria/runtime.js'], languageOptions: { globals: { ...globals.browser } } },

  // Last: formatting is Prettier's, never a lint error.
  prettier,
);
