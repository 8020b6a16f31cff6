// parseAnswers on hostile and broken answers files: every problem located, nothing silently lost.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { loadRubricSet } from '../../src/core/rubric/load-rubric-set.js';
import { REPO_ROOT } from '../helpers/run-cli.js';

const dir = join(REPO_ROOT, 'rubrics');
const set = loadRubricSet(readdirSync(dir).map((name) => ({ path: name, content: readFileSync(join(dir, name)), size: 1 }))).set!;
const answers = (text: string) => parseAnswers({ path: 'a.yaml', content: text, size: text.length }, set);

const HEADER = 'version: 1\norganization: Acme\nrespondent: { role: leadership }\ndate: 2026-11-26\n';

describe('parseAnswers', () => {
  it('accepts a valid file', () => {
    const { sheet, diagnostics } = answers(`${HEADER}answers:\n  prospecting-plan:\n    real-targets: 3\n`);
    expect(diagnostics).toEqual([]);
    expect(sheet?.answers['prospecting-plan']?.['real-targets']).toEqual({ score: 3, note: null, evidence: 'claimed' });
  });

  it('an error in the header does not hide impossible scores', () => {
    const { sheet, diagnostics } = answers(`${HEADER.replace('date: 2026-11-26\n', '')}answers:\n  prospecting-plan:\n    real-targets: 9\n    nope: 1\n`);
    expect(sheet).toBeNull();
    expect(diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['schema-required 1', 'answer-invalid-score 6', 'answer-unknown-id 7']);
    expect(diagnostics[0]!.message).toBe('missing required key "date" at the top level');
  });

  it('a missing version is a missing key, not a wrong value', () => {
    const { diagnostics } = answers(`${HEADER.replace('version: 1\n', '')}answers: {}\n`);
    expect(diagnostics.map((d) => d.rule)).toEqual(['schema-required']);
  });

  it('impossible dates are refused', () => {
    const { diagnostics } = answers(`${HEADER.replace('2026-11-26', '2026-02-30')}answers: {}\n`);
    expect(diagnostics).toEqual([expect.objectContaining({ rule: 'schema-value', line: 4, message: 'date must be a real calendar date' })]);
  });

  it('__proto__ keys are reported as unknown ids, not silently dropped', () => {
    const { sheet, diagnostics } = answers(`${HEADER}answers:\n  __proto__: { a: 1 }\n  prospecting-plan:\n    __proto__: 2\n    real-targets: 3\n`);
    expect(diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['answer-unknown-id 6', 'answer-unknown-id 8']);
    expect(sheet?.answers['prospecting-plan']).toEqual({ 'real-targets': { score: 3, note: null, evidence: 'claimed' } });
    // Not the { a: 1 } of the file: the answers are a null-prototype object (reserved-keys.ts).
    expect(Object.getPrototypeOf(sheet!.answers)).toBeNull();
  });

  it("an answer from a role the question does not ask is a located warning and is left out of the scores", () => {
    // differentiation/answer-what-makes-you-different is not asked of salespeople (roles:).
    const rep = HEADER.replace('role: leadership', 'role: salesperson');
    const { sheet, diagnostics } = answers(`${rep}answers:\n  differentiation:\n    answer-what-makes-you-different: 3\n    defending-price: 1\n`);
    expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column} ${d.severity}`)).toEqual(['answer-role-not-asked 7:5 warning']);
    expect(diagnostics[0]!.message).toMatch(/is not asked of the role "salesperson" \(the rubric asks leadership, sales manager\); the answer is left out of the scores$/);
    expect(sheet?.answers['differentiation']).toEqual({ 'defending-price': { score: 1, note: null, evidence: 'claimed' } });
    // The same answer from a leader is kept.
    expect(answers(`${HEADER}answers:\n  differentiation:\n    answer-what-makes-you-different: 3\n`).diagnostics).toEqual([]);
  });

  it('evidence says what a score rests on; absent means claimed, anything else is a located error', () => {
    const { sheet, diagnostics } = answers(
      `${HEADER}answers:\n  prospecting-plan:\n    real-targets: { score: 3, evidence: document }\n    plan-provided: { score: 1, note: Said so, evidence: claimed }\n    relationship-tools: { score: 2 }\n`,
    );
    expect(diagnostics).toEqual([]);
    expect(sheet?.answers['prospecting-plan']).toEqual({
      'real-targets': { score: 3, note: null, evidence: 'document' },
      'plan-provided': { score: 1, note: 'Said so', evidence: 'claimed' },
      'relationship-tools': { score: 2, note: null, evidence: 'claimed' },
    });
    const bad = answers(`${HEADER}answers:\n  prospecting-plan:\n    real-targets: { score: 3, evidence: seen }\n`);
    expect(bad.diagnostics.map((d) => `${d.rule} ${d.line}`)).toEqual(['schema-value 7']);
  });

  it('"answers" of the wrong type says mapping, in our words', () => {
    const { diagnostics } = answers(`${HEADER}answers: [1, 2]\n`);
    expect(diagnostics[0]!.message).toBe('answers must be a mapping, found a list');
  });
});
