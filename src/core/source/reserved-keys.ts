// Names that JavaScript objects reserve. A key the user wrote (a YAML key, a role, an id, a column
// title) that is one of these must never reach a plain object lookup: `obj["constructor"]` reads
// Object, `obj["__proto__"] = x` sets the prototype and zod drops the key. Our YAML files refuse
// them as keys (parse-yaml-source.ts) and as ids (schema.ts); lookups keyed by user text use a
// Map, a null-prototype object or `own` below.
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `record[key]` when the record has that key itself, else undefined (never an inherited member). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

export type KeyPath = (string | number)[];

/**
 * The path of every mapping key in a parsed YAML value that is a reserved name, in document order.
 * Walked with a stack, not recursion: a hostile file may nest deeply.
 */
export function reservedKeyPaths(value: unknown): KeyPath[] {
  const found: KeyPath[] = [];
  const stack: { node: unknown; path: KeyPath }[] = [{ node: value, path: [] }];
  while (stack.length > 0) {
    const { node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    // Only mappings and lists are walked (a scalar holds no key), pushed in reverse so they are
    // visited in document order.
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (typeof child === 'object' && child !== null) stack.push({ node: child, path: [...path, key] });
    }
    if (!Array.isArray(node)) for (const [key] of entries) if (RESERVED_KEYS.has(key as string)) found.push([...path, key]);
  }
  return found;
}
