// A question whose level cannot move within the plan says so, in every format (rubric-review-7,
// class F: right-managers reads two quarters of results; its steps take 60 and 90 days): once, in
// the plan's head, naming the actions, not on each row (ninth VP reading, class 7: the sentence stood
// on three rows word for word). One rule, lag-text.ts; the rubric's `lag` is its only source.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { buildResults } from '../../src/core/report/build-results.js';
import { lagText } from '../../src/core/report/lag-text.js';
import { Question } from '../../src/core/rubric/schema.js';
import { stepLag } from '../../src/core/rubric/step-lag.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);

describe('a level that moves after the plan', () => {
  it('is said in quarters where the lag is whole quarters, in days otherwise, once per lag, and not at all without one', () => {
    expect(lagText([{ rank: 5, lag: 180 }, { rank: 6, lag: null }, { rank: 7, lag: 180 }, { rank: 12, lag: 180 }])).toBe(
      // Re-pinned (VP review 16, item 37): the scores, not "the levels that … work on move".
      "What #5, #7 and #12 change shows in the scores after two quarters at the earliest (180 days), not within this plan's 90 days.",
    );
    expect(lagText([{ rank: 3, lag: 120 }])).toBe("What #3 changes shows in the scores after 120 days at the earliest, not within this plan's 90 days.");
    expect(lagText([{ rank: 3, lag: 270 }, { rank: 4, lag: 180 }])).toBe(
      // Said once for both lags (VP reading 13: "not within this plan's 90 days" twice, word for word).
      "What #4 changes shows in the scores after two quarters at the earliest (180 days) and what #3 changes after three quarters at the earliest (270 days): none within this plan's 90 days.",
    );
    expect(lagText([{ rank: 1, lag: null }])).toBe('');
  });

  it('is a lag over 90 days: one within the plan is refused', () => {
    const question = { id: 'q', prompt: 'How?', levels: [{ score: 0, label: 'a', description: 'a' }, { score: 1, label: 'b', description: 'b' }] };
    expect(Question.safeParse({ ...question, lag: 180 }).success).toBe(true);
    expect(Question.safeParse({ ...question, lag: 90 }).success).toBe(false);
  });

  it("is said once in the plan's head for the acme plan items whose question has a lag, strategy-into-results' among them, carried in the JSON, and on no row", () => {
    // A question's lagFrom holds back only the steps to that level or above (stepLag), so which
    // acme items carry a lag follows from the level each fires at.
    const questionOf = new Map(set.imperatives.flatMap((r) => r.questions.flatMap((q) => q.recommendations.map((a) => [a.id, { q, a }] as const))));
    const fromLevel = new Map(buildResults(set, sheets, scores, { names: false }).actions.map((a) => [a.id, a.teamLevel] as const));
    const lagOf = new Map([...questionOf].map(([id, { q, a }]) => [id, fromLevel.has(id) ? (stepLag(q, a, fromLevel.get(id)!) ?? undefined) : q.lag] as const));
    // Re-pinned (h-plan19, VP 17 item 19): Finance's test of the discount limit takes a place of the default 12, and the
    // team meeting, the one lagged row there, waits: the rule is read on a plan of 14, where lagged rows show.
    const view = buildReportView(set, sheets, scores, { names: false, planSize: 14 });
    const expected = view.plan.filter((a) => lagOf.get(a.id) !== undefined);
    // nurture-every-six-weeks fires at relationship-tools 2 (lag 120 from 4), with none.
    expect(buildResults(set, sheets, scores, { names: false }).actions.find((a) => a.id === 'nurture-every-six-weeks')?.lag).toBeNull();
    // The manager profile waits in the backlog since the twelfth VP reading (1c: after the costing of quota and span).
    // Re-pinned after the thirteenth VP reading's plan items: the team plans, whose targets the VP Sales
    // approves, now count in the VP's load and wait; the one-to-ones' lag is in the plan's head instead.
    // Re-pinned after the merge (h-rub16c's team plans wait for the team meeting, lifting its order priority, with
    // h-plan16's running routines): the team meeting is shown and its lag is in the head; the one-to-ones wait.
    expect(expected.map((a) => a.id)).toContain('hold-monthly-team-meeting');
    expect(view.plan.filter((a) => a.lag !== null)).toEqual(expected);
    for (const a of [...view.plan, ...view.backlog]) expect(a.action, a.id).not.toContain('at the earliest');
    // Re-pinned on the merged rubrics: coaching-model carries lag 120 since h-rub14b (its steps aim
    // at levels that read three months), so acme's plan has two lags, one sentence each (lagText).
    expect(view.planText).toContain(lagText(expected.map((a) => ({ rank: a.rank, lag: lagOf.get(a.id)! }))));
    // Re-pinned after the thirteenth VP reading's plan items: the team plans (lag 180) wait in the backlog
    // now (the VP Sales approves their targets, and has no room), so no plan row carries the 180 days.
    expect(lagOf.get('write-team-plans')).toBe(180);
    expect(view.backlog.some((a) => a.id === 'write-team-plans')).toBe(true);
    expect(expected.filter((a) => lagOf.get(a.id) === 180)).toEqual([]);
    expect(view.planText.split('at the earliest').length - 1).toBe(new Set(expected.map((a) => lagOf.get(a.id))).size);
    const results = buildResults(set, sheets, scores, { names: false });
    const carried = results.actions.filter((a) => a.lag !== null).map((a) => [a.id, a.lag]);
    // Re-pinned after rubric review 17 (edit 10): right-managers reads the yearly survey, so its steps carry 365 days.
    expect(carried).toContainEqual(['write-manager-profile', 365]);
    expect(carried).toEqual(results.actions.filter((a) => lagOf.get(a.id) !== undefined).map((a) => [a.id, lagOf.get(a.id)]));
  });
});
