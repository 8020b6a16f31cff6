// The annex's one term for the questions too few scored to show (hidden-term.ts): it adds up, and
// it is printed only where, beside each question's team level, it leaves the others' answers open.
import { describe, expect, it } from 'vitest';
import { combinedAttainment, combinedTermPins } from '../../src/core/scoring/hidden-term.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

const set = fixtureSet();
const threeOnBeta = (q1: number[], q2: number[]) => {
  const sheets = q1.map((a, i) => sheet({ beta: { q1: a, q2: q2[i]! } }, { role: 'sales manager', name: `M${i}` }));
  return scoreAudit(set, sheets, { minGroup: 3 }).imperatives[1]!.questions;
};
const three = (n: number) => n.toFixed(3);

describe('the hidden questions as one term', () => {
  it('is their weighted attainment, and a question 3 scored shows no figure at --min-group 3', () => {
    const [q1, q2] = threeOnBeta([0, 1, 1], [2, 2, 4]);
    expect([q1!.figuresShown, q2!.figuresShown]).toEqual([false, false]);
    // q1: mean 2/3 of 4; q2 (weight 3): mean 8/3 of 4.
    expect(combinedAttainment([q1!, q2!])).toBeCloseTo((1 * (2 / 3 / 4) + 3 * (8 / 3 / 4)) / 4, 12);
  });

  it('one question alone: its term is its attainment, which with the team level pins the other two', () => {
    const [q1] = threeOnBeta([0, 1, 1], [2, 2, 2]);
    expect(combinedTermPins([q1!], three)).toBe(true);
  });

  it('two questions whose total several splits make: the term leaves every reader the others\' answers open', () => {
    // Alpha's q1 (weight 2, levels 0–4) at 1, 2, 3 and q3 (weight 1, levels 0–2) at 1, 1, 2: for
    // every reader, several splits of the others' answers give the same weighted total.
    const sheets = [1, 2, 3].map((a, i) => sheet({ alpha: { q1: a, q3: [1, 1, 2][i]! } }, { role: 'sales manager', name: `M${i}` }));
    const questions = scoreAudit(set, sheets, { minGroup: 3 }).imperatives[0]!.questions.filter((q) => q.respondents > 0);
    expect(questions.map((q) => q.figuresShown)).toEqual([false, false]);
    expect(combinedTermPins(questions, three)).toBe(false);
    // Beta's weights 1 and 3 at 1, 2, 3 on both: q1's total + 3 × q2's has one split for a reader who gave 1 and 1.
    const [q1, q2] = threeOnBeta([1, 2, 3], [1, 2, 3]);
    expect(combinedTermPins([q1!, q2!], three)).toBe(true);
  });
});
