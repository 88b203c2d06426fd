import { defineContentScript } from 'wxt/utils/define-content-script';
import { SOCIAL_HOST_PATTERNS } from '@/lib/sites/hosts';
import { startWatch } from './start-watch';

export default defineContentScript({
  matches: [...SOCIAL_HOST_PATTERNS],
  main: (ctx) => startWatch(ctx),
});
