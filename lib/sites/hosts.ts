import type { Platform } from '../coach/types';

/**
 * The exact hosts of each site's web app (www. and port stripped, see normaliseHost). Exact on purpose: a whole
 * *.facebook.com would make developers.facebook.com or help.linkedin.com social time and give the coach pages
 * that are no social feed.
 */
export const SOCIAL_HOSTS: Readonly<Record<Exclude<Platform, 'mastodon'>, readonly string[]> & { mastodon: readonly string[] }> = {
  // twitter.com redirects to x.com; mobile.* serve the same web app
  x: ['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com'],
  linkedin: ['linkedin.com'],
  // web.facebook.com is where some countries' users land; m. is the mobile site
  facebook: ['facebook.com', 'web.facebook.com', 'm.facebook.com'],
  instagram: ['instagram.com'],
  threads: ['threads.net', 'threads.com'],
  bluesky: ['bsky.app'],
  // other instances are asked for at runtime, one by one
  mastodon: ['mastodon.social'],
};

/** Hosts that are reached both with and without www. */
const WITH_WWW = new Set(['x.com', 'twitter.com', 'linkedin.com', 'facebook.com', 'instagram.com', 'threads.net', 'threads.com']);

/**
 * Where the coach runs: https only, exact hosts. Host permissions and content-script matches both derive from this
 * one list, and the clock counts exactly these (platform-for-url.ts reads SOCIAL_HOSTS through the adapters).
 */
export const SOCIAL_HOST_PATTERNS: readonly string[] = Object.values(SOCIAL_HOSTS)
  .flat()
  .flatMap((host) => (WITH_WWW.has(host) ? [host, `www.${host}`] : [host]))
  .map((host) => `https://${host}/*`);

/** Mastodon runs on any domain: other instances are requested at runtime, one by one. */
export const OPTIONAL_HOST_PATTERNS = ['https://*/*'] as const;
