import { browser } from 'wxt/browser';

type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Closes local and sync storage to content scripts: only the background and the extension's own pages may read or
 * write them (session storage is closed already). Chrome supports this from 102; Firefox has no setAccessLevel, so
 * there the content scripts' own restraint is all there is (they never import lib/storage; ESLint keeps it so).
 * Called on every worker start: cheap, and the level holds from the first message a content script can send.
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  const areas = [browser.storage.local, browser.storage.sync] as unknown as AccessLevelArea[];
  await Promise.all(
    areas.map((area) =>
      typeof area?.setAccessLevel === 'function'
        ? Promise.resolve()
            .then(() => area.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }))
            .catch((error: unknown) => console.warn('Social Coach: storage access', error))
        : undefined,
    ),
  );
}
