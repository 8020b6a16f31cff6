// Names that JavaScript objects reserve. A key the user wrote (a YAML key, a role, an id, a column
// title) that is one of these must never reach a plain object lookup: `obj["constructor"]` reads
// Object, `obj["__proto__"] = x` sets the prototype and zod drops the key. Our YAML files refuse
// them as keys (parse-yaml-source.ts finds them) and as ids (schema.ts); lookups keyed by user text use a
// Map, a null-prototype object or `own` below.
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `record[key]` when the record has that key itself, else undefined (never an inherited member). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export type KeyPath = (string | number)[];
