// pinned-answers.ts: what a discussion line, with the count, total and range, lets a reader solve.
import { describe, expect, it } from 'vitest';
import { answersPinned, type PrintedQuestion } from '../../src/core/scoring/pinned-answers.js';

const LEVELS = [0, 1, 2, 3, 4];
/** Groups from their answers (level scores 0..4); the last group is the rest, not shown. */
function question(groups: number[][], rangeShown = true): PrintedQuestion {
  const counts = groups.map((answers) => LEVELS.map((l) => answers.filter((a) => a === l).length));
  return { levelScores: LEVELS, groupSizes: groups.map((g) => g.length), groupCounts: counts, shown: groups.map((_, i) => i < groups.length - 1), rangeShown };
}

describe('answersPinned', () => {
  // Acme's 3.3 as the sixth VP reading solved it: leaders 3,3,3; managers and reps total 4; range 0 to 3.
  const dealQualification = question([[3, 3, 3], [1, 1, 2], [0, 0, 0, 0], []]);

  it('"leadership answers higher than salespeople" with the range pins the reps (at least half on one answer)', () => {
    expect(answersPinned(dealQualification, { kind: 'direction', high: 0, low: 2 })).toBe(true);
  });

  it('"respondents split" with the same range leaves every group open', () => {
    expect(answersPinned(dealQualification, { kind: 'split' })).toBe(false);
  });

  it('the camps line pins the whole set when only one set of answers fits (acme 2.2: six answers totalling 11, range 1 to 3)', () => {
    const differentiation = question([[3, 3, 2], [1, 1, 1], []]);
    expect(answersPinned(differentiation, { kind: 'camps' })).toBe(true);
  });

  it('the range is one of the facts: without it, the same camps line leaves acme 2.2 open', () => {
    const differentiation = question([[3, 3, 2], [1, 1, 1], []], false);
    expect(answersPinned(differentiation, { kind: 'camps' })).toBe(false);
  });

  it('answers that spread within each role are open under any claim', () => {
    const spread = question([[4, 3, 4, 2], [0, 1, 0, 2], []]);
    expect(answersPinned(spread, { kind: 'split' })).toBe(false);
    expect(answersPinned(spread, { kind: 'direction', high: 0, low: 1 })).toBe(false);
  });

  it('groups too many to search: a role\'s direction is not named, the lines that name no role stand (a thirty-person survey answers at once)', () => {
    const many = question([Array.from({ length: 10 }, (_, i) => 2 + (i % 3)), Array.from({ length: 10 }, (_, i) => i % 3), Array.from({ length: 10 }, (_, i) => 1 + (i % 2)), []]);
    expect(answersPinned(many, { kind: 'direction', high: 0, low: 1 })).toBe(true);
    expect(answersPinned(many, { kind: 'split' })).toBe(false);
    expect(answersPinned(many, { kind: 'camps' })).toBe(false);
  });
});
