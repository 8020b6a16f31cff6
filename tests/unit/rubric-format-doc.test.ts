// docs/rubric-format.md's key table is the reference a rubric author (and a reviewer) reads, while
// the zod schema is what `validate` enforces: rubric review 16 (edit 14) found `label`, `title`,
// `build` and `recurring` in the shipped files and not in the table, so the set seemed to fail its
// own format. Every key the schema takes must have a row that names where it goes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Decision, Level, Question, Recommendation, Rubric } from '../../src/core/rubric/schema.js';

const doc = readFileSync(new URL('../../docs/rubric-format.md', import.meta.url), 'utf8');

/** The rows of the table headed "| Key | Where | Required | Rule |": each key with the places it names. */
function keyTable(markdown: string): { keys: string[]; where: string[] }[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^\| Key \| Where \| Required \| Rule \|/.test(line));
  if (start < 0) throw new Error('docs/rubric-format.md has no "| Key | Where | Required | Rule |" table');
  const rows: { keys: string[]; where: string[] }[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    const [, keyCell = '', whereCell = ''] = line.split('|');
    rows.push({
      keys: [...keyCell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!),
      where: whereCell.split(',').map((w) => w.trim()),
    });
  }
  return rows;
}

const SCHEMAS = { rubric: Rubric, question: Question, level: Level, recommendation: Recommendation, decision: Decision };

describe('docs/rubric-format.md documents every key the rubric schema takes', () => {
  const rows = keyTable(doc);

  it('reads a table of keys (the parse itself can fail)', () => {
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.find((row) => row.keys.includes('weight'))?.where).toEqual(['rubric', 'question']);
  });

  for (const [where, schema] of Object.entries(SCHEMAS)) {
    it(`every key of a ${where}`, () => {
      const keys = Object.keys(schema.shape);
      expect(keys.length).toBeGreaterThan(2);
      const missing = keys.filter((key) => !rows.some((row) => row.keys.includes(key) && row.where.includes(where)));
      expect(missing, `keys of a ${where} with no row in the table (add "| \`key\` | ${where} | ... |")`).toEqual([]);
    });
  }

  it('no row documents a key the schema does not take (a stale row)', () => {
    const stale = rows.flatMap((row) =>
      row.keys.flatMap((key) =>
        row.where
          .filter((where) => where in SCHEMAS)
          .filter((where) => !(key in SCHEMAS[where as keyof typeof SCHEMAS].shape))
          .map((where) => `${key} (${where})`),
      ),
    );
    expect(stale).toEqual([]);
  });
});
