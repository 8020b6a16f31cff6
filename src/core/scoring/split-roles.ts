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
 * suppression, as statistical offices apply it to tables.
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
  const reasons = new Map<RoleGroup, FoldReason>();
  for (const role of roles) if (size(role) < minGroup) reasons.set(role, 'small');
  const foldedCount = () => [...reasons.keys()].reduce((n, r) => n + size(r), 0);
  while (foldedCount() > 0 && foldedCount() < minGroup) {
    const shown = roles.filter((r) => !reasons.has(r));
    if (shown.length === 0) break;
    // The smallest shown role; on a tie the last in role order.
    const next = shown.reduce((a, b) => (size(b) <= size(a) ? b : a));
    reasons.set(next, 'complement');
  }
  const shown = roles.filter((r) => !reasons.has(r));
  return {
    shown,
    folded: roles.filter((r) => reasons.has(r)).map((r) => ({ ...r, reason: reasons.get(r)! })),
    breakdown: shown.length >= 2,
  };
}
