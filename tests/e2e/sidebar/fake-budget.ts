import type { Worker } from '@playwright/test';

export interface FakeBudget {
  level: 'ok' | 'near' | 'over' | 'extra';
  usedMs: number;
  budgetMs: number;
  canExtend: boolean;
  blocked: boolean;
  snoozesLeft: number;
  snoozeMinutes: number;
}

const MINUTE = 60_000;
export const budgetAt = (level: FakeBudget['level'], usedMinutes: number, extra: Partial<FakeBudget> = {}): FakeBudget => ({
  level,
  usedMs: usedMinutes * MINUTE,
  budgetMs: 30 * MINUTE,
  canExtend: true,
  blocked: false,
  snoozesLeft: 2,
  snoozeMinutes: 5,
  ...extra,
});

/**
 * Makes the service worker answer the budget messages with a fixed status, and mutes the real background's own
 * budget pushes, so these specs test the sidebar whatever the time accounting does meanwhile.
 */
export async function fakeBudgetBackground(worker: Worker, initial: FakeBudget): Promise<void> {
  await worker.evaluate((status) => {
    const state = { status, requests: [] as string[] };
    Object.assign(globalThis, { fakeBudgetState: state });
    const realSend = chrome.tabs.sendMessage.bind(chrome.tabs) as (...args: unknown[]) => unknown;
    Object.assign(chrome.tabs, {
      sendMessage: (tabId: number, message: { type?: string; fromTest?: boolean }, ...rest: unknown[]) =>
        message?.type === 'bg-cs:budget' && !message.fromTest ? Promise.resolve() : realSend(tabId, message, ...rest),
    });
    chrome.runtime.onMessage.addListener((message: { type?: string }, _sender, sendResponse) => {
      const type = message?.type ?? '';
      if (!['cs-bg:get-budget', 'cs-bg:finish-post', 'cs-bg:snooze'].includes(type)) return false;
      state.requests.push(type);
      if (type === 'cs-bg:finish-post') state.status = { ...state.status, level: 'extra', canExtend: false };
      if (type === 'cs-bg:snooze') state.status = { ...state.status, blocked: false };
      // Answering synchronously wins over any asynchronous handler of the real background.
      sendResponse({ res: state.status });
      return false;
    });
  }, initial);
}

/** What the background does when the budget changes: push the new status to every x.com tab. */
export async function pushBudget(worker: Worker, status: FakeBudget): Promise<void> {
  await worker.evaluate(async (pushed) => {
    (globalThis as unknown as { fakeBudgetState: { status: unknown } }).fakeBudgetState.status = pushed;
    for (const tab of await chrome.tabs.query({ url: 'https://x.com/*' })) {
      await chrome.tabs.sendMessage(tab.id!, { id: Date.now(), type: 'bg-cs:budget', data: pushed, timestamp: Date.now(), fromTest: true });
    }
  }, status);
}

export const budgetRequests = (worker: Worker) =>
  worker.evaluate(() => (globalThis as unknown as { fakeBudgetState: { requests: string[] } }).fakeBudgetState.requests);
