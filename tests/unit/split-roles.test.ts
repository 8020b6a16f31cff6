// The minimum group cannot be undone by subtraction (review of issues 10-11, findings 1 and 3):
// which roles are shown, decided once in scoring, and what every format then gets.
import { describe, expect, it } from 'vitest';
import type { RoleGroup } from '../../src/core/scoring/group-by-role.js';
import { questionByRole } from '../../src/core/scoring/question-by-role.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { groupsShown } from '../../src/core/scoring/figure-roles.js';
import { splitRoles } from '../../src/core/scoring/split-roles.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

/** Roles of the given sizes, respondents numbered in order. */
function roles(sizes: Record<string, number>): RoleGroup[] {
  let next = 0;
  return Object.entries(sizes).map(([role, n]) => ({ role, respondents: Array.from({ length: n }, () => next++) }));
}
const split = (sizes: Record<string, number>, minGroup = 3) => {
  const all = roles(sizes);
  const result = splitRoles(all, all.reduce((n, r) => n + r.respondents.length, 0), minGroup);
  return { shown: result.shown.map((r) => r.role), folded: result.folded.map((r) => `${r.role}:${r.reason}`), breakdown: result.breakdown };
};

describe('splitRoles: complementary suppression', () => {
  it('3 leadership, 3 managers, 1 salesperson: the lone salesperson is not the whole remainder; one more role folds, and one role left shows no breakdown', () => {
    expect(split({ leadership: 3, 'sales manager': 3, salesperson: 1 })).toEqual({
      shown: ['leadership'],
      folded: ['sales manager:complement', 'salesperson:small'],
      breakdown: false,
    });
  });

  it('3 leadership and 1 salesperson: everything folds', () => {
    expect(split({ leadership: 3, salesperson: 1 })).toEqual({ shown: [], folded: ['leadership:complement', 'salesperson:small'], breakdown: false });
  });

  it('folds the smallest shown role first, and keeps two roles shown when the remainder then reaches the minimum', () => {
    expect(split({ leadership: 3, 'sales manager': 5, salesperson: 4, other: 1 })).toEqual({
      shown: ['sales manager', 'salesperson'],
      folded: ['leadership:complement', 'other:small'],
      breakdown: true,
    });
  });

  it('a remainder already at the minimum folds nothing more', () => {
    expect(split({ leadership: 1, 'sales manager': 2, salesperson: 3 })).toEqual({
      shown: ['salesperson'],
      folded: ['leadership:small', 'sales manager:small'],
      breakdown: false,
    });
    expect(split({ leadership: 3, 'sales manager': 3, salesperson: 4 })).toEqual({ shown: ['leadership', 'sales manager', 'salesperson'], folded: [], breakdown: true });
  });

  it('one role, nothing folded: shown, but no breakdown (its score is the overall score)', () => {
    expect(split({ salesperson: 5 })).toEqual({ shown: ['salesperson'], folded: [], breakdown: false });
  });

  it('--min-group 1 shows everything; one respondent is shown in full', () => {
    expect(split({ leadership: 1, salesperson: 1 }, 1)).toEqual({ shown: ['leadership', 'salesperson'], folded: [], breakdown: true });
    expect(split({ leadership: 1 })).toEqual({ shown: ['leadership'], folded: [], breakdown: false });
  });
});

describe('scoreAudit: no by-role score that, with the overall score, gives away a folded group', () => {
  const set = fixtureSet();
  const person = (role: string, score: number) => sheet({ alpha: { q1: score, q2: score, q3: score }, beta: { q1: score, q2: score } }, { name: `${role} ${score}`, role });
  // 3 leadership at 4, 3 managers at 2, one salesperson at 0.
  const seven = [person('leadership', 4), person('leadership', 4), person('leadership', 4), person('sales manager', 2), person('sales manager', 2), person('sales manager', 2), person('salesperson', 0)];

  it('7 × overall − 3 × leadership − 3 × managers cannot be computed: no by-role score at all', () => {
    const scores = scoreAudit(set, seven);
    expect(scores.byRoleShown).toBe(false);
    expect(scores.imperatives.every((i) => i.byRole.length === 0)).toBe(true);
    expect(scores.perceptionGaps).toEqual([]);
    expect(scores.foldedRoles.map((r) => [r.role, r.reason])).toEqual([
      ['sales manager', 'complement'],
      ['salesperson', 'small'],
    ]);
  });

  it('with --min-group 1 the by-role scores are back', () => {
    expect(scoreAudit(set, seven, { minGroup: 1 }).imperatives[0]!.byRole.map((r) => r.role)).toEqual(['leadership', 'sales manager', 'salesperson']);
  });

  it('per-question role means are left out where the folded respondents who scored that question are fewer than the minimum', () => {
    // 3 leadership and 3 managers shown; 1 "director" and 2 "analyst" folded (3 together), but two
    // of them skipped alpha/q1: on that question the remainder is one person.
    const skipped = (role: string) => sheet({ alpha: { q2: 1, q3: 1 }, beta: { q1: 1, q2: 1 } }, { name: role, role });
    const team = [...seven.slice(0, 6), person('director', 0), skipped('analyst'), skipped('analyst')];
    const scores = scoreAudit(set, team);
    expect(scores.shownRoles.map((r) => r.role)).toEqual(['leadership', 'sales manager']);
    expect(scores.byRoleShown).toBe(true);
    const [q1, q2] = scores.imperatives[0]!.questions;
    expect(questionByRole(q1!, scores)).toEqual([]);
    expect(questionByRole(q2!, scores)).toEqual([
      { role: 'leadership', mean: 4 },
      { role: 'sales manager', mean: 2 },
    ]);
  });
});

describe('groupsShown: the rule for one figure', () => {
  it('a group below the minimum is hidden; a hidden remainder below the minimum hides the smallest shown group too (the later on a tie)', () => {
    expect(groupsShown([3, 3], 1, 3)).toEqual([true, false]);
    expect(groupsShown([3, 4], 1, 3)).toEqual([false, true]);
    expect(groupsShown([3, 3, 2], 0, 3)).toEqual([true, false, false]);
    expect(groupsShown([3, 3], 0, 3)).toEqual([true, true]);
    expect(groupsShown([3, 3], 3, 3)).toEqual([true, true]);
  });

  it('a group nobody in the figure belongs to is neither shown nor counted', () => {
    expect(groupsShown([3, 0, 3], 0, 3)).toEqual([true, false, true]);
  });

  it('everything hidden when the people in the figure are fewer than the minimum', () => {
    expect(groupsShown([1, 1], 0, 3)).toEqual([false, false]);
  });
});

describe('scoreAudit: by-role imperative scores only for roles shown on every question they scored', () => {
  const set = fixtureSet();
  const person = (role: string, score: number) => sheet({ alpha: { q1: score, q2: score, q3: score }, beta: { q1: score, q2: score } }, { name: `${role} ${score}`, role });
  const skipsBeta = (role: string) => sheet({ alpha: { q1: 1, q2: 1, q3: 1 } }, { name: role, role });

  it('3 leaders, 3 managers, 3 salespeople who skip beta, 1 other: beta has no by-role score, alpha keeps its breakdown', () => {
    const team = [0, 1, 2].flatMap(() => [person('leadership', 4), person('sales manager', 2)]).concat([skipsBeta('salesperson'), skipsBeta('salesperson'), skipsBeta('salesperson'), person('other', 0)]);
    const scores = scoreAudit(set, team);
    expect(scores.shownRoles.map((r) => r.role)).toEqual(['leadership', 'sales manager']);
    expect(scores.imperatives[0]!.byRole.map((r) => r.role)).toEqual(['leadership', 'sales manager']);
    expect(scores.imperatives[1]!.byRole).toEqual([]);
    expect(scores.perceptionGaps.map((g) => g.imperative.id)).toEqual(['alpha']);
  });

  it('a shown role that only one of its people scored on a question loses that question\'s mean, and its imperative score with it', () => {
    const managers = [0, 1, 2].map((i) => sheet({ alpha: i === 0 ? { q1: 0, q2: 2, q3: 2 } : { q2: 2, q3: 2 } }, { name: `m${i}`, role: 'sales manager' }));
    // On alpha/q1: 3 leaders, 1 manager, 3 salespeople, 3 directors. The manager is hidden, and the
    // directors (last of the smallest) with them, so that the hidden scorers number 4.
    const three = (role: string, score: number) => [0, 1, 2].map(() => person(role, score));
    const team = [...three('leadership', 4), ...managers, ...three('salesperson', 1), ...three('director', 3)];
    const scores = scoreAudit(set, team);
    const [q1, q2] = scores.imperatives[0]!.questions;
    expect(questionByRole(q1!, scores).map((r) => r.role)).toEqual(['leadership', 'salesperson']);
    expect(questionByRole(q2!, scores).map((r) => r.role)).toEqual(['leadership', 'sales manager', 'salesperson', 'director']);
    expect(scores.imperatives[0]!.byRole.map((r) => r.role)).toEqual(['leadership', 'salesperson']);
    // Beta: the managers scored none of it (shown as not scored), the others all of it.
    expect(scores.imperatives[1]!.byRole.map((r) => [r.role, r.score])).toEqual([
      ['leadership', 100],
      ['sales manager', null],
      ['salesperson', 25],
      ['director', 75],
    ]);
  });
});
