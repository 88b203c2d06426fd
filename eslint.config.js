import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const browserGlobals = ['window', 'document', 'navigator', 'chrome', 'browser', 'localStorage', 'location', 'fetch', 'XMLHttpRequest'].map(
  (name) => ({ name, message: 'lib/ is pure: take it as a parameter instead (see README, Architecture).' }),
);

/** HTML and code sinks, banned in everything that ships (tests may build fixtures from markup). */
const sinkSelectors = [
  { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'No innerHTML assignment: use textContent or build nodes.' },
  { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'No outerHTML assignment: build nodes instead.' },
  { selector: "AssignmentExpression[left.property.name='srcdoc']", message: 'No srcdoc: build nodes instead.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No dangerouslySetInnerHTML: render text.' },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/Literal|TemplateLiteral/]", message: 'Pass a function, never a string.' },
  { selector: "CallExpression[callee.property.name=/^(setTimeout|setInterval)$/][arguments.0.type=/Literal|TemplateLiteral/]", message: 'Pass a function, never a string.' },
];

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
    // No HTML or code sinks anywhere: text goes in as text (Preact escapes it), code is never built from strings.
    files: ['entrypoints/**', 'components/**', 'lib/**'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { object: 'document', property: 'write', message: 'No document.write: build nodes instead.' },
        { object: 'document', property: 'writeln', message: 'No document.writeln: build nodes instead.' },
        { property: 'insertAdjacentHTML', message: 'No HTML sinks: use insertAdjacentText or build nodes.' },
        { property: 'createContextualFragment', message: 'No HTML sinks: build nodes instead.' },
      ],
      'no-restricted-syntax': ['error', ...sinkSelectors],
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
    files: ['lib/coach/**', 'lib/time/**', 'lib/sites/**', 'lib/settings/**', 'lib/security/**', 'lib/i18n.ts'],
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
        ...sinkSelectors,
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
            { group: ['@/lib/storage', '**/lib/storage'], allowTypeImports: true, message: 'Components get data through props; the sidebar must not reach storage.' },
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
              // storage.local and storage.sync are closed to content scripts (background/storage-access.ts).
              group: ['@/lib/storage', '**/lib/storage', 'wxt/utils/storage'],
              allowTypeImports: true,
              message: 'Storage is closed to content scripts: ask the background (cs-bg:get-settings, cs-bg:set-mode, cs-bg:get-placement…).',
            },
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
    // The site pauses are the background's to write, like time and stats: pages ask it (page-bg:set-site-pause).
    files: ['entrypoints/popup/**', 'entrypoints/options/**', 'entrypoints/practice/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@/lib/storage', importNames: ['writeSitePauses'], message: 'Only the background writes the site pauses: send page-bg:set-site-pause.' }],
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
