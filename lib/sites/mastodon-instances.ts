/** Which user-listed Mastodon instances get the sidebar: the hosts the user both listed and granted. */
import { isInstanceHost } from '../settings/hosts';
import { adapterFor, normaliseHost } from './index';

/** The id of the one dynamic content script that covers every extra instance. */
export const INSTANCE_SCRIPT_ID = 'mastodon-instances';

/** The origin pattern the options page requests for `host`, and the match pattern the script is registered for. */
export const instanceOrigin = (host: string): string => `https://${host}/*`;

/** Does a granted origin pattern ("*://*.nl/*", "https://mastodon.nl/*", "<all_urls>") cover https://host/? */
function covers(pattern: string, host: string): boolean {
  if (pattern === '<all_urls>') return true;
  const parts = /^(\*|https):\/\/([^/]+)\/(.*)$/.exec(pattern);
  if (!parts || parts[3] !== '*') return false;
  const patternHost = (parts[2] ?? '').toLowerCase();
  if (patternHost === '*') return true;
  if (patternHost.startsWith('*.')) return host === patternHost.slice(2) || host.endsWith(patternHost.slice(1));
  return patternHost === host;
}

/**
 * The match patterns to register, one per listed host that has its permission. Hosts that are not plain domain
 * names are dropped (storage may hold anything), and so are hosts the manifest's own script already covers
 * (mastodon.social, x.com…): registering them again would start a second sidebar on the page.
 */
export function instanceMatchPatterns(hosts: readonly unknown[], grantedOrigins: readonly string[]): string[] {
  const patterns = new Set<string>();
  for (const value of hosts) {
    if (typeof value !== 'string') continue;
    const host = normaliseHost(value);
    if (!isInstanceHost(host) || adapterFor(new URL(`https://${host}/`), []) !== null) continue;
    if (grantedOrigins.some((origin) => covers(origin, host))) patterns.add(instanceOrigin(host));
  }
  return [...patterns].sort();
}
