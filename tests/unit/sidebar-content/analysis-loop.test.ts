import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Analysis } from '@/lib/coach/types';
import type { TrackedDraft } from '@/lib/sites/types';
import { coachState } from './coach-state';

// The background's answers, resolved by hand to play them back in any order.
const pending: { text: string; answer: (analysis: Analysis) => void }[] = [];
vi.mock('@/lib/messaging', () => ({
  sendMessage: vi.fn(
    (_type: string, request: { draft: { text: string } }) =>
      new Promise<Analysis>((resolve) => pending.push({ text: request.draft.text, answer: resolve })),
  ),
}));

const { createAnalysisLoop } = await import('@/entrypoints/sidebar.content/analysis-loop');
const { createStore } = await import('@/entrypoints/sidebar.content/store');

const ctx = { isInvalid: false, isValid: true, onInvalidated: () => () => undefined } as unknown as ContentScriptContext;
const analysisOf = (text: string): Analysis => ({ language: 'en', stats: { length: text.length, limit: 280, hashtagCount: 0, wordCount: 1 }, findings: [] });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const store = createStore(coachState());
  const editor = {} as HTMLElement;
  let draft: TrackedDraft = { editor, platform: 'x', kind: 'post', text: '' };
  const loop = createAnalysisLoop(ctx, store, () => draft);
  const type = (text: string) => {
    draft = { ...draft, text };
    loop.runNow();
  };
  return { store, loop, type, switchEditor: () => (draft = { ...draft, editor: {} as HTMLElement }) };
}

afterEach(() => {
  pending.length = 0;
});

describe('the analysis loop', () => {
  it('shows answers that arrive in order', async () => {
    const { store, type } = setup();
    type('a');
    pending[0]!.answer(analysisOf('a'));
    await flush();
    expect(store.get().analysis?.stats.length).toBe(1);
  });

  it('drops an answer that arrives after a newer one', async () => {
    const { store, type } = setup();
    type('a');
    type('ab');
    pending[1]!.answer(analysisOf('ab'));
    await flush();
    pending[0]!.answer(analysisOf('a'));
    await flush();
    expect(store.get().analysis?.stats.length).toBe(2);
  });

  it('shows a slow answer while a newer request is still on its way, then the newer one', async () => {
    const { store, type } = setup();
    type('a');
    type('ab');
    pending[0]!.answer(analysisOf('a'));
    await flush();
    expect(store.get().analysis?.stats.length).toBe(1);
    pending[1]!.answer(analysisOf('ab'));
    await flush();
    expect(store.get().analysis?.stats.length).toBe(2);
  });

  it('ignores an answer for a composer that is no longer in use', async () => {
    const { store, type, switchEditor } = setup();
    type('a');
    switchEditor();
    pending[0]!.answer(analysisOf('a'));
    await flush();
    expect(store.get().analysis).toBeNull();
  });

  it('hands a post going out the analysis already shown, only if it is of exactly that text', async () => {
    const { loop, type } = setup();
    type('Final text');
    pending[0]!.answer(analysisOf('Final text'));
    await flush();
    expect(loop.analysisOf('Final text')?.stats.length).toBe(10);
    expect(loop.analysisOf('Final text!')).toBeNull();
  });
});
