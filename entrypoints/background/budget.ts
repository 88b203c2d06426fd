import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type BudgetStatus } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/defaults';
import { usageItem } from '@/lib/storage';
import { badgeText, evaluateBudget, extendDay, snoozeDay, type BudgetView } from '@/lib/time/budget';
import { dayKey } from '@/lib/time/day-key';
import { platformForUrl } from '@/lib/time/platform-for-url';
import type { DayUsage, UsageHistory } from '@/lib/time/types';
import { normalizeDay, normalizeHistory } from '@/lib/time/usage';
import { serialized } from './lock';
import { requireSocialFrame, requireSocialTopFrame } from './senders';
import { loadSettings, offsetAt } from './stats-store';
import { toolbarButton } from './toolbar-button';

const BADGE_COLORS: Record<BudgetView['level'], string> = { ok: '#3f6212', near: '#a16207', over: '#b91c1c', extra: '#b91c1c' };

/** What was last pushed to the sidebars; a restarted worker pushes once more, which is harmless. */
let lastPushed = '';

function statusOf({ level, usedMs, budgetMs, canExtend, blocked }: BudgetView): BudgetStatus {
  return { level, usedMs, budgetMs, canExtend, blocked };
}

/** Tells every open social tab; tabs without the sidebar answer "No response", which only means it is not there. */
async function pushToSocialTabs(status: BudgetStatus, settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  const social = tabs.filter((tab) => tab.id !== undefined && platformForUrl(tab.url, settings.mastodonInstances));
  await Promise.all(social.map((tab) => sendMessage('bg-cs:budget', status, tab.id as number).catch(() => undefined)));
}

/** Brings badge and sidebars up to date with today's usage. Call inside `serialized`. */
export async function refreshBudget(usage: UsageHistory, settings: Settings, now: number): Promise<BudgetStatus> {
  const view = evaluateBudget(normalizeDay(usage[dayKey(now, offsetAt)]), settings.budget, now);
  const button = toolbarButton();
  await button.setBadgeText({ text: badgeText(view, settings.budget.showBadge) });
  await button.setBadgeBackgroundColor({ color: BADGE_COLORS[view.level] });
  const status = statusOf(view);
  const key = `${status.level}/${status.blocked}/${status.canExtend}`;
  if (key !== lastPushed) {
    lastPushed = key;
    await pushToSocialTabs(status, settings);
  }
  return status;
}

/** Changes today's budget state (extension, snooze) and reports the result. */
function updateToday(change: (day: DayUsage, settings: Settings, now: number) => DayUsage): Promise<BudgetStatus> {
  return serialized(async () => {
    const now = Date.now();
    const [stored, settings] = await Promise.all([usageItem.getValue(), loadSettings()]);
    const usage = normalizeHistory(stored);
    const today = dayKey(now, offsetAt);
    const before = normalizeDay(usage[today]);
    const after = change(before, settings, now);
    const next = after === before ? usage : { ...usage, [today]: after };
    if (after !== before) await usageItem.setValue(next);
    return refreshBudget(next, settings, now);
  });
}

export function startBudget(resync: () => Promise<void>): void {
  onMessage('cs-bg:get-budget', async ({ sender }) => {
    await requireSocialFrame(sender, 'cs-bg:get-budget');
    // Credit the running clock first, so the sidebar sees the time up to this moment.
    await resync();
    return updateToday((day) => day);
  });
  onMessage('cs-bg:finish-post', async ({ sender }) => {
    await requireSocialTopFrame(sender, 'cs-bg:finish-post');
    return updateToday((day, settings) => extendDay(day, settings.budget));
  });
  onMessage('cs-bg:snooze', async ({ sender }) => {
    await requireSocialTopFrame(sender, 'cs-bg:snooze');
    return updateToday((day, settings, now) => snoozeDay(day, settings.budget, now));
  });
}
