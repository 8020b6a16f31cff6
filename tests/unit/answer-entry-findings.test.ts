// The findings of every shape an answer can be written in, wrong or right, pinned: an answer is a
// level score, "n/a", or a mapping { score, note, evidence, sample }, and the order in which the
// schema tries those branches (src/core/answers/schema.ts) must change none of them, nor whether zod
// parses with its compiled parsers or without.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const dir = join(REPO_ROOT, 'rubrics');
const set = loadRubricSet(readdirSync(dir).map((name) => ({ path: name, content: readFileSync(join(dir, name)), size: 1 }))).set!;
const HEADER = 'version: 1\norganization: Acme\nrespondent: { role: leadership }\ndate: 2026-11-26\nanswers:\n  prospecting-plan:\n';

/** Each answer written as the value of real-targets (line 7), and what parseAnswers makes of it. */
const findings = (entry: string, jitless: boolean) => {
  const text = `${HEADER}    real-targets: ${entry}\n`;
  const { sheet, diagnostics } = parseAnswers({ path: 'a.yaml', content: text, size: text.length }, set, { jitless });
  const kept = sheet?.answers['prospecting-plan']?.['real-targets'];
  return [...diagnostics.map((d) => `${d.severity} ${d.rule} ${d.line}:${d.column} ${d.message}`), ...(sheet ? [`kept ${JSON.stringify(kept)}`] : [])];
};

describe('an answer in every shape: the same findings whichever branch is tried first', () => {
  // [the answer as written, its findings (and what is kept when the file is valid)]
  const cases: [string, string[]][] = [
    ['3', ['kept {"score":3,"note":null,"evidence":"claimed"}']],
    ['n/a', ['kept {"score":null,"note":null,"evidence":"claimed"}']],
    ['"n/a"', ['kept {"score":null,"note":null,"evidence":"claimed"}']],
    ['{ score: 2, note: The plan is on the drive. }', ['kept {"score":2,"note":"The plan is on the drive.","evidence":"claimed"}']],
    ['{ score: n/a, note: Not their job. }', ['kept {"score":null,"note":"Not their job.","evidence":"claimed"}']],
    ['{ score: 2, evidence: document, sample: { count: 3, of: reps } }', ['kept {"score":2,"note":null,"evidence":"document","sample":{"count":3,"of":"reps"}}']],
    ['9', ['error answer-invalid-score 7:19 "prospecting-plan/real-targets": 9 is not a level of this question; choose one of 0, 1, 2, 3, 4 or n/a']],
    ['-1', ['error answer-invalid-score 7:19 "prospecting-plan/real-targets": -1 is not a level of this question; choose one of 0, 1, 2, 3, 4 or n/a']],
    ['2.5', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['three', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['N/A', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['true', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['null', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['[1, 2]', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{}', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{ note: no score }', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{ score: three }', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{ score: 9 }', ['error answer-invalid-score 7:28 "prospecting-plan/real-targets": 9 is not a level of this question; choose one of 0, 1, 2, 3, 4 or n/a']],
    ['{ score: 2.5 }', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{ score: 2, nte: typo }', ['error schema-unknown-key 7:31 unknown key "nte" in answers.prospecting-plan.real-targets (did you mean "note"?)']],
    ['{ score: 2, evidence: rumour }', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{ score: 2, note: 5 }', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{ score: 2, evidence: document, sample: { count: 0, of: reps } }', ['error schema-value 7:68 answers.prospecting-plan.real-targets.sample.count must be at least 1']],
    ['{ score: 2, evidence: document, sample: { count: 2, of: llamas } }', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
    ['{ score: [1], note: x }', ['error schema-value 7:19 answers.prospecting-plan.real-targets: must be a level score, "n/a", or a mapping { score, note, evidence, sample }']],
  ];
  // Both ways zod parses: with its compiled parsers (many files) and without (a few; parse-answers.ts).
  it.each(cases)('%s', (entry, expected) => {
    expect(findings(entry, false)).toEqual(expected);
    expect(findings(entry, true)).toEqual(expected);
  });
});
