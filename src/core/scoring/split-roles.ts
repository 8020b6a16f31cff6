import { groupSafe, groupsShown } from './figure-roles.js';
import type { RoleGroup } from './group-by-role.js';

/**
 * Why a role is not shown on its own: `small`, too few respondents to be safe alone (groupSafe);
 * `complement`, safe alone but kept with the small ones so that they cannot be worked out by
 * subtraction.
 */
export type FoldReason = 'small' | 'complement';

export interface FoldedRole extends RoleGroup {
  reason: FoldReason;
}

export interface RoleSplit {
  /** The groups shown, in role order: roles on their own, and at most one pool of roles (`pooled`). */
  shown: RoleGroup[];
  /** The roles shown together as one pool, each with why; empty when none is. */
  pooled: FoldedRole[];
  /** The roles folded into the totals only (no group shows them), in role order. */
  folded: FoldedRole[];
  /** By-role scores are shown only for two shown groups or more (see splitRoles). */
  breakdown: boolean;
}

/**
 * Which roles are shown on their own, and which together: the one rule every format follows (JSON
 * included).
 *
 * A role is shown on its own only where it is safe (figure-roles.ts groupSafe): with any one member
 * set aside, at least `minGroup` others remain, since a member knows their own answers and can take
 * them out of the role's figures. The roles that are not safe alone are shown together, as one pool
 * ("leadership or sales manager"), where the pool is safe: the figures then mix their people, and a
 * leader reads the average of the other leaders and the managers, not of two people. The pool must
 * be safe, or the totals minus the roles shown give it away (complementary suppression): while it is
 * not, the smallest role shown alone joins it (on a tie the later in role order, so leadership,
 * first in the hierarchy, stays shown longest). When that leaves no role shown alone, the pool would
 * be everyone: nothing is shown by role, and every role is folded into the totals.
 *
 * A breakdown by role needs two shown groups: one group's score beside the overall score is the
 * rest's score by subtraction, and with nobody else it is the overall score again. So `breakdown` is
 * false below two; the shown groups still name their notes' authors, since the rest then numbers
 * enough (or is nobody). Each figure applies the rule again to the people who scored it
 * (question-by-role.ts, score-audit.ts), pools as they are.
 *
 * One respondent is shown in full: the report is their own.
 */
export function splitRoles(roles: readonly RoleGroup[], respondentCount: number, minGroup: number): RoleSplit {
  if (respondentCount === 1) return { shown: [...roles], pooled: [], folded: [], breakdown: false };
  const size = (r: RoleGroup) => r.respondents.length;
  const flags = groupsShown(roles.map(size), 0, minGroup);
  const alone = roles.filter((_, i) => flags[i]);
  const rest: FoldedRole[] = roles.filter((_, i) => !flags[i]).map((r) => ({ ...r, reason: groupSafe(size(r), minGroup) ? 'complement' : 'small' }));
  const restSize = rest.reduce((n, r) => n + size(r), 0);
  // groupsShown leaves the rest safe, or everyone in it.
  const pooled = alone.length > 0 && rest.length > 0 && groupSafe(restSize, minGroup) ? rest : [];
  const shown = pooled.length === 0 ? alone : [...alone, poolOf(pooled)].sort((a, b) => roles.findIndex((r) => r.keys[0] === a.keys[0]) - roles.findIndex((r) => r.keys[0] === b.keys[0]));
  return { shown, pooled, folded: pooled.length === 0 ? rest : [], breakdown: shown.length >= 2 };
}

/** Roles shown as one group: named by theirs ("leadership or sales manager"), holding their answers. */
function poolOf(roles: readonly RoleGroup[]): RoleGroup {
  return {
    role: roles.map((r) => r.role).join(POOL_JOINER),
    respondents: roles.flatMap((r) => r.respondents).sort((a, b) => a - b),
    keys: roles.flatMap((r) => r.keys),
  };
}

/** Between the roles in a pool's name: a note from it is by one of them ("leadership or sales manager"). */
export const POOL_JOINER = ' or ';
