/**
 * The browsers' storage quotas, checked before anything is written: a write over a quota fails half-way (sync) or
 * throws where nobody sees it. Sizes are measured the way Chrome measures them: an item is the UTF-8 length of its
 * key plus that of its value as JSON.
 */

export type StorageAreaName = 'sync' | 'local';

export interface AreaQuota {
  /** Bytes for the whole area. */
  total: number;
  /** Bytes for one item; none for local storage. */
  perItem?: number;
  /** Number of items; none for local storage. */
  maxItems?: number;
}

/** chrome.storage.sync (Firefox's is the same size) and chrome.storage.local without unlimitedStorage. */
export const STORAGE_QUOTAS: Record<StorageAreaName, AreaQuota> = {
  sync: { total: 102_400, perItem: 8_192, maxItems: 512 },
  local: { total: 10_485_760 },
};

/** The largest import file the options page reads: the whole of local storage's quota is 10 MB. */
export const MAX_IMPORT_FILE_BYTES = 6 * 1024 * 1024;

export type QuotaError =
  | { kind: 'item-too-large'; area: StorageAreaName; key: string; bytes: number; limit: number }
  | { kind: 'area-full'; area: StorageAreaName; bytes: number; limit: number }
  | { kind: 'too-many-items'; area: StorageAreaName; items: number; limit: number };

const encoder = new TextEncoder();

/** One stored item's size as the browser counts it. */
export function itemBytes(key: string, value: unknown): number {
  return encoder.encode(key).length + encoder.encode(JSON.stringify(value) ?? '').length;
}

/**
 * Whether writing `next` into an area that now holds `current` stays within `quota`; the first quota it would
 * break otherwise. `next` replaces the items of the same keys; every other item stays and counts.
 */
export function checkQuota(area: StorageAreaName, current: Record<string, unknown>, next: Record<string, unknown>, quota = STORAGE_QUOTAS[area]): QuotaError | null {
  if (quota.perItem !== undefined) {
    for (const [key, value] of Object.entries(next)) {
      const bytes = itemBytes(key, value);
      if (bytes > quota.perItem) return { kind: 'item-too-large', area, key, bytes, limit: quota.perItem };
    }
  }
  const merged = { ...current, ...next };
  const items = Object.keys(merged).length;
  if (quota.maxItems !== undefined && items > quota.maxItems) return { kind: 'too-many-items', area, items, limit: quota.maxItems };
  const bytes = Object.entries(merged).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
  return bytes > quota.total ? { kind: 'area-full', area, bytes, limit: quota.total } : null;
}
