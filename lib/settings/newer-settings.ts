/**
 * Settings written by a newer version of the extension (through the browser's sync, from another machine) are kept
 * as they are: this version reads what it understands and, when the user changes something here, writes back only
 * that change. Fields it does not know, and values it can't read, stay for the newer version.
 */
import { isPlainObject } from './schema';

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * `stored` with the changes from `understood` (what this version read from it) to `next` (what it wants to write)
 * applied, field by field; everything else in `stored` is left exactly as it was.
 */
export function patchNewerSettings(stored: Record<string, unknown>, understood: unknown, next: unknown): Record<string, unknown> {
  if (!isPlainObject(understood) || !isPlainObject(next)) return stored;
  const patched: Record<string, unknown> = { ...stored };
  for (const [key, value] of Object.entries(next)) {
    const before = understood[key];
    const kept = stored[key];
    if (isPlainObject(value) && isPlainObject(before) && isPlainObject(kept)) patched[key] = patchNewerSettings(kept, before, value);
    else if (!same(before, value)) patched[key] = structuredClone(value);
  }
  return patched;
}
