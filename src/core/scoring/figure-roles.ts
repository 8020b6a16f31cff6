// The minimum group rule applied to one figure: which groups may be shown beside its total. One
// function for every figure (the roles of the whole audit, a question's per-role means, the roles
// a question's notes are attributed to), so the rule cannot drift between them.
import { roleAnswers, type AnswerTally } from './answer-tally.js';
import type { RoleGroup } from './group-by-role.js';

/**
 * A group of `n` people may stand behind a figure: nobody learns from it the answers of fewer than
 * `minGroup` people other than their own. A reader outside the group sees `n` people; a member
 * knows their own answers and can take them out, leaving `n − 1` (seventh VP reading, "insider
 * subtraction": a leader in a leadership row of 3 reads the other two's average). So `n − 1` must
 * reach `minGroup`, except for one person alone, who learns only their own answers back (with
 * `--min-group 1`, where a figure may rest on one person, every group is shown). Nobody: nothing
 * to protect.
 */
export function groupSafe(n: number, minGroup: number): boolean {
  return n === 0 || n - 1 >= minGroup || (n === 1 && minGroup <= 1);
}

/**
 * Complementary suppression, as statistical offices apply it to tables. `sizes` are the people of
 * each group who count in the figure (in role order), `rest` those who count in it but belong to
 * no group that could be shown. A group is shown when it is safe on its own (groupSafe); the people
 * not shown (the rest and every group not shown) must then be safe together too, because the total
 * × everyone minus each shown group's value × its size is their value. While they are not, the
 * smallest shown group is folded in too (on a tie the later one, so the first in role order stays
 * shown longest). A group of nobody is neither shown nor counted.
 */
export function groupsShown(sizes: readonly number[], rest: number, minGroup: number): boolean[] {
  const shown = sizes.map((n) => n > 0 && groupSafe(n, minGroup));
  let hidden = rest + sizes.reduce((sum, n, i) => sum + (shown[i] ? 0 : n), 0);
  while (!groupSafe(hidden, minGroup)) {
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
 * From a question's counts: per shown role, how many count and the sum of their scores; and how many
 * count outside them. A checked answer counts in neither (answer-tally.ts claimCounts): the team
 * level, printed, rests on it, so it is treated as known, and the roles' figures are their claims.
 */
export interface RoleTally {
  sizes: number[];
  sums: number[];
  rest: number;
}

/** `within`: only these roles' answers count (a question's witnesses, or the others: question-by-role.ts); every role's without it. */
export function tallyRoles(answers: Pick<AnswerTally, 'byRole' | 'levelScores'>, shownRoles: readonly RoleGroup[], counted: Counted, within?: (key: string) => boolean): RoleTally {
  const sizes: number[] = [];
  const sums: number[] = [];
  const shownKeys = new Set<string>();
  for (const { keys } of shownRoles) {
    let size = 0;
    let sum = 0;
    for (const key of keys) {
      shownKeys.add(key);
      if (within !== undefined && !within(key)) continue;
      const { levels, checked, notApplicable } = roleAnswers(answers, key);
      levels.forEach((n, i) => {
        const claims = counted === 'scored' ? n - checked[i]! : n;
        size += claims;
        sum += claims * answers.levelScores[i]!;
      });
      if (counted === 'answered') size += notApplicable;
    }
    sizes.push(size);
    sums.push(sum);
  }
  let rest = 0;
  for (const [key, { levels, checked, notApplicable }] of answers.byRole) {
    if (shownKeys.has(key) || (within !== undefined && !within(key))) continue;
    rest += levels.reduce((a, b) => a + b, 0) + (counted === 'scored' ? -checked.reduce((a, b) => a + b, 0) : notApplicable);
  }
  return { sizes, sums, rest };
}
