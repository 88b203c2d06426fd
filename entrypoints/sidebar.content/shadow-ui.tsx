import { render } from 'preact';
import coachCss from '@/components/coach/coach.css?inline';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CoachApp, needsUi, type CoachActions } from './coach-app';
import type { Store } from './store';

const ISOLATED_KEY_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Mounts `<social-coach>` only while something needs it and unmounts it afterwards, so a page where nobody writes
 * carries no UI at all. Renders once per microtask however many state changes arrive.
 *
 * The shadow root is closed: the page's scripts get no `shadowRoot` to read the budget ("31 of 30 minutes"), the
 * nudges (the cross-post one tells what was posted elsewhere) or to click in. The end-to-end tests reach inside
 * through the extension's own privileged contexts (tests/e2e/sidebar-shadow.ts), never through the page.
 */
export function startCoachUi(ctx: ContentScriptContext, store: Store, actions: CoachActions): void {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let creating: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let renderQueued = false;

  const create = () =>
    (creating ??= createShadowRootUi(ctx, {
      name: 'social-coach',
      css: coachCss,
      position: 'inline',
      anchor: 'body',
      mode: 'closed',
      isolateEvents: true,
      onMount(container) {
        const root = document.createElement('div');
        container.append(root);
        return root;
      },
      onRemove(root) {
        if (root) render(null, root);
        root?.remove();
      },
    }).then((created) => {
      // The site's shortcuts listen on document: keys typed in the sidebar must not reach them.
      for (const type of ISOLATED_KEY_EVENTS) created.shadowHost.addEventListener(type, (event) => event.stopPropagation());
      return (ui = created);
    }));

  const renderNow = () => {
    renderQueued = false;
    const state = store.get();
    if (!needsUi(state)) {
      if (ui?.mounted) ui.remove();
      return;
    }
    if (!ui) {
      create().then(renderNow, (error: unknown) => console.warn('Social Coach: sidebar could not mount', error));
      return;
    }
    if (!ui.mounted) ui.mount();
    if (ui.mounted) render(<CoachApp state={state} actions={actions} />, ui.mounted);
  };

  store.subscribe(() => {
    if (renderQueued) return;
    renderQueued = true;
    queueMicrotask(renderNow);
  });
}
