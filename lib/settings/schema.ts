/**
 * Small schema combinators. A schema reads any value and always returns a valid one: what does not fit falls back,
 * field by field, to the schema's own fallback and leaves a note saying where. Settings use the notes to tell the
 * user what was reset; imports use them to refuse a damaged file.
 */

export interface SchemaNote {
  /** Dotted path of the field, e.g. 'budget.dailyMinutes'; '' for the whole value. */
  path: string;
  /** 'reset': the value was replaced by the fallback; 'dropped': an invalid entry was left out of a list or map. */
  kind: 'reset' | 'dropped';
  /** What the field holds now (for 'reset'). */
  resetTo?: unknown;
  /** True when the value was absent rather than wrong: a newer field, not a damaged one. */
  missing?: boolean;
}

export interface Schema<T> {
  readonly fallback: T;
  read(input: unknown, path: string, notes: SchemaNote[]): T;
}

type Shape<T> = { [K in keyof T]: Schema<T[K]> };

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A schema that accepts a value when `accepts` says so, else falls back. */
function leaf<T>(fallback: T, accepts: (input: unknown) => input is T): Schema<T> {
  return {
    fallback,
    read(input, path, notes) {
      if (accepts(input)) return input;
      notes.push({ path, kind: 'reset', resetTo: fallback, ...(input === undefined ? { missing: true } : {}) });
      return fallback;
    },
  };
}

export function bool(fallback: boolean): Schema<boolean> {
  return leaf(fallback, (input): input is boolean => typeof input === 'boolean');
}

export function int(min: number, max: number, fallback: number): Schema<number> {
  return leaf(fallback, (input): input is number => Number.isInteger(input) && (input as number) >= min && (input as number) <= max);
}

/** Any finite number in range: durations and timestamps. */
export function num(min: number, max: number, fallback: number): Schema<number> {
  return leaf(fallback, (input): input is number => typeof input === 'number' && Number.isFinite(input) && input >= min && input <= max);
}

export function oneOf<const V extends string>(values: readonly V[], fallback: V): Schema<V> {
  return leaf(fallback, (input): input is V => values.includes(input as V));
}

/** A string that matches `pattern` (a RegExp or a test function). */
export function text(pattern: RegExp | ((value: string) => boolean), fallback: string, maxLength = 1000): Schema<string> {
  const matches = typeof pattern === 'function' ? pattern : (value: string) => pattern.test(value);
  return leaf(fallback, (input): input is string => typeof input === 'string' && input.length <= maxLength && matches(input));
}

/** A field newer files have and older ones lack: absent reads as the fallback without a note; wrong still fails. */
export function optional<T>(inner: Schema<T>): Schema<T> {
  return {
    fallback: inner.fallback,
    read: (input, path, notes) => (input === undefined ? structuredClone(inner.fallback) : inner.read(input, path, notes)),
  };
}

/** `null` is a valid value (e.g. "no reminder"); anything else must fit `inner`. */
export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return {
    fallback: null,
    read(input, path, notes) {
      if (input === null) return null;
      const innerNotes: SchemaNote[] = [];
      const value = inner.read(input, path, innerNotes);
      if (innerNotes.length === 0) return value;
      notes.push({ path, kind: 'reset', resetTo: null, ...(input === undefined ? { missing: true } : {}) });
      return null;
    },
  };
}

/** A list whose invalid (or, when `unique`, repeated) entries are dropped one by one; a non-list falls back whole. */
export function list<T>(item: Schema<T>, maxItems: number, unique = true): Schema<T[]> {
  const fallback: T[] = [];
  return {
    fallback,
    read(input, path, notes) {
      if (!Array.isArray(input)) {
        notes.push({ path, kind: 'reset', resetTo: fallback, ...(input === undefined ? { missing: true } : {}) });
        return [...fallback];
      }
      const kept: T[] = [];
      input.forEach((entry, index) => {
        const entryNotes: SchemaNote[] = [];
        const value = item.read(entry, join(path, String(index)), entryNotes);
        const duplicate = unique && kept.includes(value);
        if (entryNotes.length > 0 || duplicate || kept.length >= maxItems) notes.push({ path: join(path, String(index)), kind: 'dropped' });
        else kept.push(value);
      });
      return kept;
    },
  };
}

/** An object with fixed fields: each field is read on its own, unknown fields are left out. */
export function object<T extends object>(shape: Shape<T>): Schema<T> {
  const keys = Object.keys(shape) as (keyof T & string)[];
  const fallback = Object.fromEntries(keys.map((key) => [key, shape[key].fallback])) as T;
  return {
    fallback,
    read(input, path, notes) {
      if (!isPlainObject(input)) {
        notes.push({ path, kind: 'reset', resetTo: fallback, ...(input === undefined ? { missing: true } : {}) });
        return structuredClone(fallback);
      }
      return Object.fromEntries(keys.map((key) => [key, shape[key].read(input[key], join(path, key), notes)])) as T;
    },
  };
}

/** A map with free keys (days, platforms): entries with a bad key or value are dropped. */
export function dictionary<K extends string, V>(keyPattern: RegExp, value: Schema<V>, maxEntries: number): Schema<Partial<Record<K, V>>> {
  return {
    fallback: {},
    read(input, path, notes) {
      if (!isPlainObject(input)) {
        notes.push({ path, kind: 'reset', resetTo: {}, ...(input === undefined ? { missing: true } : {}) });
        return {};
      }
      const kept: Partial<Record<K, V>> = {};
      let count = 0;
      for (const [key, entry] of Object.entries(input)) {
        const entryNotes: SchemaNote[] = [];
        const parsed = value.read(entry, join(path, key), entryNotes);
        if (!keyPattern.test(key) || entryNotes.length > 0 || count >= maxEntries) {
          notes.push({ path: join(path, key), kind: 'dropped' });
          continue;
        }
        kept[key as K] = parsed;
        count += 1;
      }
      return kept;
    },
  };
}

/** Reads with a schema and reports whether the input fitted exactly. */
export function readWithNotes<T>(schema: Schema<T>, input: unknown): { value: T; notes: SchemaNote[] } {
  const notes: SchemaNote[] = [];
  const value = schema.read(input, '', notes);
  return { value, notes };
}

