// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { adapterFor } from '@/lib/sites/index';
import type { SiteAdapter } from '@/lib/sites/types';
import { deepQuery, fixtureBody, mount } from './fixture-dom';

type Case = [why: string, url: string, html: string, selector: string, expected: 'post' | 'comment' | null];

const xComposer = (testid: string) =>
  `<div class="DraftEditor-root"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-label="Post text" data-testid="${testid}"><div data-contents="true"><div data-block="true"><span data-text="true">Hi</span></div></div></div></div>`;
const lexical = (label: string) => `<div contenteditable="true" role="textbox" aria-label="${label}" data-lexical-editor="true"><p><br></p></div>`;
const shareBox = (label: string) =>
  `<div role="dialog" data-test-modal="" data-test-modal-id="sharebox"><div class="ql-editor" contenteditable="true" role="textbox" aria-label="${label}"><p><br></p></div><div class="ql-clipboard" contenteditable="true" tabindex="-1"></div><button class="share-actions__primary-action">Post</button></div>`;
const tiptap = (placeholder: string) =>
  `<div data-testid="composePostView"><button data-testid="composerPublishBtn">Post</button><div contenteditable="true" role="textbox" aria-label="Rich-Text Editor" class="tiptap ProseMirror"><p data-placeholder="${placeholder}" class="is-empty is-editor-empty"><br class="ProseMirror-trailingBreak"></p></div></div>`;

const cases: Case[] = [
  // X: the inline home composer writes a post
  ['x inline home', 'https://x.com/home', `<div data-testid="primaryColumn">${xComposer('tweetTextarea_0')}</div>`, '[data-testid="tweetTextarea_0"]', 'post'],
  // X: a second thread item is a post of its own
  ['x thread item', 'https://x.com/compose/post', `<div role="dialog">${xComposer('tweetTextarea_0')}${xComposer('tweetTextarea_1')}</div>`, '[data-testid="tweetTextarea_1"]', 'post'],
  // X: the box on a status page answers that post
  ['x status reply', 'https://x.com/alex/status/1834567890123456789', xComposer('tweetTextarea_0'), '[data-testid="tweetTextarea_0"]', 'comment'],
  // X: the reply modal carries the post it answers
  ['x reply modal', 'https://x.com/home', `<div role="dialog"><article data-testid="tweet">Hi</article>${xComposer('tweetTextarea_0')}</div>`, '[data-testid="tweetTextarea_0"]', 'comment'],
  // X: direct messages are private, never coached
  ['x DM box', 'https://x.com/home', fixtureBody('x.html').replace('<div class="dm-editor-slot"></div>', xComposer('dmComposerTextInput')), '[data-testid="dmComposerTextInput"]', null],
  // X: localised aria-label, the test id still finds it
  ['x Dutch label', 'https://x.com/home', xComposer('tweetTextarea_0').replace('Post text', 'Posttekst'), '[data-testid="tweetTextarea_0"]', 'post'],
  // LinkedIn: the TipTap comment box under a feed post
  ['linkedin v2 comment', 'https://www.linkedin.com/feed/', fixtureBody('linkedin.html'), '[data-view-name="comment-box"] [contenteditable]', 'comment'],
  // LinkedIn: the messaging overlay is a conversation, not a post
  ['linkedin messaging', 'https://www.linkedin.com/feed/', fixtureBody('linkedin.html'), '.msg-form__contenteditable', null],
  // LinkedIn: share box in the light DOM (v1 layout), Dutch label
  ['linkedin v1 share box, Dutch', 'https://www.linkedin.com/feed/', shareBox('Teksteditor voor het maken van content'), '.ql-editor', 'post'],
  // LinkedIn: classic Quill comment box
  ['linkedin v1 comment', 'https://www.linkedin.com/feed/', '<form class="comments-comment-box__form"><div class="ql-editor" contenteditable="true"><p><br></p></div></form>', '.ql-editor', 'comment'],
  // Facebook: the comment box under a feed post
  ['facebook comment', 'https://www.facebook.com/', fixtureBody('facebook.html'), '.comment-form [contenteditable]', 'comment'],
  // Facebook: Messenger chat looks like a composer and must be ignored
  ['facebook messenger', 'https://www.facebook.com/', fixtureBody('facebook.html'), '[data-pagelet="ChatTab"] [contenteditable]', null],
  // Facebook (nl): same structure, Dutch labels
  ['facebook nl comment', 'https://www.facebook.com/', fixtureBody('facebook-nl.html'), '.comment-form [contenteditable]', 'comment'],
  ['facebook nl messenger', 'https://www.facebook.com/', fixtureBody('facebook-nl.html'), '[data-pagelet="ChatTab"] [contenteditable]', null],
  // Facebook: the Create post dialog, English and Dutch
  ['facebook create post', 'https://www.facebook.com/', `<div role="dialog" aria-label="Create post"><form>${lexical("What's on your mind, Alex?")}</form></div>`, '[contenteditable]', 'post'],
  ['facebook nl create post', 'https://www.facebook.com/', `<div role="dialog" aria-label="Bericht maken"><form>${lexical('Waar denk je aan, Alex?')}</form></div>`, '[contenteditable]', 'post'],
  // Facebook: a Lexical box outside any dialog or post is unknown territory
  ['facebook stray box', 'https://www.facebook.com/', lexical('Something'), '[contenteditable]', null],
  // Instagram: the comment textarea
  ['instagram comment', 'https://www.instagram.com/', fixtureBody('instagram.html'), 'textarea', 'comment'],
  // Instagram: the caption step of the Create dialog, both ellipsis spellings
  ['instagram caption', 'https://www.instagram.com/create/details/', `<div role="dialog">${lexical('Write a caption...')}</div>`, '[contenteditable]', 'post'],
  ['instagram caption U+2026', 'https://www.instagram.com/create/details/', `<div role="dialog">${lexical('Write a caption…')}</div>`, '[contenteditable]', 'post'],
  // Instagram: direct messages
  ['instagram DM', 'https://www.instagram.com/direct/t/1/', lexical('Message...'), '[contenteditable]', null],
  // Threads: a reply box says whom it answers in its placeholder
  ['threads reply', 'https://www.threads.net/', fixtureBody('threads.html'), '.reply-box [contenteditable]', 'comment'],
  // Threads: a new thread
  ['threads new post', 'https://www.threads.net/', `<div role="dialog">${lexical('Empty text field. Type to compose a new post.').replace('<div ', '<div aria-placeholder="What\'s new?" ')}</div>`, '[contenteditable]', 'post'],
  // Bluesky: the placeholder tells reply from post
  ['bluesky post', 'https://bsky.app/', tiptap("What's up?"), '.ProseMirror', 'post'],
  ['bluesky reply', 'https://bsky.app/profile/ana/post/1', tiptap('Write your reply'), '.ProseMirror', 'comment'],
  // Mastodon: the compose form, as a post and as a reply
  ['mastodon post', 'https://mastodon.social/home', fixtureBody('mastodon.html'), 'textarea', 'post'],
  ['mastodon reply', 'https://mastodon.social/home', fixtureBody('mastodon.html').replace('<div class="reply-slot"></div>', '<div class="reply-indicator">ana</div>'), 'textarea', 'comment'],
];

function classify(adapter: SiteAdapter, el: HTMLElement) {
  const editor = adapter.findEditor(el);
  return editor ? adapter.classify(editor) : null;
}

describe('site adapters classify composers', () => {
  it.each(cases)('%s', (_why, url, html, selector, expected) => {
    const el = mount(url, html, selector);
    const adapter = adapterFor(new URL(url), []);
    expect(adapter).not.toBeNull();
    expect(classify(adapter as SiteAdapter, el)).toBe(expected);
  });

  it('finds LinkedIn’s share box inside the #interop-outlet shadow root', () => {
    mount('https://www.linkedin.com/feed/', fixtureBody('linkedin.html'), '#interop-outlet');
    const outlet = document.getElementById('interop-outlet') as HTMLElement;
    outlet.attachShadow({ mode: 'open' }).innerHTML = shareBox('Text editor for creating content');
    const adapter = adapterFor(new URL('https://www.linkedin.com/feed/'), []) as SiteAdapter;
    expect(adapter.shadowRoots(document)).toEqual([outlet.shadowRoot]);
    const editor = deepQuery(document, '.ql-editor') as HTMLElement;
    expect(adapter.findEditor(editor)).toBe(editor);
    expect(adapter.classify(editor)).toBe('post');
    // Quill's hidden clipboard is contenteditable too, but never the composer
    expect(adapter.findEditor(deepQuery(document, '.ql-clipboard') as HTMLElement)).toBeNull();
    expect(adapter.isPublishButton(deepQuery(document, '.share-actions__primary-action') as HTMLElement, editor)).toBe(true);
  });

  it('finds the editor from a node inside it', () => {
    const inner = mount('https://x.com/home', xComposer('tweetTextarea_0'), '[data-text="true"]');
    expect(adapterFor(new URL('https://x.com/home'), [])?.findEditor(inner)?.dataset.testid).toBe('tweetTextarea_0');
  });

  it('ignores search fields', () => {
    const search = mount('https://www.facebook.com/', fixtureBody('facebook.html'), 'input[type="search"]');
    expect(adapterFor(new URL('https://www.facebook.com/'), [])?.findEditor(search)).toBeNull();
  });
});

describe('publish buttons', () => {
  const publishCases: Array<[why: string, url: string, html: string, editor: string, button: string, expected: boolean]> = [
    // X: the inline button of the same column
    ['x inline', 'https://x.com/home', `<div data-testid="primaryColumn">${xComposer('tweetTextarea_0')}<button data-testid="tweetButtonInline"><span>Post</span></button></div>`, '[contenteditable]', 'button span', true],
    // X: the modal's button does not publish the inline composer behind it
    ['x modal button vs inline editor', 'https://x.com/home', `<div data-testid="primaryColumn">${xComposer('tweetTextarea_0')}</div><div role="dialog"><button data-testid="tweetButton">Post</button></div>`, '[contenteditable]', 'button', false],
    // Facebook: the dialog's Post button, Dutch name
    ['facebook nl Plaatsen', 'https://www.facebook.com/', `<div role="dialog"><form>${lexical('Waar denk je aan?')}<div role="button" aria-label="Plaatsen">Plaatsen</div></form></div>`, '[contenteditable]', '[role="button"]', true],
    // Facebook: another button in the dialog is not publishing
    ['facebook other button', 'https://www.facebook.com/', `<div role="dialog"><form>${lexical('x')}<div role="button" aria-label="Add photo">+</div></form></div>`, '[contenteditable]', '[role="button"]', false],
    // Bluesky: the composer's publish button
    ['bluesky', 'https://bsky.app/', tiptap("What's up?"), '.ProseMirror', '[data-testid="composerPublishBtn"]', true],
    // Mastodon: the form's submit button
    ['mastodon', 'https://mastodon.social/home', fixtureBody('mastodon.html'), 'textarea', 'button[type="submit"]', true],
    // Threads: Post button by its text
    ['threads', 'https://www.threads.net/', fixtureBody('threads.html'), '.reply-box [contenteditable]', '.reply-box .post', true],
  ];
  it.each(publishCases)('%s', (_why, url, html, editorSelector, buttonSelector, expected) => {
    const editor = mount(url, html, editorSelector);
    const adapter = adapterFor(new URL(url), []) as SiteAdapter;
    expect(adapter.isPublishButton(deepQuery(document, buttonSelector) as HTMLElement, adapter.findEditor(editor) as HTMLElement)).toBe(expected);
  });
});

describe('adapterFor', () => {
  const hostCases: Array<[why: string, url: string, instances: string[], platform: string | null]> = [
    // twitter.com redirects to x.com, both count
    ['twitter.com', 'https://twitter.com/home', [], 'x'],
    ['mobile x', 'https://mobile.x.com/home', [], 'x'],
    ['linkedin www', 'https://www.linkedin.com/feed/', [], 'linkedin'],
    ['facebook web', 'https://web.facebook.com/', [], 'facebook'],
    ['threads.com', 'https://www.threads.com/', [], 'threads'],
    ['bluesky', 'https://bsky.app/', [], 'bluesky'],
    // mastodon.social is always on
    ['mastodon.social', 'https://mastodon.social/home', [], 'mastodon'],
    // other instances only when the user listed them; case and www. do not matter
    ['listed instance', 'https://mastodon.nl/home', ['Mastodon.NL'], 'mastodon'],
    ['listed with www', 'https://www.toot.community/', ['toot.community'], 'mastodon'],
    ['unlisted instance', 'https://mastodon.nl/home', [], null],
    // look-alike hosts are not the site
    ['look-alike', 'https://notx.com/', [], null],
    ['suffix trick', 'https://x.com.evil.example/', [], null],
  ];
  it.each(hostCases)('%s', (_why, url, instances, platform) => {
    expect(adapterFor(new URL(url), instances)?.platform ?? null).toBe(platform);
  });
});
