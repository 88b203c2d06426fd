import './style.css';
import { render } from 'preact';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { SOCIAL_HOST_PATTERNS } from '@/lib/sites/hosts';

export default defineContentScript({
  matches: [...SOCIAL_HOST_PATTERNS],
  cssInjectionMode: 'ui',
  async main(ctx) {
    const ui = await createShadowRootUi(ctx, {
      name: 'social-coach',
      position: 'overlay',
      isolateEvents: true,
      onMount(container) {
        const root = document.createElement('div');
        container.append(root);
        render(<div class="coach" data-platform="x" data-mode="personal" />, root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
        root?.remove();
      },
    });
    ui.mount();
  },
});
