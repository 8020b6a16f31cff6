// JSON Schemas derived from the zod schemas (the single source of truth). scripts/generate-schemas.ts
// writes them to schemas/; a test fails when the committed files drift from zod.
import { z } from 'zod';
import { AnswersFile } from './answers/schema.js';
import { Results } from './report/results-schema.js';
import { Rubric, SetManifest } from './rubric/schema.js';

import type { SchemaKind } from './schema-files.js';

export { SCHEMA_FILES, type SchemaKind } from './schema-files.js';

const SOURCES: Record<SchemaKind, z.ZodType> = { rubric: Rubric, set: SetManifest, answers: AnswersFile, results: Results };

export function jsonSchemaFor(kind: SchemaKind): string {
  // draft-07 is what editors' YAML support handles best; `input` so defaults make keys optional.
  const schema = z.toJSONSchema(SOURCES[kind], { target: 'draft-07', io: 'input' });
  return `${JSON.stringify(schema, null, 2)}\n`;
}
