// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trackComposers } from '@/lib/sites/composer-tracker';
import { recordEarlyGestures, takeEarlyGestures } from '@/lib/sites/early-gestures';
import { adapterFor } from '@/lib/sites/index';
import type { PublishedDraft, SiteAdapter, TrackedDraft } from '@/lib/sites/types';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

const editorHtml = (id: string, text = '') =>
  `<div id="${id}" contenteditable="true" role="textbox" aria-label="Write a comment…" data-lexical-editor="true"><p>${text || '<br>'}</p></div>`;

/** Types like a browser would: change the DOM, then fire input. */
function type(editor: HTMLElement, text: string): void {
  editor.innerHTML = `<p>${text}</p>`;
  editor.dispatchEvent(new Event('input', { bubbles: true }));
}

let changes: Array<Pick<TrackedDraft, 'kind' | 'text'> & { id: string } | null>;
let published: PublishedDraft[];
let stop: () => void;
let reevaluate: () => void;

/** happy-dom has no real input: every event is untrusted, so the tests say which gestures are the user's. */
function start(url = 'https://www.facebook.com/', trusted: ((event: Event) => boolean) | null = () => true): SiteAdapter {
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
  const adapter = adapterFor(new URL(url), []) as SiteAdapter;
  stop = trackComposers({
    doc: document,
    win: window,
    adapter,
    onChange: (d) => changes.push(d && { kind: d.kind, text: d.text, id: d.editor.id }),
    onPublish: (p) => published.push(p),
    ...(trusted ? { isTrusted: trusted } : {}),
    subscribeNavigation: (cb) => {
      reevaluate = cb;
      return () => undefined;
    },
  });
  return adapter;
}

const byId = (id: string) => document.getElementById(id) as HTMLElement;

beforeEach(() => {
  changes = [];
  published = [];
  document.body.innerHTML = '';
});
afterEach(() => stop());

describe('trackComposers', () => {
  it('does nothing until a composer is focused', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div><input id="search">`;
    start();
    byId('search').focus();
    type(byId('c'), 'typed without focus');
    await flush();
    expect(changes).toEqual([]);
  });

  it('reports the focused composer and its text as it changes', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div>`;
    start();
    byId('c').focus();
    type(byId('c'), 'Hello');
    await flush();
    expect(changes).toEqual([
      { kind: 'comment', text: '', id: 'c' },
      { kind: 'comment', text: 'Hello', id: 'c' },
    ]);
  });

  it('picks up a composer mounted after the start', async () => {
    start();
    document.body.innerHTML = `<div role="dialog"><form>${editorHtml('late').replace('Write a comment…', "What's on your mind?")}</form></div>`;
    byId('late').focus();
    await flush();
    expect(changes).toEqual([{ kind: 'post', text: '', id: 'late' }]);
  });

  it('re-reads on mutations without an input event (paste, autocomplete)', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div>`;
    start();
    byId('c').focus();
    byId('c').innerHTML = '<p>pasted</p>';
    await flush();
    expect(changes.at(-1)).toEqual({ kind: 'comment', text: 'pasted', id: 'c' });
  });

  it('reports null when the composer is destroyed mid-typing', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div>`;
    start();
    byId('c').focus();
    type(byId('c'), 'Half a sent');
    byId('c').closest('[role="article"]')?.remove();
    await flush();
    expect(changes.at(-1)).toBeNull();
  });

  it('follows focus to a dialog over the inline composer and ignores the one left behind', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('inline')}</div><div role="dialog"><form>${editorHtml('dialog').replace('Write a comment…', 'What’s on your mind?')}</form></div>`;
    start();
    byId('inline').focus();
    byId('dialog').focus();
    type(byId('dialog'), 'in the dialog');
    await flush();
    type(byId('inline'), 'behind');
    await flush();
    expect(changes.map((c) => c && `${c.id}:${c.kind}:${c.text}`)).toEqual(['inline:comment:', 'dialog:post:', 'dialog:post:in the dialog']);
  });

  it('keeps the composer when focus moves to a box it must ignore', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div><div data-pagelet="ChatTab">${editorHtml('chat').replace('Write a comment…', 'Message')}</div>`;
    start();
    byId('c').focus();
    byId('chat').focus();
    type(byId('chat'), 'private');
    await flush();
    expect(changes).toEqual([{ kind: 'comment', text: '', id: 'c' }]);
  });

  it('tracks an editor inside an open shadow root and sees it removed there', async () => {
    start('https://www.linkedin.com/feed/');
    const outlet = document.createElement('div');
    outlet.id = 'interop-outlet';
    document.body.append(outlet);
    const root = outlet.attachShadow({ mode: 'open' });
    root.innerHTML = '<div data-test-modal-id="sharebox"><div id="share" class="ql-editor" contenteditable="true" role="textbox"><p><br></p></div></div>';
    const editor = root.getElementById('share') as HTMLElement;
    editor.focus();
    type(editor, 'From the shadow');
    await flush();
    root.innerHTML = '';
    await flush();
    expect(changes).toEqual([{ kind: 'post', text: '', id: 'share' }, { kind: 'post', text: 'From the shadow', id: 'share' }, null]);
  });

  it('picks up a composer that had the focus before tracking started', () => {
    document.body.innerHTML = `<div role="article">${editorHtml('early')}</div>`;
    byId('early').focus();
    start();
    expect(changes).toEqual([{ kind: 'comment', text: '', id: 'early' }]);
  });

  it('reports null on navigation when no composer is left', () => {
    document.body.innerHTML = `<div role="article">${editorHtml('old')}</div>`;
    start();
    byId('old').focus();
    document.body.innerHTML = '<main>another page</main>';
    reevaluate();
    expect(changes.at(-1)).toBeNull();
  });

  it('stops listening when stopped', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div>`;
    start();
    stop();
    byId('c').focus();
    type(byId('c'), 'after stop');
    await flush();
    expect(changes).toEqual([]);
  });
});

describe('publish detection', () => {
  const page = `<div role="dialog"><form>${editorHtml('p').replace('Write a comment…', "What's on your mind?")}<div role="button" id="post" aria-label="Post">Post</div><div role="button" id="photo" aria-label="Photo">+</div></form></div>`;

  beforeEach(() => {
    document.body.innerHTML = page;
    start();
    byId('p').focus();
    type(byId('p'), 'Ready to go');
  });

  it('reports the text read just before the click when the composer then empties', async () => {
    await flush();
    byId('post').click();
    type(byId('p'), '');
    await flush();
    expect(published).toEqual([{ text: 'Ready to go', kind: 'post', platform: 'facebook' }]);
  });

  it('reports a post when the dialog closes after the click', async () => {
    await flush();
    byId('post').click();
    byId('p').closest('[role="dialog"]')?.remove();
    await flush();
    expect(published).toEqual([{ text: 'Ready to go', kind: 'post', platform: 'facebook' }]);
    expect(changes.at(-1)).toBeNull();
  });

  it('reports a post when the site swaps in a fresh, focused composer as it closes the old one', async () => {
    await flush();
    byId('post').click();
    document.body.innerHTML = `<div role="dialog"><form>${editorHtml('fresh').replace('Write a comment…', "What's on your mind?")}</form></div>`;
    byId('fresh').focus();
    expect(published).toEqual([{ text: 'Ready to go', kind: 'post', platform: 'facebook' }]);
    expect(changes.at(-1)).toEqual({ kind: 'post', text: '', id: 'fresh' });
  });

  it('does not report when the user moves on to another composer with the draft still there', async () => {
    document.body.insertAdjacentHTML('beforeend', `<div role="article">${editorHtml('other')}</div>`);
    await flush();
    byId('post').click();
    byId('other').focus();
    byId('p').closest('[role="dialog"]')?.remove();
    await flush();
    expect(published).toEqual([]);
  });

  it('does not report a synthetic click or key (a page script), whatever the composer does next', async () => {
    stop();
    start('https://www.facebook.com/', null);
    byId('p').focus();
    await flush();
    byId('post').click();
    byId('p').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    type(byId('p'), '');
    await flush();
    expect(published).toEqual([]);
  });

  it('does not report when another button was clicked', async () => {
    await flush();
    byId('photo').click();
    type(byId('p'), '');
    await flush();
    expect(published).toEqual([]);
  });

  it('does not report when the user keeps typing after the click', async () => {
    await flush();
    byId('post').click();
    type(byId('p'), 'Ready to go, almost');
    await flush();
    type(byId('p'), '');
    await flush();
    expect(published).toEqual([]);
  });

  it('does not report clearing the composer by hand', async () => {
    await flush();
    type(byId('p'), '');
    await flush();
    expect(published).toEqual([]);
  });

  it('counts Ctrl+Enter as a publish gesture', async () => {
    await flush();
    byId('p').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    type(byId('p'), '');
    await flush();
    expect(published.map((p) => p.text)).toEqual(['Ready to go']);
  });
});

describe('thread composers', () => {
  it('reports each item of an X thread as its own post when the dialog closes', async () => {
    const item = (n: number, text: string) =>
      `<div id="t${n}" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${n}"><div data-contents="true"><div data-block="true"><span data-text="true">${text}</span></div></div></div>`;
    document.body.innerHTML = `<div role="dialog">${item(0, 'First part')}${item(1, 'Second part')}<button data-testid="tweetButton">Post all</button></div>`;
    start('https://x.com/compose/post');
    byId('t1').focus();
    (document.querySelector('[data-testid="tweetButton"]') as HTMLElement).click();
    document.querySelector('[role="dialog"]')?.remove();
    await flush();
    expect(published).toEqual([
      { text: 'First part', kind: 'post', platform: 'x' },
      { text: 'Second part', kind: 'post', platform: 'x' },
    ]);
  });
});

describe('comment boxes that send on Enter', () => {
  it('reports a Facebook comment sent with Enter, not one with Shift+Enter', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div>`;
    start();
    byId('c').focus();
    type(byId('c'), 'Nice one');
    await flush();
    byId('c').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', shiftKey: true, bubbles: true }));
    type(byId('c'), 'Nice one<br>more');
    await flush();
    expect(published).toEqual([]);
    byId('c').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    type(byId('c'), '');
    await flush();
    expect(published).toEqual([{ text: 'Nice one\nmore', kind: 'comment', platform: 'facebook' }]);
  });
});

describe('a box that changes role', () => {
  it('re-classifies an empty Mastodon form when it becomes a reply', async () => {
    document.body.innerHTML = `<div id="mastodon"><form class="compose-form"><div class="slot"></div><textarea id="t" class="autosuggest-textarea__textarea" dir="auto" aria-autocomplete="list"></textarea></form><button id="other">x</button></div>`;
    start('https://mastodon.social/home');
    byId('t').focus();
    byId('other').focus();
    (document.querySelector('.slot') as HTMLElement).innerHTML = '<div class="reply-indicator">ana</div>';
    byId('t').focus();
    expect(changes.map((c) => c?.kind)).toEqual(['post', 'comment']);
  });
});

describe('a box whose own Enter handler sends and clears it', () => {
  it('still reports the comment: the draft is read before the editor handles the key', async () => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div>`;
    // The site's handler is on the editor and runs before any listener added later on it (Lexical's commands).
    byId('c').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey) byId('c').innerHTML = '<p><br></p>';
    });
    start();
    byId('c').focus();
    type(byId('c'), 'Sent at once');
    await flush();
    byId('c').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await flush();
    expect(published).toEqual([{ text: 'Sent at once', kind: 'comment', platform: 'facebook' }]);
  });
});

describe('gestures made while the coach was loading', () => {
  const scope = () => ({}) as object;
  let notebook: object;
  let stopNoting: () => void;
  const note = (trusted = true) => {
    notebook = scope();
    stopNoting = recordEarlyGestures(document, notebook, { isTrusted: () => trusted });
  };
  const startCoach = () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.facebook.com/');
    const adapter = adapterFor(new URL('https://www.facebook.com/'), []) as SiteAdapter;
    stop = trackComposers({
      doc: document,
      win: window,
      adapter,
      onChange: (d) => changes.push(d && { kind: d.kind, text: d.text, id: d.editor.id }),
      onPublish: (p) => published.push(p),
      isTrusted: () => true,
      earlyGestures: takeEarlyGestures(notebook),
    });
  };
  const enter = (init: KeyboardEventInit = {}) =>
    byId('c').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, ...init }));
  afterEach(() => stopNoting());

  beforeEach(() => {
    document.body.innerHTML = `<div role="article">${editorHtml('c')}</div>`;
    byId('c').focus();
    type(byId('c'), 'Quick reply');
  });

  it('reports a comment sent with Enter before the coach ran, with the text it had then', () => {
    note();
    enter();
    type(byId('c'), '');
    startCoach();
    expect(published).toEqual([{ text: 'Quick reply', kind: 'comment', platform: 'facebook' }]);
  });

  it('reports a post whose dialog closed after a click on Post before the coach ran', () => {
    document.body.innerHTML = `<div role="dialog"><form>${editorHtml('c').replace('Write a comment…', "What's on your mind?")}<div role="button" id="post" aria-label="Post">Post</div></form></div>`;
    byId('c').focus();
    type(byId('c'), 'A new post');
    note();
    byId('post').click();
    document.body.innerHTML = '';
    startCoach();
    expect(published).toEqual([{ text: 'A new post', kind: 'post', platform: 'facebook' }]);
  });

  it('watches a box that still holds the text, as if the gesture came now', async () => {
    note();
    enter();
    startCoach();
    expect(published).toEqual([]);
    type(byId('c'), '');
    await flush();
    expect(published).toEqual([{ text: 'Quick reply', kind: 'comment', platform: 'facebook' }]);
  });

  it('reports nothing for Shift+Enter, a page script\'s key, a box typed on since, or a gesture after the coach took over', async () => {
    note();
    enter({ shiftKey: true });
    type(byId('c'), '');
    startCoach();
    stop();
    stopNoting();

    type(byId('c'), 'Quick reply');
    note(false);
    enter();
    type(byId('c'), '');
    startCoach();
    stop();
    stopNoting();

    type(byId('c'), 'Quick reply');
    note();
    enter();
    type(byId('c'), 'Quick reply, and more');
    startCoach();
    type(byId('c'), '');
    await flush();
    stop();

    type(byId('c'), 'Quick reply');
    enter();
    startCoach();
    type(byId('c'), '');
    await flush();
    expect(published).toEqual([]);
  });
});
