import type { Platform } from '../coach/types';

/** Host suffixes of the built-in sites; Mastodon instances come from the settings. */
const SITE_HOSTS: [Platform, string[]][] = [
  ['x', ['x.com', 'twitter.com']],
  ['linkedin', ['linkedin.com']],
  ['facebook', ['facebook.com']],
  ['instagram', ['instagram.com']],
  ['threads', ['threads.net', 'threads.com']],
  ['bluesky', ['bsky.app']],
  ['mastodon', ['mastodon.social']],
];

function onHost(host: string, site: string): boolean {
  return host === site || host.endsWith(`.${site}`);
}

/**
 * The platform a tab's address belongs to, or null for any other page. Only http(s) counts: an extension page
 * or a file on a matching path is not social time.
 */
export function platformForUrl(url: string | undefined, mastodonHosts: readonly string[]): Platform | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
  for (const [platform, hosts] of SITE_HOSTS) if (hosts.some((site) => onHost(host, site))) return platform;
  const instances = mastodonHosts.map((instance) => instance.toLowerCase().replace(/^www\./, ''));
  return instances.includes(host) ? 'mastodon' : null;
}
