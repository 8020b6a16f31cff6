import { groupsShown } from './figure-roles.js';
import type { RoleGroup } from './group-by-role.js';

/**
 * Why a role is folded in: `small`, fewer respondents than the minimum group; `complement`, big
 * enough on its own but folded so that the small roles cannot be worked out by subtraction.
 */
export type FoldReason = 'small' | 'complement';

export interface FoldedRole extends RoleGroup {
  reason: FoldReason;
}

export interface RoleSplit {
  /** The roles shown on their own, in role order. */
  shown: RoleGroup[];
  /** The roles folded in, in role order. */
  folded: FoldedRole[];
  /** By-role scores are shown only for two shown roles or more (see splitRoles). */
  breakdown: boolean;
}

/**
 * Which roles are shown on their own: the one rule every format follows (JSON included).
 *
 * A role with fewer than `minGroup` respondents is folded in. That alone protects nobody: the
 * overall score × everyone, minus each shown role's score × its size, is the folded respondents'
 * score, so with 3 leaders, 3 managers and 1 salesperson the salesperson's answers can be read
 * exactly. So the folded respondents together must also number at least `minGroup` (or none):
 * while they do not, the smallest shown role is folded in too (on a tie the later one in role
 * order, so leadership, first in the hierarchy, stays shown longest). This is complementary
 * suppression (figure-roles.ts), applied here to the headcounts; each figure then applies it again
 * to the people who scored it (question-by-role.ts, score-audit.ts).
 *
 * A breakdown by role needs two shown roles: one role's score beside the overall score is the
 * rest's score by subtraction, and with no folded respondent it is the overall score again. So
 * `breakdown` is false below two shown roles; the shown roles still name their notes' authors,
 * since the rest then numbers at least `minGroup` (or is nobody).
 *
 * One respondent is shown in full: the report is their own.
 */
export function splitRoles(roles: readonly RoleGroup[], respondentCount: number, minGroup: number): RoleSplit {
  if (respondentCount === 1) return { shown: [...roles], folded: [], breakdown: false };
  const size = (r: RoleGroup) => r.respondents.length;
  const flags = groupsShown(roles.map(size), 0, minGroup);
  const shown = roles.filter((_, i) => flags[i]);
  return {
    shown,
    folded: roles.filter((_, i) => !flags[i]).map((r) => ({ ...r, reason: size(r) < minGroup ? 'small' : 'complement' })),
    breakdown: shown.length >= 2,
  };
}
