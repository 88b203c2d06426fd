import { defineContentScript } from 'wxt/utils/define-content-script';
import { SOCIAL_HOST_PATTERNS } from '@/lib/sites/hosts';
import { startCoach } from './start-coach';

export default defineContentScript({
  // Not in the manifest: the watcher (watch.content) asks the background to load it once someone starts writing,
  // so a page where nobody writes never evaluates it.
  registration: 'runtime',
  matches: [...SOCIAL_HOST_PATTERNS],
  // The CSS travels inside the script (shadow-ui.tsx): the registered Mastodon instances get it without any
  // web-accessible resource.
  cssInjectionMode: 'manual',
  main: (ctx) => startCoach(ctx),
});
