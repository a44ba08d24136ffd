// One lint config: typescript-eslint for rules, no-restricted-imports for the folder boundaries
// of style.md C2. Prettier formats; ESLint does not fight it.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pattern = (group, message) => ({ group, message });

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test/.artifacts/', 'data/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['common/protocol/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['../*', '#i18n/*', '#web/*', 'node:*', 'preact*', 'socket.io*'],
              'protocol depends only on zod',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['common/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [pattern(['node:*', '#web/*', '**/server/**'], 'i18n is shared by browser and printer')],
        },
      ],
    },
  },
  {
    files: [
      'common/web/**/*.{ts,tsx}',
      'kiosk/src/**/*.{ts,tsx}',
      'display/src/**/*.{ts,tsx}',
      'counter/src/**/*.{ts,tsx}',
      'status/src/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['node:*', '**/server/**', '#printer', '**/printer/**'],
              'browser code uses common/* only',
            ),
          ],
        },
      ],
    },
  },
  // The kiosk and the display are meant to start light (README, "Measured"): no zod in the browser
  // code they load. Types come from the schemas; values only from the protocol's zod-free files.
  {
    files: [
      'common/web/**/*.{ts,tsx}',
      'common/i18n/**/*.ts',
      'kiosk/src/**/*.{ts,tsx}',
      'display/src/**/*.{ts,tsx}',
    ],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'zod',
                // gitignore syntax: a leading # starts a comment unless escaped
                '\\#protocol/*',
                '!\\#protocol/language-codes.ts',
                '!\\#protocol/ticket-number.ts',
                '!\\#protocol/ticket-states.ts',
                '!\\#protocol/error-codes.ts',
                '!\\#protocol/display-defaults.ts',
                '!\\#protocol/version.ts',
              ],
              allowTypeImports: true,
              message: 'kiosk and display load no zod: import types only, or a zod-free protocol file',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/engine/**/*.ts', 'server/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [pattern(['express', 'socket.io', '**/http/**', '**/realtime/**'], 'no transport here')],
        },
      ],
    },
  },
  {
    files: ['printer/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [pattern(['**/server/**', '**/kiosk/**'], 'printer is independent of the server')] },
      ],
    },
  },
  {
    files: ['server/**/*.ts', 'printer/**/*.ts', 'kiosk/agent/**/*.ts'],
    ignores: [
      '**/*.test.ts',
      'printer/virtual/main.ts',
      'server/auth/hash-password-cli.ts',
      'kiosk/agent/main.ts',
    ],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['server/**/*.ts'],
    ignores: ['server/main.ts', 'server/auth/hash-password-cli.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'only server/main.ts reads the environment' },
      ],
    },
  },
  // After the server-wide block: for the core these restrictions replace it, so repeat process.env.
  {
    files: ['server/core/**/*.ts'],
    ignores: ['server/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            pattern(
              ['node:*', 'express', 'socket.io', 'lowdb', '**/store/**', '**/engine/**', '**/http/**'],
              'the core is pure',
            ),
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'setTimeout', message: 'the core has no timers' },
        { name: 'setInterval', message: 'the core has no timers' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'the clock is injected (ctx.now)' },
        { object: 'Math', property: 'random', message: 'randomness is injected (ctx.newTicketId)' },
        { object: 'process', property: 'env', message: 'only server/main.ts reads the environment' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date']", message: 'the clock is injected' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
