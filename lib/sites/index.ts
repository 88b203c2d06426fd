/** The adapter registry: which site a page belongs to. */
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';

export const ADAPTERS: readonly SiteAdapter[] = [x, linkedin, facebook, instagram, threads, bluesky, mastodon];

/** Lower case, without a leading "www." or a port, so "WWW.Mastodon.NL:443" and "mastodon.nl" match. */
export function normaliseHost(host: string): string {
  return host.trim().toLowerCase().replace(/:\d+$/, '').replace(/^www\./, '');
}

/** The adapter for `url`; Mastodon on mastodon.social and on the instances the user listed. */
export function adapterFor(url: URL, mastodonHosts: readonly string[]): SiteAdapter | null {
  const host = normaliseHost(url.hostname);
  const known = ADAPTERS.find((a) => a.matchesHost(host));
  if (known) return known;
  return mastodonHosts.some((h) => normaliseHost(h) === host) ? mastodon : null;
}
