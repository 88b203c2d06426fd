import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const LOCALE_FILE = /[\\/]public[\\/]_locales[\\/][\w-]+[\\/]messages\.json$/;
const PREFIX = '\0social-coach-locale:';

/**
 * lib/i18n.ts reads the browser's own message files (public/_locales/…/messages.json), so the UI's language override
 * and the tests use the same strings. Vite's dev server warns about every import from public/ ("Assets in public
 * directory cannot be imported from JavaScript", six lines at each `npm run dev`): it serves public/ at the root and
 * cannot tell an intended import. Loading those two files as modules of their own says what they are, and the
 * bundle is the same JSON either way.
 */
export function localeMessagesPlugin(): Plugin {
  return {
    name: 'social-coach:locale-messages',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!LOCALE_FILE.test(source)) return undefined;
      const file = importer ? path.resolve(path.dirname(importer), source) : path.resolve(source);
      return `${PREFIX}${file}`;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return undefined;
      const file = id.slice(PREFIX.length);
      this.addWatchFile(file);
      // Still JSON: Vite's own JSON plugin turns it into a module, as before.
      return readFileSync(file, 'utf8');
    },
  };
}
