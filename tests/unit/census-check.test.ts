// A census: the auditor's check of every first-line manager (rubric review 11, B2; VP reading 11,
// class 4). It sets the question's level however few the managers are, so a two-manager firm's
// keystone (time-for-people) still fires the step that frees their time; below the set's minimum
// the level would describe each of the two, so the report prints none and leaves it out of the
// score. Each case fails on the build before the rule, where a check of two set nothing and the
// keystone fired no step.
import { CONFIDENTIALITY_RULES } from '../../src/core/report/method-items.js';
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { parseAnswers } from '../../src/core/answers/parse-answers.js';
import { serializeAnswers } from '../../src/core/answers/serialize-answers.js';
import { renderMarkdown as render } from '../../src/core/report/render-markdown.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, defaultTemplate, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const minimum = set.sampling!.minimum;

/** The auditor's file of a firm with `count` managers: their calendars for two weeks, every one of them (census) or not. */
function auditor(count: number, census: boolean): AnswerSheet {
  const sample = `{ count: ${count}, of: managers${census ? ', census: true' : ''} }`;
  const text = `version: 1\norganization: Acme Corp\nrespondent: { role: auditor }\ndate: 2026-11-26\nanswers:\n  sales-managers:\n    time-for-people: { score: 1, evidence: data, sample: ${sample} }\n    protection-from-admin: { score: 1, evidence: data, sample: ${sample} }\n`;
  const { sheet, diagnostics } = parseAnswers({ path: 'auditor.yaml', content: text, size: text.length }, set);
  expect(diagnostics).toEqual([]);
  return sheet!;
}

// Acme's interviews with two sales managers, not three: a firm with two managers, both checked.
const twoManagers = TEAM_EXAMPLE.filter((p) => !p.endsWith('auditor.yaml') && !p.endsWith('sales-manager-3.yaml')).map((p) => loadSheet(p, set));
const managersOf = (sheets: readonly AnswerSheet[]) => scoreAudit(set, sheets).imperatives.find((i) => i.imperative.id === 'sales-managers')!;
const timeFor = (sheets: readonly AnswerSheet[]) => managersOf(sheets).questions.find((q) => q.question.id === 'time-for-people')!;
const SELLING_LABELS = set.imperatives.find((i) => i.id === 'sales-managers')!.questions.find((q) => q.id === 'time-for-people')!.levels.map((l) => l.label);

describe('a census of the managers sets the level at any base (rubric review 11, B2)', () => {
  it('a check of two managers that is not a census sets nothing, and the keystone fires no step', () => {
    const q = timeFor([...twoManagers, auditor(2, false)]);
    expect(q.scoredAt).not.toBe('checked-level');
    expect(scoreAudit(set, [...twoManagers, auditor(2, false)]).actions.map((a) => a.recommendation.id)).not.toContain('free-manager-time');
  });

  it('the same check as a census sets the team level and fires the step that frees managers\' time', () => {
    const sheets = [...twoManagers, auditor(2, true)];
    const q = timeFor(sheets);
    expect([q.scoredAt, q.teamLevel]).toEqual(['census-withheld', 1]);
    expect(scoreAudit(set, sheets).actions.map((a) => a.recommendation.id)).toContain('free-manager-time');
  });

  it('below the minimum the level is printed nowhere and is in no score; the row says the check covered every manager', () => {
    expect(2).toBeLessThan(minimum);
    const sheets = [...twoManagers, auditor(2, true)];
    const scores = scoreAudit(set, sheets);
    const view = buildReportView(set, sheets, scores, { names: false });
    const managers = view.imperatives.find((i) => i.id === 'sales-managers')!;
    const row = managers.questions.find((q) => q.id === 'time-for-people')!;
    expect([row.level, row.levelChecked, row.censusWithheld, row.evidenceText]).toEqual([null, false, true, 'checked on every manager (system data)']);
    // Not in the score: the worked sum has no Q4.8 term, and the section says why it is left out.
    const ref = row.ref.replace(/^Q/, '');
    expect(managers.computation).not.toContain(`Q${ref}`);
    expect(managers.scoredOnText).toContain(`Q${ref} and`);
    expect(managers.scoredOnText).toMatch(/checked on every manager, too few to show/);
    // No printed text carries the level of the two managers' selling, in any wording of it.
    const result = render(defaultTemplate(), { ...view, brand: null });
    if (!result.ok) throw new Error(result.message);
    const md = result.text;
    for (const label of SELLING_LABELS) expect(md).not.toContain(label);
    // The method says the rule once, with the questions it applies to.
    // Re-pinned (h-words19, VP 17 item 50): the method says confidentiality in three lines, the rules in full are the annex's.
    const confidentiality = view.method.annex.find((m) => m.term === CONFIDENTIALITY_RULES)!.text;
    expect(confidentiality).toContain('A check of every first-line manager sets the level however few they are');
  });

  it('at the minimum or more, a census prints its level as any sufficient check does', () => {
    const q = timeFor([...twoManagers, auditor(minimum, true)]);
    expect([q.scoredAt, q.teamLevel]).toEqual(['checked-level', 1]);
  });
});

describe('the answers file: a census', () => {
  const header = (role: string) => `version: 1\norganization: Acme\nrespondent: { role: ${role} }\ndate: 2026-11-26\nanswers:\n  sales-managers:\n`;
  const parse = (text: string) => parseAnswers({ path: 'a.yaml', content: text, size: text.length }, set);

  it('reads and writes back `census: true` in the auditor\'s file', () => {
    const { sheet, diagnostics } = parse(`${header('auditor')}    time-for-people: { score: 1, evidence: data, sample: { count: 2, of: managers, census: true } }\n`);
    expect(diagnostics).toEqual([]);
    expect(sheet!.answers['sales-managers']!['time-for-people']!.sample).toEqual({ count: 2, of: 'managers', census: true });
    expect(serializeAnswers(sheet!)).toContain('census: true');
  });

  it('refuses a census in a respondent\'s file, located at the key', () => {
    const { sheet, diagnostics } = parse(`${header('sales manager')}    time-for-people:\n      score: 1\n      evidence: data\n      sample: { count: 2, of: managers, census: true }\n`);
    expect(sheet).toBeNull();
    expect(diagnostics.map((d) => `${d.rule} ${d.line}:${d.column}`)).toEqual(['answer-census-not-auditor 10:41']);
  });
});
