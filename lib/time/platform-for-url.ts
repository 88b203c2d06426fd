import type { Platform } from '../coach/types';
import { adapterFor } from '../sites';

/**
 * The platform a tab's address belongs to, or null for any other page. The hosts are the site adapters' own, so
 * the clock runs exactly where the coach does. Only https counts, as only https pages get the coach: an extension
 * page, or a plain-http look-alike, is not social time.
 */
export function platformForUrl(url: string | undefined, mastodonHosts: readonly string[]): Platform | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:') return null;
  return adapterFor(parsed, mastodonHosts)?.platform ?? null;
}
