import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type BudgetStatus, type PauseChoice } from '@/lib/messaging';
import type { Store } from './store';

export interface BudgetActions {
  finishPost(): void;
  snooze(): void;
  /** "Leave now": the page goes, unless a draft waits (`hasDraft`); then it stays and the block says why. */
  leave(): void;
  answerPause(choice: Exclude<PauseChoice, 'declined'>): void;
}

/**
 * Keeps the budget line current: asks once at start, then listens to the background's pushes. A sleeping or
 * missing background just means no budget line.
 */
export function startBudget(ctx: ContentScriptContext, store: Store, hasDraft: () => boolean): BudgetActions {
  /** The pause never covers a draft in progress: it is declined at once, so the background stops waiting. */
  const greet = () => {
    if (hasDraft()) sendMessage('cs-bg:pause-answer', { choice: 'declined' }).catch(() => undefined);
    else store.set({ pause: true });
  };
  const apply = (budget: BudgetStatus | null | undefined) => {
    if (!budget || ctx.isInvalid) return;
    const { pause, ...status } = budget;
    // A "close" holds until time is up again on another day (or after the extra minutes).
    store.set({ budget: status, timesUpClosed: status.level === 'over' && store.get().timesUpClosed });
    if (pause && !store.get().pause) greet();
  };
  const ask = (request: Promise<BudgetStatus>) => request.then(apply, () => undefined);

  ask(sendMessage('cs-bg:get-budget'));
  const stopListening = onMessage('bg-cs:budget', ({ data }) => apply(data));
  const stopPause = onMessage('bg-cs:pause', () => void (!store.get().pause && greet()));
  ctx.onInvalidated(() => {
    stopListening();
    stopPause();
  });

  return {
    finishPost: () => void ask(sendMessage('cs-bg:finish-post')),
    snooze: () => void ask(sendMessage('cs-bg:snooze')),
    leave() {
      if (hasDraft()) return store.set({ leaveHeld: true });
      sendMessage('cs-bg:leave').catch(() => undefined);
    },
    answerPause(choice) {
      store.set({ pause: false });
      sendMessage('cs-bg:pause-answer', { choice }).catch(() => undefined);
    },
  };
}
