import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOCIAL_HOST_PATTERNS, OPTIONAL_HOST_PATTERNS } from './lib/sites/hosts';
import { localeMessagesPlugin } from './scripts/locale-messages';
import { pruneFrancDataPlugin } from './scripts/prune-franc-data';

// Without a display (Linux, no $DISPLAY or $WAYLAND_DISPLAY) the browser `wxt` opens dies at once and the dev server
// failed with a bare "read ECONNRESET": then it only builds and watches (scripts/dev.mjs says so in one line).
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// Helpers and CI may build side by side: WXT_OUT_DIR keeps their outputs apart.
const outDir = process.env.WXT_OUT_DIR ?? '.output';

export default defineConfig({
  imports: false,
  outDir,
  // BUILD_DEBUG=1 keeps names readable for profiling (npm run bench:e2e with BENCH_DEBUG).
  vite: () => ({ plugins: [preact(), pruneFrancDataPlugin(), localeMessagesPlugin()], build: process.env.BUILD_DEBUG ? { minify: false } : process.env.BUILD_SOURCEMAP ? { sourcemap: true } : {} }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting (no install warning): loads the coach into a tab once a composer there is focused, and registers
    // the watcher on the Mastodon instances the user adds.
    permissions: ['storage', 'alarms', 'idle', 'scripting'],
    // Firefox builds MV2, where WXT drops optional_host_permissions: the instance hosts go with the permissions.
    optional_permissions: ['notifications', ...(browser === 'firefox' ? OPTIONAL_HOST_PATTERNS : [])],
    host_permissions: [...SOCIAL_HOST_PATTERNS],
    optional_host_permissions: [...OPTIONAL_HOST_PATTERNS],
    action: { default_title: '__MSG_extName__' },
    // An organisation's policy (README: "For organisations"). Firefox reads policies.json without a schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    // The newest things the extension needs. Chrome: CSS light-dark() (123). Firefox: data_collection_permissions
    // (140 on desktop, 142 on Android); light-dark() (120) and the CSS Custom Highlight API (140) come before it.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'social-coach@example.org', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : { minimum_chrome_version: '123' }),
  }),
  // The sources zip (for store review) carries what builds the extension, not local artefacts.
  zip: { excludeSources: ['screenshots/**', 'test-results*/**', 'playwright-report/**', '.output*/**'] },
  webExt: {
    disabled: !hasDisplay,
    binaries: { chrome: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    chromiumArgs: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
});
