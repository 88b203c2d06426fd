import { defineContentScript } from 'wxt/utils/define-content-script';
import { SOCIAL_HOST_PATTERNS } from '@/lib/sites/hosts';
import { startCoach } from './start-coach';

export default defineContentScript({
  matches: [...SOCIAL_HOST_PATTERNS],
  // The CSS travels inside the script (shadow-ui.tsx): the registered Mastodon instances get it without any
  // web-accessible resource.
  cssInjectionMode: 'manual',
  main: (ctx) => startCoach(ctx),
});
