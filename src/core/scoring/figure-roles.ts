// The minimum group rule applied to one figure: which groups may be shown beside its total. One
// function for every figure (the roles of the whole audit, a question's per-role means, the roles
// a question's notes are attributed to), so the rule cannot drift between them.
import type { RespondentAnswer } from './score-question.js';
import { roleIndexOf, type RoleGroup } from './group-by-role.js';

/**
 * Complementary suppression, as statistical offices apply it to tables. `sizes` are the people of
 * each group who count in the figure (in role order), `rest` those who count in it but belong to
 * no group that could be shown. A group is shown when it has at least `minGroup` people; the people
 * not shown (the rest and every group not shown) must then number none or at least `minGroup`,
 * because the total × everyone minus each shown group's value × its size is their value. While
 * they do not, the smallest shown group is folded in too (on a tie the later one, so the first in
 * role order stays shown longest). A group of nobody is neither shown nor counted.
 */
export function groupsShown(sizes: readonly number[], rest: number, minGroup: number): boolean[] {
  const shown = sizes.map((n) => n > 0 && n >= minGroup);
  let hidden = rest + sizes.reduce((sum, n, i) => sum + (shown[i] ? 0 : n), 0);
  while (hidden > 0 && hidden < minGroup) {
    let next = -1;
    for (let i = 0; i < sizes.length; i++) if (shown[i] && (next === -1 || sizes[i]! <= sizes[next]!)) next = i;
    if (next === -1) break;
    shown[next] = false;
    hidden += sizes[next]!;
  }
  return shown;
}

/** Who counts in a question's figure: those who scored it (its means), or everyone who answered it, n/a included (its notes). */
export type Counted = 'scored' | 'answered';

/** One pass over a question's answers: per shown role, how many count and the sum of their scores; and how many count outside them. */
export interface RoleTally {
  sizes: number[];
  sums: number[];
  rest: number;
}

export function tallyRoles(answers: readonly RespondentAnswer[], shownRoles: readonly RoleGroup[], counted: Counted): RoleTally {
  const roleOf = roleIndexOf(shownRoles);
  const sizes = shownRoles.map(() => 0);
  const sums = shownRoles.map(() => 0);
  let rest = 0;
  // Each role's scores added in the answers' order (the same float as summing its list).
  for (const { respondent, score } of answers) {
    if (counted === 'scored' && score === null) continue;
    const r = roleOf[respondent];
    if (r === undefined) rest++;
    else {
      sizes[r]!++;
      sums[r]! += score ?? 0;
    }
  }
  return { sizes, sums, rest };
}
