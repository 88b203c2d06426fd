import { defineBackground } from 'wxt/utils/define-background';
import { startAnalysis } from './analysis';
import { startBudget } from './budget';
import { startCoachLoader } from './coach-loader';
import { registerDataHandlers } from './data';
import { startMastodonInstances } from './mastodon-instances';
import { startPolicy } from './policy';
import { startPolicyCache } from './policy-cache';
import { startPostStats } from './posts';
import { startReminder } from './reminder';
import { usePolicySource } from '@/lib/storage';
import { removeRetiredItems } from './retired-items';
import { startSidebarPrefs } from './sidebar-prefs';
import { startSitePause } from './site-pause';
import { startSources } from './sources';
import { restrictStorageToTrustedContexts } from './storage-access';
import { resync, startTimeTracker } from './time-tracker';
import { startWelcome } from './welcome';

export default defineBackground(() => {
  // First of all: storage is for the background and the extension's pages, never for content scripts.
  void restrictStorageToTrustedContexts();
  void removeRetiredItems();
  // One cached reader of the organisation's policy, before anything reads or watches settings.
  usePolicySource(startPolicyCache());
  // On install the welcome page asks the newcomer's few questions, then leads on to the practice page.
  startWelcome();
  // Every listener is registered synchronously here: only those receive the event that woke the worker.
  startTimeTracker();
  startAnalysis();
  startCoachLoader();
  startBudget(resync);
  startPostStats();
  startReminder();
  registerDataHandlers();
  startMastodonInstances();
  startSidebarPrefs();
  startSitePause();
  startSources();
  startPolicy();
});
