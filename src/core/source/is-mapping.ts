/** A YAML mapping as `toJS` returns it: a plain object, not a list, not null. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
