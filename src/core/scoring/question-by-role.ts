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
  const scored = question.answers.filter((a) => a.score !== null);
  const inShown = new Set(scores.shownRoles.flatMap((r) => r.respondents));
  const rest = scored.filter((a) => !inShown.has(a.respondent)).length;
  if (rest > 0 && rest < scores.minGroup) return [];
  return scores.shownRoles
    .map(({ role, respondents }) => {
      const given = scored.filter((a) => respondents.includes(a.respondent)).map((a) => a.score!);
      return given.length === 0 ? null : { role, mean: given.reduce((s, x) => s + x, 0) / given.length };
    })
    .filter((x): x is RoleMean => x !== null);
}
