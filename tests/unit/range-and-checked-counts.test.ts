// Two figures that pinned people on small teams (ninth VP reading, classes 1c and 1e):
// - a question's mean, range and number of answers together fixed whole splits (acme's 3.5: mean
//   2.33, range 2 to 3, six answers: four 2s and two 3s). A range prints only where it leaves every
//   group's answers open (page-one.ts discussionDisclosure, the attacker of pinned-answers.ts), on
//   every question, flagged or not.
// - "1 seen (observed)" is the one call observed; "Checked: 1 of 10 answers (system data)" the one
//   person whose data was pulled. A checked count below the minimum group prints as "some".
import { describe, expect, it } from 'vitest';
import { buildReportView } from '../../src/core/report/build-report-view.js';
import { checkedCountShown, countEvidence, evidenceText } from '../../src/core/report/evidence-of.js';
import { decisionEvidence, discussionDisclosure } from '../../src/core/report/page-one.js';
import { answersPinned } from '../../src/core/scoring/pinned-answers.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { defaultSet, loadSheet, TEAM_EXAMPLE } from '../helpers/report-fixtures.js';

const set = defaultSet();
const sheets = TEAM_EXAMPLE.map((p) => loadSheet(p, set));
const scores = scoreAudit(set, sheets);
const view = buildReportView(set, sheets, scores, { names: false });
const questionScores = scores.imperatives.flatMap((r) => r.questions);
const questionViews = view.imperatives.flatMap((i) => i.questions);

describe('a range prints only where it leaves the answers open', () => {
  it('acme 3.5 (mean 2.3, answers 2 and 3 only, six answers): no range; the attacker fixes the split with it', () => {
    const q = questionViews.find((x) => x.ref === 'Q3.5')!;
    expect(q.answerText).toBe('2.3');
    expect(q.rangeShown).toBe(false);
    // What the range would have given away: only 2s and 3s, six of them, adding up to 14.
    const score = questionScores.find((x) => x.question.id === q.id)!;
    expect([score.min, score.max, score.respondents]).toEqual([2, 3, 6]);
    expect(answersPinned({ levelScores: [0, 1, 2, 3, 4], groupSizes: [6], groupCounts: [[0, 0, 4, 2, 0]], shown: [false], rangeShown: true }, { kind: 'none' })).toBe(true);
    expect(answersPinned({ levelScores: [0, 1, 2, 3, 4], groupSizes: [6], groupCounts: [[0, 0, 4, 2, 0]], shown: [false], rangeShown: false }, { kind: 'none' })).toBe(false);
  });

  it('every question, flagged or not, by the same rule; a range that leaves the answers open stays', () => {
    for (const q of questionScores) {
      const shown = questionViews.find((x) => x.id === q.question.id)!;
      expect(shown.rangeShown, shown.ref).toBe(discussionDisclosure(q, scores).rangeShown);
    }
    expect(questionViews.filter((q) => q.figuresShown && !q.rangeShown).map((q) => q.ref)).toEqual(expect.arrayContaining(['Q1.3', 'Q2.5', 'Q3.5']));
    expect(questionViews.find((q) => q.ref === 'Q1.1')!.rangeShown).toBe(true);
  });

  it('the method says so once', () => {
    const text = view.method.items.map((i) => i.text).join('\n');
    expect(text.match(/A question's range of answers is printed only where, with its mean and the number of answers, it leaves every group's answers open/g)).toHaveLength(1);
  });
});

describe('a count of checked answers below the minimum group prints as "some"', () => {
  it('the rule', () => {
    expect(checkedCountShown(1, 3)).toBe(false);
    expect(checkedCountShown(3, 3)).toBe(true);
    expect(checkedCountShown(1, 1)).toBe(true);
    expect(evidenceText({ seen: 1, claimed: 5, kinds: [{ kind: 'observed', count: 1 }] }, 3)).toBe('some seen (observed), the rest claimed');
    expect(evidenceText({ seen: 1, claimed: 5, kinds: [{ kind: 'observed', count: 1 }] }, 1)).toBe('1 seen (observed), 5 claimed');
    expect(evidenceText({ seen: 4, claimed: 5, kinds: [{ kind: 'data', count: 4 }] }, 3)).toBe('4 seen (data), 5 claimed');
  });

  it('acme: no question row, decision or section prints a checked count under 3', () => {
    for (const q of questionViews) expect(q.evidenceText, q.ref).not.toMatch(/\b[12] seen/);
    for (const d of view.decisions) expect(d.evidence, d.label).not.toMatch(/Checked: [12] of/);
    const checked = questionScores.find((q) => q.figuresShown && countEvidence([q]).seen === 1 && countEvidence([q]).kinds[0]!.kind === 'data')!;
    expect(decisionEvidence(checked, 3)).toBe('Checked: some answers (system data).');
    expect(decisionEvidence(checked, 1)).toMatch(/^Checked: 1 of \d+ answers \(system data\)\.$/);
    for (const i of view.imperatives) expect(i.evidence.text).not.toMatch(/\b[12] (document|observed|data)\b/);
  });
});
