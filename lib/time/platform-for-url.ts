import type { Platform } from '../coach/types';
import { adapterFor } from '../sites';

/**
 * The platform a tab's address belongs to, or null for any other page. The hosts are the site adapters' own, so
 * the clock runs exactly where the coach does. Only http(s) counts: an extension page is not social time.
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
  return adapterFor(parsed, mastodonHosts)?.platform ?? null;
}
