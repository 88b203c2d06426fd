/** Mastodon instance host names the user adds in the options. */

const HOST_PATTERN = /^(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Always on through the manifest, so never stored as an extra instance. */
export const BUILT_IN_MASTODON_HOST = 'mastodon.social';

export function isInstanceHost(value: string): boolean {
  return HOST_PATTERN.test(value);
}

/**
 * Turns what people paste ("https://Mastodon.NL/@me", "mastodon.nl/") into a bare host name,
 * or null when it is not one.
 */
export function normalizeInstanceHost(input: string): string | null {
  const withoutScheme = input.trim().toLowerCase().replace(/^[a-z]+:\/\//, '');
  const host = withoutScheme.split(/[/?#@]/)[0] ?? '';
  const withoutPort = host.replace(/:\d+$/, '').replace(/\.$/, '');
  return isInstanceHost(withoutPort) ? withoutPort : null;
}
