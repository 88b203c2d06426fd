import { browser } from 'wxt/browser';
import { onMessage, sendMessage, type BudgetStatus } from '@/lib/messaging';
import { PLATFORMS, type Platform } from '@/lib/coach/types';
import type { Settings } from '@/lib/settings/defaults';
import { pauseMemoryItem, usageItem } from '@/lib/storage';
import { normalizePauseMemory, pauseAnswered } from '@/lib/time/pause';
import { badgeText, budgetTone, evaluateBudget, extendDay, snoozeDay, turnBack, type BudgetView } from '@/lib/time/budget';
import { dayKey } from '@/lib/time/day-key';
import { platformForUrl } from '@/lib/time/platform-for-url';
import type { DayUsage, UsageHistory } from '@/lib/time/types';
import { normalizeDay, normalizeHistory } from '@/lib/time/usage';
import { serialized } from './lock';
import { requireSocialFrame, requireSocialTopFrame } from './senders';
import { loadSettings, offsetAt } from './stats-store';
import { toolbarButton } from './toolbar-button';

/** Green, then amber from 80 % (with or without the note), red once time is up. */
const BADGE_COLORS: Record<ReturnType<typeof budgetTone>, string> = { ok: '#3f6212', near: '#a16207', over: '#b91c1c' };

/** What was last pushed to each network's sidebars; a restarted worker pushes once more, which is harmless. */
const lastPushed = new Map<Platform, string>();

function statusOf({ minutesLeft: _minutesLeft, ...status }: BudgetView): BudgetStatus {
  return status;
}

/** Today's status as a tab on `platform` sees it now: its own limit and the quiet hours included. */
export function statusFor(day: DayUsage, settings: Settings, platform: Platform | null, now: number): BudgetStatus {
  return statusOf(evaluateBudget(day, settings.budget, { platform, now, offsetAt }));
}

/**
 * Tells every open social tab what changed for its network; tabs without the sidebar answer "No response", which
 * only means it is not there.
 */
async function pushToSocialTabs(day: DayUsage, settings: Settings, now: number): Promise<void> {
  const tabs = await browser.tabs.query({});
  const byPlatform = new Map<Platform, BudgetStatus>();
  for (const platform of PLATFORMS) {
    const status = statusFor(day, settings, platform, now);
    const { level, blocked, reason, canExtend, snoozesLeft, budgetMs, usedMs, site } = status;
    const siteReached = site ? site.usedMs >= site.limitMs : false;
    const key = JSON.stringify([level, blocked, reason, canExtend, snoozesLeft, budgetMs, budgetTone({ level, usedMs, budgetMs }), site?.limitMs, siteReached, status.quietUntil]);
    if (lastPushed.get(platform) === key) continue;
    lastPushed.set(platform, key);
    byPlatform.set(platform, status);
  }
  if (byPlatform.size === 0) return;
  await Promise.all(
    tabs.map((tab) => {
      const platform = platformForUrl(tab.url, settings.mastodonInstances);
      const status = platform && byPlatform.get(platform);
      return tab.id !== undefined && status ? sendMessage('bg-cs:budget', status, tab.id).catch(() => undefined) : undefined;
    }),
  );
}

/** Brings badge and sidebars up to date with today's usage. Call inside `serialized`. */
export async function refreshBudget(usage: UsageHistory, settings: Settings, now: number): Promise<BudgetStatus> {
  const day = normalizeDay(usage[dayKey(now, offsetAt)]);
  const view = evaluateBudget(day, settings.budget);
  const button = toolbarButton();
  await button.setBadgeText({ text: badgeText(view, settings.budget.showBadge) });
  await button.setBadgeBackgroundColor({ color: BADGE_COLORS[budgetTone(view)] });
  await pushToSocialTabs(day, settings, now);
  return statusOf(view);
}

/** Changes today's budget state (extension, snooze, a visit turned back) and reports the result as `platform` sees it. */
function updateToday(platform: Platform | null, change: (day: DayUsage, settings: Settings, now: number) => DayUsage): Promise<BudgetStatus> {
  return serialized(async () => {
    const now = Date.now();
    const [stored, settings] = await Promise.all([usageItem.getValue(), loadSettings()]);
    const usage = normalizeHistory(stored);
    const today = dayKey(now, offsetAt);
    const before = normalizeDay(usage[today]);
    const after = change(before, settings, now);
    const next = after === before ? usage : { ...usage, [today]: after };
    if (after !== before) await usageItem.setValue(next);
    await refreshBudget(next, settings, now);
    return statusFor(after, settings, platform, now);
  });
}

/** Whether the intention pause waits in `tabId`. */
async function pauseWaitsIn(tabId: number): Promise<boolean> {
  return normalizePauseMemory(await pauseMemoryItem().getValue()).pendingTabId === tabId;
}

/**
 * "Leave now" and the pause's "leave": the social page goes. A tab among others closes; the window's only tab goes
 * to the browser's new-tab page instead, so leaving never closes a window. The sidebar asks only without a draft.
 */
async function leaveTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  const siblings = await browser.tabs.query({ windowId: tab.windowId });
  if (siblings.length > 1) await browser.tabs.remove(tabId);
  else await browser.tabs.update(tabId, { url: import.meta.env.FIREFOX ? 'about:newtab' : 'chrome://newtab/' });
}

export function startBudget(resync: () => Promise<void>): void {
  onMessage('cs-bg:get-budget', async ({ sender }) => {
    const { tabId, platform } = await requireSocialFrame(sender, 'cs-bg:get-budget');
    // Credit the running clock first, so the sidebar sees the time up to this moment.
    await resync();
    const status = await updateToday(platform, (day) => day);
    return (await pauseWaitsIn(tabId)) ? { ...status, pause: true } : status;
  });
  onMessage('cs-bg:leave', async ({ sender }) => {
    const { tabId } = await requireSocialTopFrame(sender, 'cs-bg:leave');
    await leaveTab(tabId);
  });
  onMessage('cs-bg:pause-answer', async ({ data, sender }) => {
    const { tabId } = await requireSocialTopFrame(sender, 'cs-bg:pause-answer');
    const choice = data?.choice;
    if (choice !== 'go-on' && choice !== 'leave' && choice !== 'declined') return;
    // Only a pause that waits in this tab can be answered, once: a page can't count visits turned back by itself.
    const answered = await serialized(async () => {
      if (!(await pauseWaitsIn(tabId))) return false;
      const memory = normalizePauseMemory(await pauseMemoryItem().getValue());
      await pauseMemoryItem().setValue(pauseAnswered(memory, tabId));
      return true;
    });
    if (!answered || choice !== 'leave') return;
    await updateToday(null, (day) => turnBack(day));
    await leaveTab(tabId);
  });
  onMessage('cs-bg:finish-post', async ({ sender }) => {
    const { platform } = await requireSocialTopFrame(sender, 'cs-bg:finish-post');
    return updateToday(platform, (day, settings) => extendDay(day, settings.budget));
  });
  onMessage('cs-bg:snooze', async ({ sender }) => {
    const { platform } = await requireSocialTopFrame(sender, 'cs-bg:snooze');
    return updateToday(platform, (day, settings, now) => snoozeDay(day, settings.budget, { platform, now, offsetAt }));
  });
}
