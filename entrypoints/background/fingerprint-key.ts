import { isFingerprintKey, type FingerprintKey } from '@/lib/coach/fingerprint';
import { fingerprintKeyItem } from '@/lib/storage';

let key: Promise<FingerprintKey> | null = null;

function newKey(): FingerprintKey {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The install's secret for fingerprints: made here once, from the browser's cryptographic random source, and
 * kept in local storage, which only the extension's own pages and this worker can read. One promise per worker,
 * so two posts arriving together can't each make a key of their own.
 */
export function installKey(): Promise<FingerprintKey> {
  return (key ??= fingerprintKeyItem.getValue().then(async (stored) => {
    if (isFingerprintKey(stored)) return stored;
    const made = newKey();
    await fingerprintKeyItem.setValue(made);
    return made;
  })).catch((error: unknown) => {
    key = null;
    throw error;
  });
}

/** Reset: the next post gets a new key, so nothing made before the reset can be compared with what follows. */
export async function forgetInstallKey(): Promise<void> {
  key = null;
  await fingerprintKeyItem.removeValue();
}
