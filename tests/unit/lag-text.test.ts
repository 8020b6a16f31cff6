// A question whose level cannot move within the plan says so on its plan item, in every format
// (rubric-review-7, class F: right-managers reads two quarters of results; its steps take 60 and 90
// days). One rule, lag-text.ts; the rubric's `lag` is its only source.
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { buildResults } from '../../src/core/report/build-results.js';
import { lagText } from '../../src/core/report/lag-text.js';
import { Question } from '../../src/core/rubric/schema.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);

describe('a level that moves after the plan', () => {
  it('is said in quarters where the lag is whole quarters, in days otherwise, and not at all without one', () => {
    expect(lagText(180)).toBe("Its level moves after two quarters at the earliest (180 days), not within this plan's 90 days.");
    expect(lagText(120)).toBe("Its level moves after 120 days at the earliest, not within this plan's 90 days.");
    expect(lagText(undefined)).toBe('');
  });

  it('is a lag over 90 days: one within the plan is refused', () => {
    const question = { id: 'q', prompt: 'How?', levels: [{ score: 0, label: 'a', description: 'a' }, { score: 1, label: 'b', description: 'b' }] };
    expect(Question.safeParse({ ...question, lag: 180 }).success).toBe(true);
    expect(Question.safeParse({ ...question, lag: 90 }).success).toBe(false);
  });

  it("is printed on each acme plan item whose question has a lag, right-managers' among them, carried in the JSON, and nowhere else", () => {
    const lagOf = new Map(set.imperatives.flatMap((r) => r.questions.flatMap((q) => q.recommendations.map((a) => [a.id, q.lag] as const))));
    const view = buildReportView(set, sheets, scores, { names: false });
    const items = [...view.plan, ...view.backlog];
    const lagged = items.filter((a) => a.action.includes('at the earliest'));
    const expected = items.filter((a) => lagOf.get(a.id) !== undefined).map((a) => a.id);
    expect(expected).toContain('write-manager-profile');
    expect(lagged.map((a) => a.id)).toEqual(expected);
    for (const a of lagged) expect(a.action, a.id).toMatch(/\. Its level moves after two quarters at the earliest \(180 days\), not within this plan's 90 days\.$/);
    const results = buildResults(set, sheets, scores, { names: false });
    const carried = results.actions.filter((a) => a.lag !== null).map((a) => [a.id, a.lag]);
    expect(carried).toContainEqual(['write-manager-profile', 180]);
    expect(carried).toEqual(results.actions.filter((a) => lagOf.get(a.id) !== undefined).map((a) => [a.id, lagOf.get(a.id)]));
  });
});
