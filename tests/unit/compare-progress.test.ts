// compare (issue 20): "done" means the team moved up past the level an action lifted it from, not
// only that the action stopped firing; the earlier audit's perception gaps are measured again.
import { describe, expect, it } from 'vitest';
import type { AnswerSheet } from '../../src/core/answers/answer-sheet.js';
import { compareAudits } from '../../src/core/compare/compare-audits.js';
import { buildComparisonView } from '../../src/core/compare/build-comparison-view.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const before = TEAM_EXAMPLE.map((p) => loadSheet(p, set));

/** The same team with one question answered `score` by everyone, and every role's answers shifted as `shift` says. */
function after(question: [string, string], score: number, shift: (sheet: AnswerSheet) => number = () => 0): AnswerSheet[] {
  return before.map((sheet) => {
    const answers = structuredClone(sheet.answers);
    const [imperative, id] = question;
    for (const [imp, byQuestion] of Object.entries(answers)) {
      for (const [q, answer] of Object.entries(byQuestion)) {
        if (answer.score === null) continue;
        const scores = set.imperatives.find((i) => i.id === imp)!.questions.find((x) => x.id === q)!.levels.map((l) => l.score);
        const shifted = Math.max(Math.min(...scores), Math.min(Math.max(...scores), answer.score + shift(sheet)));
        byQuestion[q] = { ...answer, score: imp === imperative && q === id ? score : shifted };
      }
    }
    return { ...sheet, answers };
  });
}

describe('done', () => {
  const fired = scoreAudit(set, before).actions.filter((a) => a.question.id === 'time-for-people');
  it('the team moved up past the level: done', () => {
    expect(fired.length).toBeGreaterThan(0);
    const comparison = compareAudits(set, before, after(['sales-managers', 'time-for-people'], 4));
    const done = comparison.done.filter((a) => a.question === 'time-for-people');
    expect(done.map((a) => a.action).sort()).toEqual(fired.map((a) => a.recommendation.action).sort());
    expect(comparison.stopped.filter((a) => a.question === 'time-for-people')).toEqual([]);
  });
  it('the team fell below the level: the action stopped firing, and is not done', () => {
    // relationship-tools stands at 2 on acme (its step is nurture-every-six-weeks); at 0 the
    // foundation fires instead, and the step from 2 stopped without the team moving up. The folder
    // build (assemble-nurture-tools) fires with the step and the foundation alike, so it does not stop.
    const step = scoreAudit(set, before).actions.find((a) => a.recommendation.id === 'nurture-every-six-weeks')!;
    expect(step.fromLevel).toBe(2);
    const comparison = compareAudits(set, before, after(['prospecting-plan', 'relationship-tools'], 0));
    expect(comparison.done.filter((a) => a.question === 'relationship-tools')).toEqual([]);
    expect(comparison.stopped.filter((a) => a.question === 'relationship-tools').map((a) => a.action)).toEqual([step.recommendation.action]);
  });
});

describe('the perception gap', () => {
  it('closes when leadership and the field answer alike, widens when they drift apart', () => {
    const closed = compareAudits(set, before, after(['x', 'y'], 0, (s) => (s.respondent.role === 'leadership' ? -2 : 0)));
    expect(closed.gaps.length).toBeGreaterThan(0);
    // Every gap narrows, or stays where it is when it was already closed (sales managers on acme:
    // leadership alone answers right-managers, so its gap there is small to start with).
    expect(closed.gaps.every((g) => g.after !== null && (g.after < g.before || (g.after === g.before && g.status === 'closed')))).toBe(true);
    expect(closed.gaps.filter((g) => g.before > 10).every((g) => g.after! < g.before)).toBe(true);
    expect(closed.gaps.some((g) => g.status === 'closed' || g.status === 'narrowed')).toBe(true);
    const view = buildComparisonView(set, closed);
    expect(view.gaps[0]!.sentence).toMatch(/points above .* now /);
    const wider = compareAudits(set, before, after(['x', 'y'], 0, (s) => (s.respondent.role === 'salesperson' ? -1 : 0)));
    expect(wider.gaps.some((g) => g.status === 'widened')).toBe(true);
  });
  it('the chart has a target line', () => {
    const view = buildComparisonView(set, compareAudits(set, before, before));
    expect(view.chart.mermaid).toMatch(/\n {4}line \[75, 75, 75, 75\]/);
  });
});
