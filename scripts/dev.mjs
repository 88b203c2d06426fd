// `npm run dev` / `npm run dev:firefox`: WXT's dev server, which opens a browser with the extension loaded. Without a
// display that browser dies at once and WXT used to fail with a bare `Error: read ECONNRESET`; here it says so in one
// line, and WXT keeps building and watching without opening a browser (wxt.config.ts: webExt.disabled).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** As wxt.config.ts decides it: always on macOS and Windows, on Linux with an X or Wayland display. */
const hasDisplay = () => process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const args = process.argv.slice(2);
const firefox = args.includes('firefox');
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const outDir = `.output/${firefox ? 'firefox-mv2' : 'chrome-mv3'}`;

if (!hasDisplay()) {
  console.warn(
    `Social Coach: no display ($DISPLAY is not set), so no browser opens: run \`xvfb-run npm run dev${firefox ? ':firefox' : ''}\`, or load ${outDir}-dev (this dev build) or ${outDir} (after \`npm run build${firefox ? ':firefox' : ''}\`) by hand (README, "Build and load").`,
  );
} else if (!firefox && !existsSync(browserPath)) {
  console.warn(`Social Coach: Chromium not found at ${browserPath}: run "apt-get install chromium" or set CHROMIUM_PATH.`);
  process.exit(1);
}

const wxt = fileURLToPath(new URL('../node_modules/wxt/bin/wxt.mjs', import.meta.url));
const child = spawn(process.execPath, [wxt, ...args], { stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
