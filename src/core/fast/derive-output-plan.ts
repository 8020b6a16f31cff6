// The output plan of a zod schema (output-plan.ts): read from the schema's definition, so a change
// to the schema changes the fast path with it. Runs at build time (scripts/build.mjs writes the
// plans into the bundle) and when the sources run directly (tests). Anything in a schema that the
// plan cannot reproduce exactly (a transform, an unregistered refinement, a union whose options
// share a kind) throws, which stops the build: a schema change can never make the fast path looser
// than zod without anybody noticing.
import type { z } from 'zod';
import { kindOf, type OutputPlan, type ValueKind } from './output-plan.js';
import { REFINEMENTS, type RefinementName } from './refinements.js';

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  element?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  values?: unknown[];
  entries?: Record<string, unknown>;
}

interface CheckDef {
  check: string;
  tx?: (value: string) => string;
  fn?: unknown;
  minimum?: number;
  maximum?: number;
  length?: number;
  format?: string;
  pattern?: RegExp;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const refinementNames = new Map<unknown, RefinementName>(Object.entries(REFINEMENTS).map(([name, fn]) => [fn, name as RefinementName]));

function unsupported(path: string, what: string): never {
  throw new Error(
    `the fast path cannot reproduce ${what} at ${path || 'the top level'} of a zod schema. Express it so it survives the JSON Schema export (a .regex(), a bound), register a refinement in src/core/fast/refinements.ts, or write it as a rule (rubric-rules.ts), which runs on both paths.`,
  );
}

/** Refinements among the checks, by name; other checks are left to the validator. */
function refinementsOf(def: Def, path: string, allowed: ReadonlySet<string>): RefinementName[] | undefined {
  const names: RefinementName[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'custom') {
      const name = refinementNames.get(c.fn);
      if (name === undefined) unsupported(path, 'a refinement (.refine) that src/core/fast/refinements.ts does not list');
      names.push(name);
    } else if (!allowed.has(c.check)) unsupported(path, `a "${c.check}" check`);
  }
  return names.length > 0 ? names : undefined;
}

const NUMBER_CHECKS = new Set(['greater_than', 'less_than', 'multiple_of', 'number_format']);
const COLLECTION_CHECKS = new Set(['min_length', 'max_length', 'length_equals', 'min_size', 'max_size']);

function textPlan(def: Def, path: string): OutputPlan {
  let trim = false;
  let min: number | undefined;
  let max: number | undefined;
  const patterns: { source: string; flags: string }[] = [];
  const refine: RefinementName[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    switch (c.check) {
      case 'overwrite':
        // The only transform the plan knows: probe that this one is String.prototype.trim.
        if (trim || patterns.length > 0 || min !== undefined || max !== undefined || ![' a b ', '\t\na\n', 'a', ' '].every((s) => c.tx!(s) === s.trim())) unsupported(path, 'a text transform other than a leading .trim()');
        trim = true;
        break;
      case 'min_length':
        min = Math.max(min ?? 0, c.minimum!);
        break;
      case 'max_length':
        max = Math.min(max ?? Infinity, c.maximum!);
        break;
      case 'length_equals':
        min = max = c.length!;
        break;
      case 'string_format':
        if (c.format !== 'regex' || !(c.pattern instanceof RegExp)) unsupported(path, `a "${c.format}" text format`);
        patterns.push({ source: c.pattern.source, flags: c.pattern.flags.replace('g', '') });
        break;
      case 'custom': {
        const name = refinementNames.get(c.fn);
        if (name === undefined) unsupported(path, 'a refinement (.refine) that src/core/fast/refinements.ts does not list');
        refine.push(name);
        break;
      }
      default:
        unsupported(path, `a "${c.check}" check on text`);
    }
  }
  const plan: OutputPlan = { t: 'text', trim };
  // zod counts UTF-16 code units and tests patterns without the u flag; the validator counts code
  // points and compiles patterns its own way. Checked again here exactly as zod checks them.
  if (min !== undefined) plan.min = min;
  if (max !== undefined) plan.max = max;
  if (patterns.length > 0) plan.patterns = patterns;
  if (refine.length > 0) plan.refine = refine;
  return plan;
}

function keep(kind: ValueKind, refine: RefinementName[] | undefined): OutputPlan {
  return refine ? { t: 'keep', kind, refine } : { t: 'keep', kind };
}

function literalKind(values: readonly unknown[], path: string): ValueKind {
  const kinds = new Set(values.map((v) => (v === null ? 'null' : typeof v)));
  const [kind] = kinds;
  if (kinds.size !== 1 || !['string', 'number', 'boolean', 'null'].includes(kind!)) unsupported(path, 'a literal of mixed or unusual types');
  return kind as ValueKind;
}

export function deriveOutputPlan(schema: z.ZodType, path = ''): OutputPlan {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
      return textPlan(def, path);
    case 'number':
      return keep('number', refinementsOf(def, path, NUMBER_CHECKS));
    case 'boolean':
      return keep('boolean', refinementsOf(def, path, new Set()));
    case 'literal':
      return keep(literalKind(def.values!, path), undefined);
    case 'enum':
      return keep(literalKind(Object.values(def.entries!), path), undefined);
    case 'optional':
      return deriveOutputPlan(def.innerType!, path);
    case 'nullable':
      return { t: 'nullable', inner: deriveOutputPlan(def.innerType!, path) };
    case 'object': {
      const refine = refinementsOf(def, path, new Set());
      const keys = Object.entries(def.shape!).map(([key, child]) => {
        const childDef = defOf(child);
        const entry: { key: string; plan: OutputPlan; optional: boolean; default?: unknown } = {
          key,
          plan: deriveOutputPlan(childDef.type === 'default' ? childDef.innerType! : child, `${path}.${key}`),
          optional: childDef.type === 'optional' || childDef.type === 'default',
        };
        if (childDef.type === 'default') entry.default = structuredClone(childDef.defaultValue);
        return entry;
      });
      const catchall = def.catchall && defOf(def.catchall).type !== 'never' ? deriveOutputPlan(def.catchall, `${path}.*`) : undefined;
      const plan: OutputPlan = { t: 'object', keys };
      if (catchall) plan.rest = catchall;
      if (refine) plan.refine = refine;
      return plan;
    }
    case 'array': {
      const refine = refinementsOf(def, path, COLLECTION_CHECKS);
      const plan: OutputPlan = { t: 'array', item: deriveOutputPlan(def.element!, `${path}[]`) };
      if (refine) plan.refine = refine;
      return plan;
    }
    case 'record': {
      if (defOf((schema as unknown as { _zod: { def: { keyType: z.ZodType } } })._zod.def.keyType).type !== 'string') unsupported(path, 'a record keyed by anything but text');
      const refine = refinementsOf(def, path, new Set());
      const plan: OutputPlan = { t: 'record', value: deriveOutputPlan(def.valueType!, `${path}.*`) };
      if (refine) plan.refine = refine;
      return plan;
    }
    case 'union': {
      // A union inside a union is one list of options, tried in order, as zod tries them.
      const options = def.options!.flatMap((option, i) => {
        const plan = deriveOutputPlan(option, `${path}|${i}`);
        return plan.t === 'union' ? plan.options : [plan];
      });
      const kinds = options.map(kindOf);
      if (kinds.includes('any') || new Set(kinds).size !== kinds.length) unsupported(path, 'a union whose options are not told apart by the kind of value (text, number, mapping, list)');
      return { t: 'union', options };
    }
    case 'default':
      unsupported(path, 'a default outside an object');
    // falls through (unsupported throws)
    default:
      return unsupported(path, `a "${def.type}" schema`);
  }
}
