// What zod's parse returns for a value that passed the JSON Schema validator, without zod: an
// output plan derived from the zod schema (derive-output-plan.ts, at build time) says where zod
// fills a default, in which order it writes an object's keys, which strings it trims, and which
// checks must be run again on the trimmed text or are refinements the JSON Schema cannot carry.
// applyOutputPlan follows it, or says NOT_CERTAIN and the caller takes the exact path (zod).
import { REFINEMENTS, type RefinementName } from './refinements.js';

export type OutputPlan =
  /** Kept as it is (numbers, booleans, literals, text without transforms or refinements). */
  | { t: 'keep'; kind: ValueKind; refine?: RefinementName[] }
  /** Text: trimmed when zod trims it, then its length and patterns checked again as zod checks them. */
  | { t: 'text'; trim: boolean; min?: number; max?: number; patterns?: { source: string; flags: string }[]; refine?: RefinementName[] }
  /** An object: its known keys in the schema's order (with defaults), then any others (a catchall). */
  | { t: 'object'; keys: { key: string; plan: OutputPlan; optional: boolean; default?: unknown }[]; rest?: OutputPlan; refine?: RefinementName[] }
  | { t: 'array'; item: OutputPlan; refine?: RefinementName[] }
  | { t: 'record'; value: OutputPlan; refine?: RefinementName[] }
  | { t: 'nullable'; inner: OutputPlan }
  /** A union: zod takes the first option that succeeds; the options differ in kind, so the value's kind picks it. */
  | { t: 'union'; options: OutputPlan[] };

export type ValueKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'any';

/** The value could not be vouched for: let zod decide. */
export const NOT_CERTAIN: unique symbol = Symbol('not certain');

class NotCertain extends Error {}

export function kindOf(plan: OutputPlan): ValueKind {
  switch (plan.t) {
    case 'keep':
      return plan.kind;
    case 'text':
      return 'string';
    case 'object':
    case 'record':
      return 'object';
    case 'array':
      return 'array';
    default:
      return 'any';
  }
}

function kindOfValue(value: unknown): ValueKind {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'any';
}

// Compiled once per pattern of a plan (plans are data: JSON in the built bundle).
const compiled = new WeakMap<{ source: string; flags: string }, RegExp>();
function regExp(pattern: { source: string; flags: string }): RegExp {
  let re = compiled.get(pattern);
  if (!re) compiled.set(pattern, (re = new RegExp(pattern.source, pattern.flags)));
  return re;
}

// An object plan's key names as a set, made once per plan.
const knownKeySets = new WeakMap<OutputPlan, ReadonlySet<string>>();
function knownKeys(plan: Extract<OutputPlan, { t: 'object' }>): ReadonlySet<string> {
  let keys = knownKeySets.get(plan);
  if (!keys) knownKeySets.set(plan, (keys = new Set(plan.keys.map((k) => k.key))));
  return keys;
}

/** Whether the object has more than `count` own keys, without making the list of them. */
function keyCountAbove(object: object, count: number): boolean {
  let n = 0;
  for (const key in object) if (Object.hasOwn(object, key) && ++n > count) return true;
  return false;
}

/**
 * A fresh copy of a default (JSON data, from the plan), so no two outputs share it: what
 * structuredClone gives for such data, at a fraction of its cost per call.
 */
function copyOfDefault(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyOfDefault);
  if (typeof value !== 'object' || value === null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = copyOfDefault(item);
  return copy;
}

function refined(names: readonly RefinementName[] | undefined, value: unknown): void {
  if (names) for (const name of names) if (!REFINEMENTS[name](value as never)) throw new NotCertain();
}

function apply(plan: OutputPlan, value: unknown): unknown {
  switch (plan.t) {
    case 'keep':
      // Numbers JSON Schema accepts but zod does not (NaN, infinities) never get here: the validator
      // is compiled with strictNumbers.
      refined(plan.refine, value);
      return value;
    case 'text': {
      if (typeof value !== 'string') throw new NotCertain();
      const text = plan.trim ? value.trim() : value;
      if ((plan.min !== undefined && text.length < plan.min) || (plan.max !== undefined && text.length > plan.max)) throw new NotCertain();
      if (plan.patterns) for (const p of plan.patterns) if (!regExp(p).test(text)) throw new NotCertain();
      refined(plan.refine, text);
      return text;
    }
    case 'object': {
      const input = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      let present = 0;
      for (const { key, plan: keyPlan, optional, default: fallback } of plan.keys) {
        if (Object.hasOwn(input, key)) {
          const item = input[key];
          // A key present with the value undefined (never so in YAML) stays in zod's output: left to zod.
          if (item === undefined) throw new NotCertain();
          out[key] = apply(keyPlan, item);
          present++;
        } else if (fallback !== undefined) out[key] = typeof fallback === 'object' && fallback !== null ? copyOfDefault(fallback) : fallback;
        else if (!optional) throw new NotCertain();
      }
      // Keys the schema does not name: only when there are any (the common case has none).
      if (keyCountAbove(input, present)) {
        const known = knownKeys(plan);
        for (const key of Object.keys(input)) {
          if (known.has(key)) continue;
          if (!plan.rest || key === '__proto__') throw new NotCertain();
          out[key] = apply(plan.rest, input[key]);
        }
      }
      refined(plan.refine, out);
      return out;
    }
    case 'array': {
      const items = value as unknown[];
      const out: unknown[] = [];
      for (let i = 0; i < items.length; i++) out.push(apply(plan.item, items[i]));
      refined(plan.refine, out);
      return out;
    }
    case 'record': {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
        // `out[key] =` with "__proto__" would set the prototype, not a key: left to zod.
        if (key === '__proto__') throw new NotCertain();
        out[key] = apply(plan.value, item);
      }
      refined(plan.refine, out);
      return out;
    }
    case 'nullable':
      return value === null ? null : apply(plan.inner, value);
    case 'union': {
      const kind = kindOfValue(value);
      const option = plan.options.find((o) => kindOf(o) === kind || kindOf(o) === 'any');
      if (!option) throw new NotCertain();
      return apply(option, value);
    }
  }
}

/** zod's output for a value the validator accepted, or NOT_CERTAIN. */
export function applyOutputPlan(plan: OutputPlan, value: unknown): unknown {
  try {
    return apply(plan, value);
  } catch (error) {
    if (error instanceof NotCertain) return NOT_CERTAIN;
    throw error;
  }
}
