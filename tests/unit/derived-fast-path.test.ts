// The fast path is derived from the zod schemas, not written again: a constraint made tighter in
// zod is enforced by both paths with no other edit, and what the JSON Schema export loses
// (whitespace-only text after trimming, refinements) is still checked on the fast path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AnswersFile } from '../../src/core/answers/schema.js';
import { compileFastCheck } from '../../src/core/fast/compile-fast-check.js';
import { fastCheck } from '../../src/core/fast/fast-check.js';
import { FAST_CHECKS } from '../../src/core/fast/fast-checks.js';
import { Level, nonEmptyText, Question, Rubric } from '../../src/core/rubric/schema.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const rubricText = readFileSync(join(REPO_ROOT, 'tests/fixtures/rubrics/valid/minimal.yaml'), 'utf8');
const rubric = () => load(rubricText) as { title: string; questions: { levels: { label: string }[] }[] };

/** Both paths' verdicts on a value: zod's (the exact path) and the derived fast check's. */
function verdicts(schema: z.ZodType, value: unknown) {
  return { exact: schema.safeParse(value).success, fast: fastCheck(compileFastCheck(schema), value) !== null };
}

describe('a schema change is made once, in zod', () => {
  // The same rubric schema with one constraint tightened: level labels at most 2 characters.
  const Tightened = Rubric.extend({
    questions: z.array(Question.extend({ levels: z.array(Level.extend({ label: nonEmptyText.max(2) })).min(2) })).min(1),
  });

  it('both paths accept the file under the schema as it is', () => {
    expect(verdicts(Rubric, rubric())).toEqual({ exact: true, fast: true });
  });

  it('both paths reject it once zod is tightened, and nothing else was edited', () => {
    const value = rubric();
    expect(value.questions[0]!.levels[0]!.label.length).toBeLessThanOrEqual(2); // "No" still fits
    expect(value.questions[0]!.levels[1]!.label.length).toBeLessThanOrEqual(3); // "Yes" does not
    expect(verdicts(Tightened, value)).toEqual({ exact: false, fast: false });
  });

  it('a new default, key and refinement in zod reach the fast output too', () => {
    const Extended = Rubric.extend({ owner: nonEmptyText.default('Head of sales') });
    expect(fastCheck(compileFastCheck(Extended), rubric())).toEqual(Extended.parse(rubric()));
  });

  it('a refinement the fast path cannot run stops the derivation (and so the build)', () => {
    const Refined = Rubric.extend({ title: nonEmptyText.refine((t) => t !== 'Minimal rubric') });
    expect(() => compileFastCheck(Refined)).toThrow(/refinement.*src\/core\/fast\/refinements\.ts/);
  });
});

describe('what the JSON Schema export loses is still checked', () => {
  it('text of white space only is empty after trimming, for zod and for the fast check', () => {
    for (const blank of ['   ', '\n', ' \t ']) {
      expect(verdicts(Rubric, { ...rubric(), title: blank })).toEqual({ exact: false, fast: false });
    }
    // And the JSON Schema editors get says so too.
    expect(JSON.stringify(z.toJSONSchema(Rubric, { target: 'draft-07', io: 'input' }))).toContain('"pattern":"\\\\S"');
  });

  it('trimmed text comes out trimmed, defaults filled in, keys in the schema order', () => {
    const value = { questions: rubric().questions, summary: ' S ', title: ' T ', id: 'minimal' };
    const fast = fastCheck(FAST_CHECKS.rubric, value);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(Rubric.parse(value)));
  });

  it('a date that passes the pattern but is not on the calendar is refused by both', () => {
    const answers = { version: 1, organization: 'Acme', respondent: { role: 'leadership' }, date: '2026-02-30', answers: {} };
    expect(verdicts(AnswersFile, answers)).toEqual({ exact: false, fast: false });
    expect(verdicts(AnswersFile, { ...answers, date: '2024-02-29' })).toEqual({ exact: true, fast: true });
  });
});
