/** Each site fixture's main post composer: where it lives and the clicks that open it. */
export interface SiteComposer {
  site: string;
  /** File in tests/e2e/fixtures/sites. */
  fixture: string;
  url: string;
  /** Clicks that open the composer, in order. */
  open: string[];
  editor: string;
  /**
   * The editor may merge changes this close in time into one undo step: Quill all within 1 s of a step's first
   * (history `delay`), ProseMirror adjacent ones within 500 ms (`newGroupDelay`), Lexical like ones within the
   * delay the site passes to registerHistory (300 ms in the fixtures).
   */
  undoGroupMs?: number;
}

export const SITE_COMPOSERS: readonly SiteComposer[] = [
  { site: 'x', fixture: 'x.html', url: 'https://x.com/home', open: [], editor: '#primary [data-testid="tweetTextarea_0"]' },
  { site: 'linkedin', fixture: 'linkedin.html', url: 'https://www.linkedin.com/feed/', open: ['#start-post'], editor: '#interop-outlet .ql-editor', undoGroupMs: 1100 },
  { site: 'facebook', fixture: 'facebook.html', url: 'https://www.facebook.com/', open: ['#open-composer'], editor: '[role="dialog"][aria-modal] [contenteditable]', undoGroupMs: 400 },
  { site: 'instagram', fixture: 'instagram.html', url: 'https://www.instagram.com/', open: ['#new-post', '[role="dialog"] .next'], editor: '[role="dialog"] [contenteditable]', undoGroupMs: 400 },
  { site: 'threads', fixture: 'threads.html', url: 'https://www.threads.com/', open: ['.create'], editor: '[role="dialog"] .item [contenteditable]', undoGroupMs: 400 },
  { site: 'bluesky', fixture: 'bluesky.html', url: 'https://bsky.app/', open: ['.compose'], editor: '[data-testid="composePostView"] .ProseMirror', undoGroupMs: 600 },
  { site: 'mastodon', fixture: 'mastodon.html', url: 'https://mastodon.social/home', open: [], editor: '#mastodon form.compose-form textarea' },
];

/** Every path of the site's origin, so a reload after an SPA navigation lands on the fixture too. */
export function originPattern(url: string): RegExp {
  return new RegExp(`^${new URL(url).origin.replace(/\./g, '\\.')}/`);
}
