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

/**
 * For one question, which of the audit's shown roles may be shown on their own in it: the rule
 * above over the people who count in it, the folded roles' people among them as the rest.
 * Indexed like `shownRoles`.
 */
export function questionRolesShown(answers: readonly RespondentAnswer[], shownRoles: readonly RoleGroup[], minGroup: number, counted: Counted): boolean[] {
  const roleOf = roleIndexOf(shownRoles);
  const sizes = shownRoles.map(() => 0);
  let rest = 0;
  for (const { respondent, score } of answers) {
    if (counted === 'scored' && score === null) continue;
    const r = roleOf[respondent];
    if (r === undefined) rest++;
    else sizes[r]!++;
  }
  return groupsShown(sizes, rest, minGroup);
}
