// JSON Schemas derived from the zod schemas (the single source of truth). scripts/generate-schemas.ts
// writes them to schemas/; a test fails when the committed files drift from zod.
import * as z from 'zod';
import { AnswersFile } from './answers/schema.js';
import { BrandFile } from './brand/schema.js';
import { Results } from './report/results-schema.js';
import { Readout } from './readout/schema.js';
import { Rubric, SetManifest } from './rubric/schema.js';

/** The JSON Schemas shipped in schemas/, by kind. */
export const SCHEMA_FILES = {
  rubric: 'rubric.schema.json',
  set: 'set.schema.json',
  answers: 'answers.schema.json',
  results: 'results.schema.json',
  readout: 'readout.schema.json',
  brand: 'brand.schema.json',
} as const;

export type SchemaKind = keyof typeof SCHEMA_FILES;

const SOURCES: Record<SchemaKind, z.ZodType> = { rubric: Rubric, set: SetManifest, answers: AnswersFile, results: Results, readout: Readout, brand: BrandFile };

export function jsonSchemaFor(kind: SchemaKind): string {
  // draft-07 is what editors' YAML support handles best; `input` so defaults make keys optional.
  const schema = z.toJSONSchema(SOURCES[kind], { target: 'draft-07', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
