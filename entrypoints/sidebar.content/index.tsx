import '@/components/coach/coach.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { SOCIAL_HOST_PATTERNS } from '@/lib/sites/hosts';
import { startCoach } from './start-coach';

export default defineContentScript({
  matches: [...SOCIAL_HOST_PATTERNS],
  cssInjectionMode: 'ui',
  main: (ctx) => startCoach(ctx),
});
