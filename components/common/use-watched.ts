import { useEffect, useState } from 'preact/hooks';

/** The part of a storage item a page needs: read once, then follow every change. */
export interface Watchable<T> {
  getValue(): Promise<T>;
  watch(callback: (value: T) => void): () => void;
}

/** The item's current value, or undefined until the first read finishes. */
export function useWatched<T>(item: Watchable<T>): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const unwatch = item.watch((next) => setValue(() => next));
    void item.getValue().then((first) => live && setValue((current) => current ?? first));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  return value;
}
