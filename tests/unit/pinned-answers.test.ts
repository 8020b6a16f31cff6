// pinned-answers.ts: what a discussion line, with the count, total and range, lets a reader solve.
import { describe, expect, it } from 'vitest';
import { CAMP_DISTANCE, campDistance, ROLE_SPLIT } from '../../src/core/scoring/discussion.js';
import { splitsWithTotal as listSplits, wholeOf } from '../helpers/answer-splits.js';
import { answersPinned, SEARCH_LIMIT, searchPinned, WHOLE_SETS_OPEN, type DiscussionClaim, type PrintedQuestion } from '../../src/core/scoring/pinned-answers.js';

const LEVELS = [0, 1, 2, 3, 4];
/** Groups from their answers (level scores 0..4); the last group is the rest, not shown. */
function question(groups: number[][], rangeShown = true): PrintedQuestion {
  const counts = groups.map((answers) => LEVELS.map((l) => answers.filter((a) => a === l).length));
  return { levelScores: LEVELS, groupSizes: groups.map((g) => g.length), groupCounts: counts, shown: groups.map((_, i) => i < groups.length - 1), rangeShown };
}

// Acme's 3.3 as the sixth VP reading solved it: leaders 3,3,3; managers and reps total 4; range 0 to 3.
const dealQualification = question([[3, 3, 3], [1, 1, 2], [0, 0, 0, 0], []]);

describe('answersPinned', () => {

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

/** The splits that make the printed total and range (the attacker's listing, tests/helpers/answer-splits.ts). */
function splitsWithTotal(q: PrintedQuestion): number[][][] {
  const all = wholeOf(q.groupCounts, q.levelScores.length);
  const range = q.rangeShown ? ([all.findIndex((n) => n > 0), all.findLastIndex((n) => n > 0)] as const) : null;
  return listSplits(q.levelScores, q.groupSizes, sumOf(q, all), range);
}
const sumOf = (q: PrintedQuestion, counts: readonly number[]) => counts.reduce((s, n, l) => s + n * q.levelScores[l]!, 0);

/** Whether a split fits the claim: the method's rules, on the split's means (compared exactly, as fractions) and answers. */
function fitsClaim(q: PrintedQuestion, split: number[][], claim: DiscussionClaim): boolean {
  // a's mean minus b's mean, times both sizes: an integer, so "two levels or more apart" has no rounding.
  const apart = (a: number, b: number) => sumOf(q, split[a]!) * q.groupSizes[b]! - sumOf(q, split[b]!) * q.groupSizes[a]!;
  const atLeastSplit = (a: number, b: number) => apart(a, b) >= ROLE_SPLIT * q.groupSizes[a]! * q.groupSizes[b]!;
  const shown = split.flatMap((_, g) => (q.shown[g] && q.groupSizes[g]! > 0 ? [g] : []));
  if (claim.kind === 'direction') return atLeastSplit(claim.high, claim.low) && shown.every((g) => apart(g, claim.high) <= 0 && apart(g, claim.low) >= 0);
  const rolesApart = shown.some((a) => shown.some((b) => atLeastSplit(a, b)));
  return (claim.kind === 'split' && rolesApart) || campDistance(wholeOf(split, q.levelScores.length)) >= CAMP_DISTANCE;
}

const splitsThatFit = (q: PrintedQuestion, claim: DiscussionClaim, listed = splitsWithTotal(q)) => listed.filter((split) => fitsClaim(q, split, claim));

/**
 * Pinned by the definition: some group has one answer set in every split, or half a group one same
 * answer; or fewer than WHOLE_SETS_OPEN answer sets of everyone fit, or as many as the smallest
 * printed group gave one same answer in every split. `listed` is splitsWithTotal(q), which a caller asking several claims of one
 * question lists once.
 */
function pinnedByListing(q: PrintedQuestion, claim: DiscussionClaim, listed = splitsWithTotal(q)): boolean {
  const splits = splitsThatFit(q, claim, listed);
  const key = (w: number[]) => w.join(',');
  const wholes = new Set(splits.map((split) => key(wholeOf(split, q.levelScores.length))));
  if (wholes.size < WHOLE_SETS_OPEN) return true;
  const known = q.knownGroup;
  if (known !== undefined && q.levelScores.some((_, l) => Math.min(...splits.map((split) => wholeOf(split, q.levelScores.length)[l]!)) >= known)) return true;
  return q.groupSizes.some((size, g) => {
    if (size === 0) return false;
    if (new Set(splits.map((split) => key(split[g]!))).size < 2) return true;
    return q.levelScores.some((_, l) => Math.min(...splits.map((split) => split[g]![l]!)) >= Math.ceil(size / 2));
  });
}

describe('the search against listing every split', () => {
  it('gives the same answer on 600 small questions (seeded: up to four groups of up to five, two to five levels, with and without the range)', () => {
    let state = 20261207;
    const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
    let pinned = 0;
    let searched = 0;
    let compared = 0;
    for (let i = 0; i < 600; i++) {
      const levels = int(2, 5);
      // Increasing integers, as the rubric schema requires, not always one apart.
      const levelScores = [int(-1, 1)];
      while (levelScores.length < levels) levelScores.push(levelScores.at(-1)! + int(1, 2));
      const sizes = [...Array.from({ length: int(1, 3) }, () => int(1, 5)), int(0, 2)];
      const spread = random();
      const groupCounts = sizes.map((size) => {
        const counts = levelScores.map(() => 0);
        for (let k = 0; k < size; k++) counts[random() < spread ? int(0, levels - 1) : int(0, 1)]!++;
        return counts;
      });
      const q: PrintedQuestion = { levelScores, groupSizes: sizes, groupCounts, shown: sizes.map((_, g) => g < sizes.length - 1), rangeShown: random() < 0.7 };
      // Half the questions with the smallest printed group's size as the report passes it (page-one.ts).
      if (random() < 0.5) q.knownGroup = Math.max(1, Math.min(...sizes.filter((n) => n > 0)));
      // Questions past the search limit are not searched (the test above): not compared here.
      const multisets = (size: number) => Array.from({ length: levels - 1 }, (_, k) => k + 1).reduce((n, k) => (n * (size + k)) / k, 1);
      if (sizes.reduce((n, size) => n * multisets(size), 1) > SEARCH_LIMIT) continue;
      searched++;
      const claims: DiscussionClaim[] = [{ kind: 'camps' }, { kind: 'split' }];
      if (sizes.length > 2) claims.push({ kind: 'direction', high: 0, low: 1 }, { kind: 'direction', high: 1, low: 0 });
      // Every split with the printed total and range, listed once for the question's two to four claims.
      const listed = splitsWithTotal(q);
      for (const claim of claims) {
        const expected = pinnedByListing(q, claim, listed);
        compared++;
        if (expected) pinned++;
        expect(answersPinned(q, claim), JSON.stringify({ q, claim })).toBe(expected);
      }
    }
    // Most questions are searched, and both outcomes are exercised, not one.
    expect(searched).toBeGreaterThan(400);
    expect(pinned).toBeGreaterThan(compared / 10);
    expect(pinned).toBeLessThan((compared * 9) / 10);
  });

  it('checks only the splits whose totals fit a direction claim (acme 3.3), not every split with the right total', () => {
    const claim: DiscussionClaim = { kind: 'direction', high: 0, low: 2 };
    const { splitsChecked } = searchPinned(dealQualification, claim);
    expect(splitsChecked).toBeGreaterThanOrEqual(splitsThatFit(dealQualification, claim).length);
    expect(splitsChecked).toBeLessThan(splitsWithTotal(dealQualification).length / 4);
  });

  it('stops once every group has been seen with two answer sets and the whole with three, also where the rest answered nothing', () => {
    const spread = question([[4, 3, 4, 2], [0, 1, 0, 2], []]);
    const { pinned, splitsChecked } = searchPinned(spread, { kind: 'split' });
    expect(pinned).toBe(false);
    expect(splitsChecked).toBeLessThan(splitsThatFit(spread, { kind: 'split' }).length / 4);
  });
});
