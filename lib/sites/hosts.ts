/** Where the coach runs. Host permissions and content-script matches both derive from this one list. */
export const SOCIAL_HOST_PATTERNS = [
  '*://x.com/*',
  '*://*.x.com/*',
  '*://twitter.com/*',
  '*://*.twitter.com/*',
  '*://*.linkedin.com/*',
  '*://*.facebook.com/*',
  '*://*.instagram.com/*',
  '*://*.threads.net/*',
  '*://*.threads.com/*',
  '*://bsky.app/*',
  '*://mastodon.social/*',
] as const;

/** Mastodon runs on any domain: other instances are requested at runtime, one by one. */
export const OPTIONAL_HOST_PATTERNS = ['*://*/*'] as const;
