// The JSON Schemas shipped in schemas/, by kind. Apart from src/core/schemas.ts (which builds them
// from zod) so that `sales-audit schema` can print one without loading zod.
export const SCHEMA_FILES = {
  rubric: 'rubric.schema.json',
  set: 'set.schema.json',
  answers: 'answers.schema.json',
  results: 'results.schema.json',
} as const;

export type SchemaKind = keyof typeof SCHEMA_FILES;
