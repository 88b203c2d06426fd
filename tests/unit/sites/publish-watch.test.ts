import { describe, expect, it } from 'vitest';
import { createPublishWatch } from '@/lib/sites/publish-watch';
import type { PublishedDraft } from '@/lib/sites/types';

/** A clock the test drives by hand: `expire()` runs the pending timeout, `tick()` the poll. */
function manualTimers() {
  let timeout: (() => void) | undefined;
  let interval: (() => void) | undefined;
  const win = {
    setTimeout: (cb: () => void) => ((timeout = cb), 1),
    clearTimeout: () => (timeout = undefined),
    setInterval: (cb: () => void) => ((interval = cb), 2),
    clearInterval: () => (interval = undefined),
  } as unknown as Pick<Window, 'setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval'>;
  return { win, expire: () => timeout?.(), tick: () => interval?.(), polling: () => interval !== undefined };
}

const draft: PublishedDraft = { text: 'Ready to go', kind: 'post', platform: 'x' };

describe('createPublishWatch', () => {
  it('reports every written post of a thread, in order, and skips its blank items', () => {
    const timers = manualTimers();
    const published: string[] = [];
    const watch = createPublishWatch(timers.win, 10_000, (p) => published.push(p.text), () => undefined);
    watch.arm([draft, { ...draft, text: '' }, { ...draft, text: 'Part two' }], 'Part two');
    watch.composerGone();
    expect(published).toEqual(['Ready to go', 'Part two']);
  });

  it('forgets the gesture once the window has passed', () => {
    const timers = manualTimers();
    const published: PublishedDraft[] = [];
    const watch = createPublishWatch(timers.win, 10_000, (p) => published.push(p), () => undefined);
    watch.arm([draft], draft.text);
    timers.expire();
    watch.textChanged('');
    expect(published).toEqual([]);
  });

  it('polls for a re-read only while armed', () => {
    const timers = manualTimers();
    let rechecks = 0;
    const watch = createPublishWatch(timers.win, 10_000, () => undefined, () => rechecks++);
    expect(timers.polling()).toBe(false);
    watch.arm([draft], draft.text);
    timers.tick();
    expect(rechecks).toBe(1);
    watch.textChanged('');
    expect(timers.polling()).toBe(false);
  });

  it('stays armed through the new line a publishing Enter leaves before the box empties, not through more text', () => {
    const timers = manualTimers();
    const published: string[] = [];
    const watch = createPublishWatch(timers.win, 10_000, (p) => published.push(p.text), () => undefined);
    watch.arm([draft], draft.text);
    watch.textChanged(`${draft.text}\n`);
    watch.textChanged('');
    expect(published).toEqual(['Ready to go']);
    watch.arm([draft], draft.text);
    watch.textChanged(`${draft.text}\nand`);
    watch.textChanged('');
    expect(published).toEqual(['Ready to go']);
  });

  it('ignores a gesture on an empty or blank composer', () => {
    const timers = manualTimers();
    const published: PublishedDraft[] = [];
    const watch = createPublishWatch(timers.win, 10_000, (p) => published.push(p), () => undefined);
    watch.arm([{ ...draft, text: ' \n ' }], ' \n ');
    watch.composerGone();
    expect(published).toEqual([]);
    expect(timers.polling()).toBe(false);
  });

  it('reports once, even if the composer empties and then disappears', () => {
    const timers = manualTimers();
    const published: PublishedDraft[] = [];
    const watch = createPublishWatch(timers.win, 10_000, (p) => published.push(p), () => undefined);
    watch.arm([draft], draft.text);
    watch.textChanged('');
    watch.composerGone();
    expect(published).toEqual([draft]);
  });
});
