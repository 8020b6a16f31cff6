// A fast check compiled at run time from a zod schema: the JSON Schema zod exports, checked by
// Ajv, and the output plan read from the schema. What the build turns into plain code
// (scripts/build.mjs); used directly when the sources run (tests), and by the test that tightens a
// schema and watches both paths follow.
import { Ajv } from 'ajv';
import { z } from 'zod';
import { deriveOutputPlan } from './derive-output-plan.js';
import type { OutputPlan } from './output-plan.js';

export interface FastCheck {
  /** The JSON Schema check (types, required and unknown keys, bounds, enums). */
  validate(value: unknown): boolean;
  /** What zod does beyond it: defaults, key order, trimming, checks on the trimmed text, refinements. */
  plan: OutputPlan;
}

/**
 * Ajv as zod checks: the first error is enough (the fast path only asks "valid?"), NaN and
 * infinities are not numbers, and patterns are compiled without the u flag, as zod compiles them.
 * No messages: less code to load.
 */
export const AJV_OPTIONS = { allErrors: false, messages: false, strict: true, strictNumbers: true, unicodeRegExp: false } as const;

/** The JSON Schema the validator is generated from: zod's export, as in schemas/*.json. */
export function validatorSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const jsonSchema = z.toJSONSchema(schema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
  delete jsonSchema.$schema;
  return jsonSchema;
}

export function compileFastCheck(schema: z.ZodType, ajv = new Ajv(AJV_OPTIONS)): FastCheck {
  const validate = ajv.compile(validatorSchemaOf(schema));
  return { validate: (value) => validate(value), plan: deriveOutputPlan(schema) };
}
