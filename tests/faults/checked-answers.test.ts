// Evidence outranks claims (rubric review 8, class A; issue 19). Where some answers to a question were
// checked (evidence `document`, `observed` or `data`), its team level is the median of the checked
// answers alone and it counts in the score at that level (score-term.ts); where none was, nothing
// changes. The claims stay in the roles' figures, without the checked answers, under the insider
// rule: a checked answer's level is printed, so it is treated as known, and what is left must be
// enough on its own (figure-roles.ts tallyRoles, score-audit.ts figuresShown). Each case fails on the
// build before this rule (the old figure is worked out here to show what it gave away).
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import type { Evidence } from '../../src/core/answers/answers-constants.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { levelCounts } from '../../src/core/scoring/answer-tally.js';
import { attainment } from '../../src/core/scoring/attainment.js';
import { questionByRole } from '../../src/core/scoring/question-by-role.js';
import { teamLevel } from '../../src/core/scoring/recommendation-fires.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

const set = fixtureSet();

/** The sheet with its answer to alpha's first question marked as resting on `evidence`. */
function checkedOn(s: AnswerSheet, evidence: Evidence = 'observed'): AnswerSheet {
  const alpha = s.answers['alpha']!;
  return { ...s, answers: { ...s.answers, alpha: { ...alpha, q1: { ...alpha['q1']!, evidence } } } };
}

/** A team: `leaders` leaders and `reps` salespeople, alpha's first question answered by the levels given, in that order. */
function team(levels: readonly number[], leaders: number): AnswerSheet[] {
  return levels.map((level, i) => sheet({ alpha: { q1: level, q2: 3, q3: 1 }, beta: { q1: 2, q2: 2 } }, { name: `P${i}`, role: i < leaders ? 'leadership' : 'salesperson' }));
}

describe('evidence outranks claims', () => {
  // Eight claims at 3 and the auditor's observed count at 1: the claims used to set the level at 3.
  const claims = team([1, 3, 3, 3, 3, 3, 3, 3, 3], 4);
  const sheets = [checkedOn(claims[0]!), ...claims.slice(1)];

  it('sets the team level at the checked answers\' median, and counts the question there', () => {
    const scores = scoreAudit(set, sheets);
    const q1 = scores.imperatives[0]!.questions[0]!;
    expect(teamLevel(q1.answers)).toBe(1);
    expect(q1.scoredAt).toBe('checked-level');
    // alpha: 100 × (2 × 0.25 + 1 × 0.5 + 1 × 0.5) / 4 = 37.5; at the mean (2.78) it was 2 × 0.694…: 59.7.
    expect(scores.imperatives[0]!.score).toBe(37.5);
    expect(attainment(q1.question, q1.meanScore!)).toBeCloseTo(25 / 36, 12);
    // The plan steps from the checked level: act-1 (below 2) fires, as it does for a team at 1.
    expect(scores.actions.filter((a) => a.question.id === 'q1' && a.imperative.id === 'alpha').map((a) => a.recommendation.id)).toContain('act-1');
    // The old rule, the median of everyone: 3.
    const all = levelCounts(q1.answers);
    expect(all).toEqual([0, 1, 0, 8, 0]);
  });

  it('changes nothing where no answer was checked', () => {
    const scores = scoreAudit(set, claims);
    const q1 = scores.imperatives[0]!.questions[0]!;
    expect([teamLevel(q1.answers), q1.scoredAt]).toEqual([3, 'mean']);
  });

  it('takes the median of the checked answers only, whatever the claims', () => {
    const mixed = team([0, 2, 4, 4, 4, 4, 4, 4, 4], 4).map((s, i) => (i < 3 ? checkedOn(s, (['document', 'data', 'observed'] as const)[i]) : s));
    const q1 = scoreAudit(set, mixed).imperatives[0]!.questions[0]!;
    expect(teamLevel(q1.answers)).toBe(2);
  });

  it('flags no disagreement on a question the check settled, where the same claims unchecked are flagged', () => {
    // Claims in two camps (0s and 4s) and one checked answer at 1.
    const camps = team([1, 0, 0, 0, 4, 4, 4, 4, 0], 4);
    const unchecked = scoreAudit(set, camps).imperatives[0]!.questions[0]!;
    expect(unchecked.needsDiscussion).toBe(true);
    const settled = scoreAudit(set, [checkedOn(camps[0]!), ...camps.slice(1)]).imperatives[0]!.questions[0]!;
    expect([settled.scoredAt, settled.needsDiscussion]).toEqual(['checked-level', false]);
  });

  it('marks the row "Checked" and states the rule once in the method', () => {
    const scores = scoreAudit(set, sheets);
    const view = buildReportView(set, sheets, scores, { names: false });
    expect(view.imperatives[0]!.questions.map((q) => q.levelChecked)).toEqual([true, false, false]);
    expect(view.imperatives[0]!.computation).toContain('(Q1.1 at its checked level)');
    expect(view.method.items.filter((m) => m.text.includes('the team level is the median of the checked answers alone'))).toHaveLength(1);
    expect(view.method.brief.filter((line) => line.includes("Where answers were checked, their median sets the question's level"))).toHaveLength(1);
  });
});

describe('the roles\' claims beside a checked answer give nobody\'s claim away', () => {
  // Four salespeople, one of whom the auditor checked at 0; six leaders. The checked level is printed
  // (the team level): with it in the salespeople's figures, 4 × their mean − 0 was the other three's
  // claims, and each of those three, knowing their own, read the other two's total.
  const base = team([3, 3, 3, 2, 4, 3, 0, 1, 2, 1], 6);
  const sheets = base.map((s, i) => (i === 6 ? checkedOn(s) : s));

  it('leaves the checked answer out of the role\'s figures, and the three claims left are too few to show alone', () => {
    const scores = scoreAudit(set, sheets);
    const q1 = scores.imperatives[0]!.questions[0]!;
    expect(teamLevel(q1.answers)).toBe(0);
    expect(questionByRole(q1, scores).map((r) => r.role)).toEqual([]);
    // The role's imperative score, which would carry that mean, is not shown either.
    expect(scores.imperatives[0]!.byRole).toEqual([]);
    // The old figure: the salespeople's mean over all four answers, shown (4 ≥ 3 + 1).
    const salespeople = scores.shownRoles.find((r) => r.role === 'salesperson')!;
    const old = levelCounts(q1.answers, salespeople.keys);
    const oldMean = old.reduce((s, n, level) => s + n * level, 0) / 4;
    expect(oldMean * 4 - 0).toBe(1 + 2 + 1);
  });

  it('shows the roles where the claims left are enough', () => {
    const five = [...sheets, sheet({ alpha: { q1: 2, q2: 3, q3: 1 }, beta: { q1: 2, q2: 2 } }, { name: 'P10', role: 'salesperson' })];
    const scores = scoreAudit(set, five);
    const q1 = scores.imperatives[0]!.questions[0]!;
    // Salespeople's claims: 1, 2, 1, 2 (the checked 0 left out): mean 1.5; leadership's: 3, 3, 3, 2, 4, 3.
    expect(questionByRole(q1, scores)).toEqual([
      { role: 'leadership', mean: 3 },
      { role: 'salesperson', mean: 1.5 },
    ]);
  });

  it('holds a question\'s figures back where its claims, the checked answer set aside, are too few', () => {
    // Four answered, one checked: the mean of four minus the printed checked level is the other
    // three's total, and each of them reads the other two's. Shown before (4 ≥ 3 + 1).
    const four = team([0, 2, 3, 1], 0).map((s, i) => (i === 0 ? checkedOn(s) : s));
    const scores = scoreAudit(set, four);
    const q1 = scores.imperatives[0]!.questions[0]!;
    expect([q1.respondents, q1.figuresShown, q1.scoredAt]).toEqual([4, false, 'checked-level']);
    expect(scores.imperatives[0]!.questions[1]!.figuresShown).toBe(true);
  });
});

describe('on acme, whose interviewers checked 17 answers to 16 questions', () => {
  it('sets 16 team levels from the checked answers, 4.1, 4.4, 4.8 and 4.9 among them (too few claims to show)', () => {
    const acme = defaultSet();
    const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, acme));
    const scores = scoreAudit(acme, sheets);
    const checked = scores.imperatives.flatMap((i) => i.questions.filter((q) => q.scoredAt === 'checked-level').map((q) => q.question.id));
    expect(checked).toHaveLength(16);
    expect(checked).toEqual(expect.arrayContaining(['answer-what-makes-you-different', 'right-managers', 'coaching-model-given', 'time-for-people', 'protection-from-admin']));
    expect(scores.imperatives.flatMap((i) => i.questions).filter((q) => q.scoredAt === 'held-back')).toEqual([]);
  });
});
