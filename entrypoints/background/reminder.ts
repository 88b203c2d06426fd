import { browser } from 'wxt/browser';
import { pluralKey, resolveUiLocale, translate } from '@/lib/i18n';
import { onMessage } from '@/lib/messaging';
import type { Settings } from '@/lib/settings/defaults';
import { settingsItem } from '@/lib/storage';
import { budgetMsOf } from '@/lib/time/budget';
import { nextReminderAt } from '@/lib/time/reminder';
import { requireExtensionPage } from './senders';
import { loadSettings, offsetAt } from './stats-store';

export const REMINDER_ALARM = 'reminder';

/** One alarm at the next chosen local time; recomputed each day, so DST moves with the clock on the wall. */
async function scheduleReminder(settings: Settings): Promise<void> {
  const time = settings.budget.reminderTime;
  const when = time ? nextReminderAt(Date.now(), time, offsetAt) : null;
  if (when === null) await browser.alarms.clear(REMINDER_ALARM);
  else await browser.alarms.create(REMINDER_ALARM, { when });
}

/** Only with the optional permission, which the options page asks for when the user turns the reminder on. */
async function remind(): Promise<void> {
  const settings = await loadSettings();
  await scheduleReminder(settings);
  if (!settings.budget.reminderTime) return;
  if (!(await browser.permissions.contains({ permissions: ['notifications'] }))) return;
  const locale = resolveUiLocale(settings.uiLanguage, globalThis.navigator?.language);
  const budgetMinutes = Math.round(budgetMsOf(settings.budget) / 60_000);
  await browser.notifications.create(REMINDER_ALARM, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: translate(locale, 'time_reminder_title'),
    message: translate(locale, pluralKey(locale, 'time_reminder_body', budgetMinutes), [budgetMinutes]),
  });
}

export function startReminder(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) void remind();
  });
  settingsItem.watch((settings) => void scheduleReminder(settings));
  onMessage('page-bg:request-reminder', async ({ sender }) => {
    requireExtensionPage(sender, 'page-bg:request-reminder');
    await scheduleReminder(await loadSettings());
  });
  void loadSettings().then(scheduleReminder);
}
