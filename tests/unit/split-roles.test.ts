// The minimum group cannot be undone by subtraction (review of issues 10-11, findings 1 and 3):
// which roles are shown, decided once in scoring, and what every format then gets.
import { describe, expect, it } from 'vitest';
import type { RoleGroup } from '../../src/core/scoring/group-by-role.js';
import { questionByRole } from '../../src/core/scoring/question-by-role.js';
import { scoreAudit } from '../../src/core/scoring/score-audit.js';
import { groupSafe, groupsShown } from '../../src/core/scoring/figure-roles.js';
import { splitRoles } from '../../src/core/scoring/split-roles.js';
import { fixtureSet, sheet } from '../helpers/scoring-fixtures.js';

/** Roles of the given sizes, respondents numbered in order. */
function roles(sizes: Record<string, number>): RoleGroup[] {
  let next = 0;
  return Object.entries(sizes).map(([role, n]) => ({ role, respondents: Array.from({ length: n }, () => next++), keys: [role] }));
}
const split = (sizes: Record<string, number>, minGroup = 3) => {
  const all = roles(sizes);
  const result = splitRoles(all, all.reduce((n, r) => n + r.respondents.length, 0), minGroup);
  return {
    shown: result.shown.map((r) => `${r.role}:${r.respondents.length}`),
    pooled: result.pooled.map((r) => `${r.role}:${r.reason}`),
    folded: result.folded.map((r) => `${r.role}:${r.reason}`),
    breakdown: result.breakdown,
  };
};

describe('splitRoles: the insider rule, pools and complementary suppression', () => {
  it('acme (3 leadership, 3 managers, 4 salespeople): a leader would read the other two leaders\' average from a row of 3, so leadership and managers are shown as one pool of 6 beside the 4 salespeople', () => {
    expect(split({ leadership: 3, 'sales manager': 3, salesperson: 4 })).toEqual({
      shown: ['leadership or sales manager:6', 'salesperson:4'],
      pooled: ['leadership:small', 'sales manager:small'],
      folded: [],
      breakdown: true,
    });
  });

  it('a role of minGroup + 1 is shown on its own: any one of them set aside, minGroup remain', () => {
    expect(split({ leadership: 4, 'sales manager': 4, salesperson: 4 })).toEqual({ shown: ['leadership:4', 'sales manager:4', 'salesperson:4'], pooled: [], folded: [], breakdown: true });
  });

  it('a pool too small on its own takes the smallest role shown alone (the later on a tie), so that the totals minus the roles shown give nothing away', () => {
    expect(split({ leadership: 2, 'sales manager': 5, salesperson: 10 })).toEqual({
      shown: ['leadership or sales manager:7', 'salesperson:10'],
      pooled: ['leadership:small', 'sales manager:complement'],
      folded: [],
      breakdown: true,
    });
    expect(split({ leadership: 2, 'sales manager': 5, salesperson: 5 })).toEqual({
      shown: ['leadership or salesperson:7', 'sales manager:5'],
      pooled: ['leadership:small', 'salesperson:complement'],
      folded: [],
      breakdown: true,
    });
  });

  it('when the pool would be everyone, nothing is shown by role and every role is folded into the totals', () => {
    expect(split({ leadership: 3, 'sales manager': 3, salesperson: 1 })).toEqual({
      shown: [],
      pooled: [],
      folded: ['leadership:small', 'sales manager:small', 'salesperson:small'],
      breakdown: false,
    });
    expect(split({ leadership: 1, 'sales manager': 2, salesperson: 4 })).toEqual({
      shown: [],
      pooled: [],
      folded: ['leadership:small', 'sales manager:small', 'salesperson:complement'],
      breakdown: false,
    });
  });

  it('one role, nothing folded: shown, but no breakdown (its score is the overall score)', () => {
    expect(split({ salesperson: 5 })).toEqual({ shown: ['salesperson:5'], pooled: [], folded: [], breakdown: false });
  });

  it('--min-group 1 shows everything; one respondent is shown in full', () => {
    expect(split({ leadership: 1, salesperson: 1 }, 1)).toEqual({ shown: ['leadership:1', 'salesperson:1'], pooled: [], folded: [], breakdown: true });
    expect(split({ leadership: 1 })).toEqual({ shown: ['leadership:1'], pooled: [], folded: [], breakdown: false });
  });
});

describe('groupSafe: what a member of the group learns', () => {
  it('n − 1 others must reach the minimum group; one person alone learns only their own answers; nobody is safe', () => {
    expect([0, 1, 2, 3, 4, 5].map((n) => groupSafe(n, 3))).toEqual([true, false, false, false, true, true]);
    expect([1, 2, 3].map((n) => groupSafe(n, 1))).toEqual([true, true, true]);
    expect([1, 2, 3].map((n) => groupSafe(n, 2))).toEqual([false, false, true]);
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
    // No role of 3 is safe alone (a member would read the other two's average), and the pool would be everyone.
    expect(scores.foldedRoles.map((r) => [r.role, r.reason])).toEqual([
      ['leadership', 'small'],
      ['sales manager', 'small'],
      ['salesperson', 'small'],
    ]);
  });

  it('with --min-group 2 (a role of 3 is safe alone) the lone salesperson is pooled with the managers, not shown beside them', () => {
    const scores = scoreAudit(set, seven, { minGroup: 2 });
    expect(scores.shownRoles.map((r) => r.role)).toEqual(['leadership', 'sales manager or salesperson']);
    expect(scores.imperatives[0]!.byRole.map((r) => [r.role, r.respondents])).toEqual([
      ['leadership', 3],
      ['sales manager or salesperson', 4],
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
    // Minimum group 2: a role of 3 is safe alone (figure-roles.ts groupSafe), as it was at 3 before the insider rule.
    const scores = scoreAudit(set, team, { minGroup: 2 });
    // The director and the analysts make a pool of 3 (safe at 2); on q1 only the director scored it.
    expect(scores.shownRoles.map((r) => r.role)).toEqual(['leadership', 'sales manager', 'analyst or director']);
    expect(scores.byRoleShown).toBe(true);
    const [q1, q2] = scores.imperatives[0]!.questions;
    expect(questionByRole(q1!, scores)).toEqual([]);
    expect(questionByRole(q2!, scores)).toEqual([
      { role: 'leadership', mean: 4 },
      { role: 'sales manager', mean: 2 },
      { role: 'analyst or director', mean: 2 / 3 },
    ]);
  });
});

describe('groupsShown: the rule for one figure', () => {
  it('a group not safe alone is hidden; a hidden remainder not safe hides the smallest shown group too (the later on a tie)', () => {
    expect(groupsShown([4, 4], 1, 3)).toEqual([true, false]);
    expect(groupsShown([4, 5], 1, 3)).toEqual([false, true]);
    expect(groupsShown([4, 4, 2], 0, 3)).toEqual([true, false, false]);
    expect(groupsShown([4, 4], 0, 3)).toEqual([true, true]);
    expect(groupsShown([4, 4], 4, 3)).toEqual([true, true]);
  });

  it('the insider rule: a group of 3 at minimum 3 is hidden (a member reads the other two), and the remainder of 3 with it', () => {
    expect(groupsShown([3, 4], 0, 3)).toEqual([false, false]);
    expect(groupsShown([3, 4], 1, 3)).toEqual([false, true]);
  });

  it('a group nobody in the figure belongs to is neither shown nor counted', () => {
    expect(groupsShown([4, 0, 4], 0, 3)).toEqual([true, false, true]);
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
    // Minimum group 2: a role of 3 is safe alone; the salespeople and the other make a pool of 4.
    const scores = scoreAudit(set, team, { minGroup: 2 });
    expect(scores.shownRoles.map((r) => r.role)).toEqual(['leadership', 'sales manager', 'salesperson or other']);
    expect(scores.imperatives[0]!.byRole.map((r) => r.role)).toEqual(['leadership', 'sales manager', 'salesperson or other']);
    expect(scores.imperatives[1]!.byRole).toEqual([]);
    expect(scores.perceptionGaps.map((g) => g.imperative.id)).toEqual(['alpha']);
  });

  it('a shown role that only one of its people scored on a question loses that question\'s mean, and its imperative score with it', () => {
    const managers = [0, 1, 2].map((i) => sheet({ alpha: i === 0 ? { q1: 0, q2: 2, q3: 2 } : { q2: 2, q3: 2 } }, { name: `m${i}`, role: 'sales manager' }));
    // On alpha/q1: 3 leaders, 1 manager, 3 salespeople, 3 directors. The manager is hidden, and the
    // directors (last of the smallest) with them, so that the hidden scorers number 4.
    const three = (role: string, score: number) => [0, 1, 2].map(() => person(role, score));
    const team = [...three('leadership', 4), ...managers, ...three('salesperson', 1), ...three('director', 3)];
    const scores = scoreAudit(set, team, { minGroup: 2 });
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
