import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { onMessage, sendMessage, type BudgetStatus } from '@/lib/messaging';
import type { Store } from './store';

export interface BudgetActions {
  finishPost(): void;
  snooze(): void;
}

/**
 * Keeps the budget line current: asks once at start, then listens to the background's pushes. A sleeping or
 * missing background just means no budget line.
 */
export function startBudget(ctx: ContentScriptContext, store: Store): BudgetActions {
  const apply = (budget: BudgetStatus | null | undefined) => {
    if (!budget || ctx.isInvalid) return;
    // A "close" holds until time is up again on another day (or after the extra minutes).
    store.set({ budget, timesUpClosed: budget.level === 'over' && store.get().timesUpClosed });
  };
  const ask = (request: Promise<BudgetStatus>) => request.then(apply, () => undefined);

  ask(sendMessage('cs-bg:get-budget'));
  const stopListening = onMessage('bg-cs:budget', ({ data }) => apply(data));
  ctx.onInvalidated(stopListening);

  return {
    finishPost: () => void ask(sendMessage('cs-bg:finish-post')),
    snooze: () => void ask(sendMessage('cs-bg:snooze')),
  };
}
