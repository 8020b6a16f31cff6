// Signals that discriminate (issue 20): "needs discussion" and "verify first" each mark at most a
// third of their items on the acme team and on a 30-person survey, and each rule does what the
// method says.
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { campDistance, disagreementOf, DISCUSSION_SHOWN } from '../../src/core/scoring/discussion.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import type { AnswerTally } from '../../src/core/scoring/answer-tally.js';
import { verifyCounts, verifyFirstOf } from '../../src/core/scoring/verify-first.js';

/** The rule on one question's answers, as the report applies it (build-report-view.ts). */
const verifyFirst = (answers: AnswerTally, fromLevel: number) => verifyFirstOf(verifyCounts(answers, fromLevel), answers.levelScores, fromLevel);
import { countsOf, tallyOf } from '../helpers/answer-tally.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';
import { surveyTeam } from '../helpers/survey-team.js';

const set = defaultSet();

function shares(sheets: readonly AnswerSheet[]) {
  const scores = scoreAudit(set, sheets);
  const view = buildReportView(set, sheets, scores, { names: false });
  const questions = scores.imperatives.flatMap((i) => i.questions).filter((q) => q.respondents > 0);
  return {
    discussed: questions.filter((q) => q.needsDiscussion).length / questions.length,
    verify: view.actionPlan.flatMap((h) => h.actions).filter((a) => a.verifyFirst).length / view.actionCount,
    view,
  };
}

describe('flag shares', () => {
  it.each([
    ['examples/acme', () => TEAM_EXAMPLE.map((p) => loadSheet(p, set))],
    ['a 30-person survey', () => surveyTeam(set)],
  ])('on %s each flag marks at most a third of its items, and some', (_, sheets) => {
    const { discussed, verify, view } = shares(sheets());
    expect(discussed).toBeGreaterThan(0);
    expect(discussed).toBeLessThanOrEqual(1 / 3);
    expect(verify).toBeLessThanOrEqual(1 / 3);
    expect(view.needsDiscussion.length).toBeLessThanOrEqual(DISCUSSION_SHOWN);
    expect(view.needsDiscussionText).toMatch(/^People disagree on \d+ of \d+ questions|^.+ Apart from that, (one question|\w+ questions) of \d+ splits? people by two levels or more/);
  });
});

describe('the rules', () => {
  it('two camps: a third two levels or more below another third', () => {
    expect(campDistance(countsOf([0, 0, 0, 1, 1, 1, 2, 2, 2]))).toBe(2);
    // One outlier among many is noise, not a camp.
    expect(campDistance(countsOf([1, 1, 1, 1, 1, 1, 1, 1, 4]))).toBe(0);
    expect(campDistance(countsOf([3]))).toBe(0);
  });
  it('roles: means 2 levels apart', () => {
    expect(disagreementOf(0, [{ role: 'leadership', mean: 3 }, { role: 'salesperson', mean: 1 }]).needsDiscussion).toBe(true);
    expect(disagreementOf(0, [{ role: 'leadership', mean: 2.9 }, { role: 'salesperson', mean: 1 }]).needsDiscussion).toBe(false);
    expect(disagreementOf(2, []).needsDiscussion).toBe(true);
  });
  it('verify first: claims only, and two in five or more say the step is done', () => {
    const claimed = (score: number) => ({ score, evidence: 'claimed' as const });
    expect(verifyFirst(tallyOf([claimed(1), claimed(1), claimed(1), claimed(3), claimed(2)]), 1)).toBe(true);
    expect(verifyFirst(tallyOf([claimed(1), claimed(1), claimed(1), claimed(3)]), 1)).toBe(false);
    expect(verifyFirst(tallyOf([claimed(1), claimed(3), claimed(3), { score: 1, evidence: 'document' }]), 1)).toBe(false);
    // Fifth VP reading: an even split decided by the median's tie-break alone (half one level above
    // the step, half at it) fired by construction; now the answers above must outweigh the rest.
    expect(verifyFirst(tallyOf([claimed(1), claimed(1), claimed(1), claimed(2), claimed(2), claimed(2)]), 1)).toBe(false);
    expect(verifyFirst(tallyOf([claimed(0), claimed(1), claimed(1), claimed(3), claimed(3), claimed(3)]), 1)).toBe(true);
    // One respondent: nothing in the data contradicts the answer.
    expect(verifyFirst(tallyOf([claimed(1)]), 1)).toBe(false);
  });
});
