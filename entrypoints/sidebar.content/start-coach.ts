import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { NOTHING_TO_KEEP_CLEAR } from '@/components/coach/placement';
import { resolveUiLocale } from '@/lib/i18n';
import { onMessage, sendMessage } from '@/lib/messaging';
import { DEFAULT_SETTINGS, type Settings } from '@/lib/settings/defaults';
import { validateSettings } from '@/lib/settings/settings-schema';
import { adapterFor } from '@/lib/sites';
import { trackComposers } from '@/lib/sites/composer-tracker';
import { takeEarlyGestures } from '@/lib/sites/early-gestures';
import type { Analysis } from '@/lib/coach/types';
import type { PublishedDraft, TrackedDraft } from '@/lib/sites/types';
import { createCoachActions } from './actions';
import { startActivityReports } from './activity';
import { createAnalysisLoop, requestAnalysis } from './analysis-loop';
import { startBudget } from './budget';
import { startSitePause } from './site-pause';
import { needsUi } from './coach-app';
import { viewportOf } from './composer-box';
import { startDraftMarks } from './draft-marks';
import { createPageWatch } from './page-watch';
import { createPlacementSaver, DEFAULT_PLACEMENT, loadPlacement } from './preferences';
import { publishedReport } from './publish-report';
import { startCoachUi } from './shadow-ui';
import { createStore } from './store';

const localeFor = (settings: Settings) => resolveUiLocale(settings.uiLanguage, navigator.language);

/** Wires the site helpers, the engine, the background and the sidebar together for one tab. */
export async function startCoach(ctx: ContentScriptContext): Promise<void> {
  // Storage is closed to content scripts: the background hands the settings over, and pushes every change.
  const settings = await sendMessage('cs-bg:get-settings').then((value) => validateSettings(value).settings, () => DEFAULT_SETTINGS);
  const adapter = adapterFor(new URL(location.href), settings.mastodonInstances);
  if (!adapter || ctx.isInvalid) {
    // No coach on this page: the watcher's notes of early gestures would otherwise go on for the page's life.
    takeEarlyGestures(globalThis);
    return;
  }

  const store = createStore({
    settings,
    locale: localeFor(settings),
    composer: null,
    analysis: null,
    budget: null,
    timesUpClosed: false,
    placement: DEFAULT_PLACEMENT,
    scheme: 'light',
    keepClear: NOTHING_TO_KEEP_CLEAR,
    viewport: viewportOf(window),
    pause: false,
    leaveHeld: false,
    editRefused: null,
    topic: null,
    offFocus: false,
    sitePausedUntil: null,
    modeLocked: false,
  });
  // The latest draft, text included; the store only holds what the UI shows.
  let draft: TrackedDraft | null = null;
  const loop = createAnalysisLoop(ctx, store, () => draft);
  // A draft in progress: the composer in use holds text. "Leave now" keeps the page then, and the pause stays away.
  const budget = startBudget(ctx, store, () => (draft?.text.trim() ?? '') !== '' && draft?.editor.isConnected === true);
  const reportActivity = startActivityReports(ctx, adapter.platform, () => draft?.editor ?? null);
  const pageWatch = createPageWatch(ctx, store, adapter, () => draft?.editor ?? null);
  const savePlacement = createPlacementSaver(ctx);

  startSitePause(ctx, store, loop);
  startCoachUi(ctx, store, createCoachActions({ store, loop, budget, currentDraft: () => draft, savePlacement }));
  startDraftMarks(ctx, store, loop);
  store.subscribe((state) => {
    if (needsUi(state)) pageWatch.start();
  });
  // Asked again with every settings push: a changed policy reaches the sidebar as new settings.
  const readModeLock = () =>
    sendMessage('cs-bg:get-mode-locked').then(
      (locked) => store.get().modeLocked !== (locked === true) && store.set({ modeLocked: locked === true }),
      () => undefined,
    );
  void readModeLock();
  ctx.onInvalidated(
    onMessage('bg-cs:settings', ({ data }) => {
      const next = validateSettings(data).settings;
      store.set({ settings: next, locale: localeFor(next) });
      loop.runNow();
      void readModeLock();
    }),
  );

  // Read when the first composer opens: a page nobody writes on costs no storage reads beyond the settings.
  let placementLoaded: Promise<void> | null = null;
  const openComposer = async (opened: TrackedDraft) => {
    loop.seenRuleIds.clear();
    placementLoaded ??= loadPlacement().then((placement) => store.set({ placement }));
    await placementLoaded;
    if (draft?.editor !== opened.editor || ctx.isInvalid) return;
    store.set({ composer: { editor: opened.editor, platform: opened.platform, kind: opened.kind }, topic: null });
    // A topic only for a new post: a reply answers someone, it doesn't need a subject.
    if (opened.kind === 'post' && store.get().sitePausedUntil === null) {
      void sendMessage('cs-bg:get-topic').then(
        (topic) => draft?.editor === opened.editor && !ctx.isInvalid && store.get().sitePausedUntil === null && store.set({ topic }),
        () => undefined,
      );
    }
    pageWatch.measure();
    loop.runNow();
  };

  const onChange = (next: TrackedDraft | null) => {
    const previous = draft;
    draft = next;
    const refused = store.get().editRefused;
    if (refused && next?.text !== refused.draftText) store.set({ editRefused: null });
    // "Leave now" held the page for a draft: once the draft is sent or cleared, leaving is free again.
    if (store.get().leaveHeld && !next?.text.trim()) store.set({ leaveHeld: false });
    if (!next) store.set({ composer: null, analysis: null, keepClear: NOTHING_TO_KEEP_CLEAR });
    else if (next.editor !== previous?.editor || next.kind !== previous.kind) void openComposer(next);
    else loop.schedule();
    // A composer removed while focused sends no focusout.
    if (!next !== !previous) reportActivity();
  };

  const onPublish = (post: PublishedDraft) => {
    const publishedAt = Date.now();
    const seen = new Set(loop.seenRuleIds);
    loop.seenRuleIds.clear();
    const report = (finalAnalysis: Analysis) => {
      sendMessage('cs-bg:published', publishedReport(post, finalAnalysis, seen, store.get().settings, publishedAt)).catch(() => undefined);
    };
    // The sidebar usually shows the final text's analysis already; reporting at once survives a page that
    // navigates away right after posting.
    const shown = loop.analysisOf(post.text);
    if (shown) report(shown);
    else requestAnalysis(post, store.get()).then(report, () => undefined);
  };

  const stopTracking = trackComposers({
    doc: document,
    win: window,
    adapter,
    onChange,
    onPublish,
    earlyGestures: takeEarlyGestures(globalThis),
    subscribeNavigation: (reevaluate) => {
      ctx.addEventListener(window, 'wxt:locationchange', reevaluate);
      return () => undefined;
    },
  });
  ctx.onInvalidated(stopTracking);
}
