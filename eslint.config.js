import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'location', 'fetch', 'XMLHttpRequest'].map(
  (name) => ({ name, message: 'lib/ is pure: take it as a parameter instead (see README, Architecture).' }),
);

export default tseslint.config(
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'screenshots/**', 'test-results/**', 'playwright-report/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The logic lives in lib/: it never reaches up into the UI or the wiring.
    files: ['lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/coach', allowTypeImports: true, message: 'The engine runs in the background: ask it with cs-bg:analyze.' }],
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ must not import entrypoints/.' },
            { group: ['**/components/**', '@/components/**', 'preact', 'preact/*'], message: 'lib/ must not import UI code.' },
          ],
        },
      ],
    },
  },
  {
    // The engine, time accounting and site adapters get their clock and their DOM passed in.
    files: ['lib/coach/**', 'lib/time/**', 'lib/sites/**', 'lib/settings/**', 'lib/i18n.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/coach', allowTypeImports: true, message: 'The engine runs in the background: ask it with cs-bg:analyze.' }],
          patterns: [
            { group: ['wxt/*', 'wxt', '@webext-core/*'], message: 'Pure lib/ code must not use browser APIs.' },
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'lib/ must not import entrypoints/.' },
            { group: ['**/components/**', '@/components/**', 'preact', 'preact/*'], message: 'lib/ must not import UI code.' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Take `now` as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Take `now` as a parameter.' },
      ],
    },
  },
  {
    // Components render what they are given; they do not talk to the background.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/coach', allowTypeImports: true, message: 'The engine runs in the background: ask it with cs-bg:analyze.' }],
          patterns: [
            { group: ['**/entrypoints/**', '@/entrypoints/**'], message: 'components/ must not import entrypoints/.' },
            { group: ['**/lib/messaging', '@/lib/messaging'], message: 'Components get data through props; wiring sends messages.' },
          ],
        },
      ],
    },
  },
  {
    // Content scripts must not pull background or page code into the site's page.
    files: ['entrypoints/sidebar.content/**', 'entrypoints/watch.content/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/coach', allowTypeImports: true, message: 'The engine runs in the background: ask it with cs-bg:analyze.' }],
          patterns: [
            { group: ['**/background/**', '**/popup/**', '**/options/**', '**/practice/**'], message: 'A content script imports only lib/ and components/.' },
            {
              // Every social page loads the content script; the engine runs in the background (cs-bg:analyze).
              group: ['@/lib/coach/engine*', '@/lib/coach/analysis-service', '@/lib/coach/rules', '@/lib/coach/lexicons', '@/lib/coach/text/language'],
              allowTypeImports: true,
              message: 'The engine runs in the background: ask it with cs-bg:analyze.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
