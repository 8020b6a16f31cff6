// When a recommendation fires with several respondents: `below: N` means "not at level N yet",
// which the mean alone does not always say (docs/rubric-design.md, "Thresholds").
import { describe, expect, it } from 'vitest';
import { recommendationFires, whyFires } from '../../src/core/scoring/recommendation-fires.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

const question = (...scores: (number | null)[]) => {
  const given = scores.filter((s): s is number => s !== null);
  return {
    answers: scores.map((score, respondent) => ({ respondent, score, note: null, evidence: 'claimed' as const })),
    meanScore: given.length === 0 ? null : given.reduce((a, b) => a + b, 0) / given.length,
  };
};

describe('recommendationFires', () => {
  it('one respondent: fires exactly when the score is below the threshold', () => {
    for (const score of [0, 1, 2, 3, 4]) expect(recommendationFires(question(score), 2)).toBe(score < 2);
  });

  it('a mean below the threshold fires', () => {
    expect(recommendationFires(question(1, 2, 2), 2)).toBe(true); // 1.67
    expect(recommendationFires(question(3, 3, 2, 0), 3)).toBe(true); // 2.0, two of four below
  });

  it('a mean of exactly 2.0 fires below: 2 when half or more put the question below 2', () => {
    expect(recommendationFires(question(1, 1, 4), 2)).toBe(true); // two of three at level 1
    expect(recommendationFires(question(0, 4), 2)).toBe(true); // one of two: half is not "reached"
    expect(recommendationFires(question(1, 1, 1, 1, 4, 4), 2)).toBe(true);
  });

  it('a mean of exactly 2.0 does not fire below: 2 when most respondents are at level 2 or above', () => {
    expect(recommendationFires(question(2, 2, 2), 2)).toBe(false);
    expect(recommendationFires(question(3, 2, 1), 2)).toBe(false); // one of three below
    expect(recommendationFires(question(3, 3, 0), 2)).toBe(false);
  });

  it('compares the mean as the report shows it, to one decimal', () => {
    // 59/30 = 1.967 is shown as 2.0: it does not fire on the mean; 11 of 30 below is not half.
    const scores = [...Array<number>(11).fill(1), ...Array<number>(13).fill(2), 3, 3, 4, 4, 4, 4];
    expect(scores.reduce((a, b) => a + b, 0)).toBe(59);
    expect(recommendationFires(question(...scores), 2)).toBe(false);
    // 1.94 is shown as 1.9 and fires.
    expect(recommendationFires(question(...Array<number>(47).fill(2), ...Array<number>(3).fill(1)), 2)).toBe(true);
  });

  it('leaves n/a and unanswered out of both counts', () => {
    expect(recommendationFires(question(null, null, 3), 3)).toBe(false);
    expect(recommendationFires(question(null, 2, 3), 3)).toBe(true); // one of two below
    expect(recommendationFires(question(null, null), 3)).toBe(false); // nobody scored it
  });
});

describe('the plan with several respondents', () => {
  it('holds the foundational action of a question whose mean is exactly its threshold but whose majority is below it', () => {
    const sheets = [1, 1, 4].map((q1, i) => sheet({ alpha: { q1 } }, { name: `R${i}`, role: 'salesperson' }));
    const fired = scoreAudit(fixtureSet(), sheets).actions.map((a) => `${a.question.id} below ${a.recommendation.below} at ${a.score}`);
    expect(fired).toEqual(['q1 below 2 at 2', 'q1 below 4 at 2']);
    const agreed = [2, 2, 2].map((q1, i) => sheet({ alpha: { q1 } }, { name: `R${i}`, role: 'salesperson' }));
    expect(scoreAudit(fixtureSet(), agreed).actions.map((a) => a.recommendation.below)).toEqual([4]);
  });
});

describe('whyFires: the rule the report quotes', () => {
  it('the mean as shown below the threshold', () => {
    expect(whyFires(question(1, 2, 2), 2)).toEqual({ rule: 'mean' });
  });

  it('the mean at the threshold but half or more below it, with the counts', () => {
    expect(whyFires(question(4, 4, 2, 2), 3)).toEqual({ rule: 'half', under: 2, scored: 4 });
    expect(whyFires(question(1, 1, 4), 2)).toEqual({ rule: 'half', under: 2, scored: 3 });
  });

  it('null when it does not fire', () => {
    expect(whyFires(question(3, 2, 1), 2)).toBeNull();
  });
});
