/** Each site fixture's main post composer: where it lives and the clicks that open it. */
export interface SiteComposer {
  site: string;
  /** File in tests/e2e/fixtures/sites. */
  fixture: string;
  url: string;
  /** Clicks that open the composer, in order. */
  open: string[];
  editor: string;
}

export const SITE_COMPOSERS: readonly SiteComposer[] = [
  { site: 'x', fixture: 'x.html', url: 'https://x.com/home', open: [], editor: '#primary [data-testid="tweetTextarea_0"]' },
  { site: 'linkedin', fixture: 'linkedin.html', url: 'https://www.linkedin.com/feed/', open: ['#start-post'], editor: '#interop-outlet .ql-editor' },
  { site: 'facebook', fixture: 'facebook.html', url: 'https://www.facebook.com/', open: ['#open-composer'], editor: '[role="dialog"][aria-modal] [contenteditable]' },
  { site: 'instagram', fixture: 'instagram.html', url: 'https://www.instagram.com/', open: ['#new-post', '[role="dialog"] .next'], editor: '[role="dialog"] [contenteditable]' },
  { site: 'threads', fixture: 'threads.html', url: 'https://www.threads.com/', open: ['.create'], editor: '[role="dialog"] .item [contenteditable]' },
  { site: 'bluesky', fixture: 'bluesky.html', url: 'https://bsky.app/', open: ['.compose'], editor: '[data-testid="composePostView"] .ProseMirror' },
  { site: 'mastodon', fixture: 'mastodon.html', url: 'https://mastodon.social/home', open: [], editor: '#mastodon form.compose-form textarea' },
];

/** Every path of the site's origin, so a reload after an SPA navigation lands on the fixture too. */
export function originPattern(url: string): RegExp {
  return new RegExp(`^${new URL(url).origin.replace(/\./g, '\\.')}/`);
}
