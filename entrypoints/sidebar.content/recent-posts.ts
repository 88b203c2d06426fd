import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fingerprintsItem } from '@/lib/storage';

/** The fingerprints of recent posts, read when the first composer opens and kept current after that. */
export function createRecentPosts(ctx: ContentScriptContext): { get(): readonly unknown[]; load(): Promise<void> } {
  let posts: readonly unknown[] = [];
  let loading: Promise<void> | null = null;
  const keep = (value: unknown) => {
    posts = Array.isArray(value) ? value : [];
  };
  return {
    get: () => posts,
    load: () =>
      (loading ??= fingerprintsItem.getValue().then(
        (value) => {
          keep(value);
          ctx.onInvalidated(fingerprintsItem.watch(keep));
        },
        () => undefined,
      )),
  };
}
