import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFor, SCHEMA_FILES, type SchemaKind } from '../../src/core/schemas.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

describe('shipped JSON Schemas', () => {
  for (const kind of Object.keys(SCHEMA_FILES) as SchemaKind[]) {
    it(`schemas/${SCHEMA_FILES[kind]} matches the zod schema (run \`npm run schemas\` after changing it)`, () => {
      expect(readFileSync(join(REPO_ROOT, 'schemas', SCHEMA_FILES[kind]), 'utf8')).toBe(jsonSchemaFor(kind));
    });
  }

  it('rejects unknown keys, so editors flag typos too', () => {
    const schema = JSON.parse(jsonSchemaFor('rubric'));
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'title', 'summary', 'questions']));
  });

  it('every default rubric points editors at the schema', () => {
    for (const name of ['prospecting-plan', 'differentiation', 'sales-interactions', 'sales-managers']) {
      const first = readFileSync(join(REPO_ROOT, 'rubrics', `${name}.yaml`), 'utf8').split('\n')[0];
      expect(first).toBe('# yaml-language-server: $schema=../schemas/rubric.schema.json');
    }
  });
});
