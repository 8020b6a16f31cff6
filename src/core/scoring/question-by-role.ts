import { roleIndexOf } from './group-by-role.js';
import type { AuditScores } from './score-audit.js';
import type { QuestionScore } from './score-question.js';

export interface RoleMean {
  role: string;
  /** The mean of the scores this role's respondents gave the question. */
  mean: number;
}

/**
 * Each shown role's mean answer to one question, in role order (roles that gave no score left
 * out); empty when scores are not broken down by role (split-roles.ts), or when the folded
 * respondents who scored this question are more than none but fewer than the minimum group. Not
 * everyone answers every question, so a folded group big enough over the whole audit can shrink
 * to one person on a question, and the question's mean minus the roles' means would give that
 * person's answer. The report, the headline and the ordering of "needs discussion" all take
 * per-role values from here.
 */
export function questionByRole(question: Pick<QuestionScore, 'answers'>, scores: Pick<AuditScores, 'shownRoles' | 'byRoleShown' | 'minGroup'>): RoleMean[] {
  if (!scores.byRoleShown) return [];
  const roleOf = roleIndexOf(scores.shownRoles);
  const sums = scores.shownRoles.map(() => 0);
  const counts = scores.shownRoles.map(() => 0);
  let rest = 0;
  // One pass, each role's scores added in the answers' order (the same float as summing its list).
  for (const { respondent, score } of question.answers) {
    if (score === null) continue;
    const r = roleOf[respondent];
    if (r === undefined) rest++;
    else {
      sums[r]! += score;
      counts[r]!++;
    }
  }
  if (rest > 0 && rest < scores.minGroup) return [];
  return scores.shownRoles.flatMap(({ role }, r) => (counts[r] === 0 ? [] : [{ role, mean: sums[r]! / counts[r]! }]));
}
