import { questionRolesShown } from './figure-roles.js';
import { roleIndexOf } from './group-by-role.js';
import type { AuditScores } from './score-audit.js';
import type { QuestionScore } from './score-question.js';

export interface RoleMean {
  role: string;
  /** The mean of the scores this role's respondents gave the question. */
  mean: number;
}

/**
 * Each role's mean answer to one question, in role order, for the roles that may be shown on
 * their own in this question; empty when scores are not broken down by role (split-roles.ts), or
 * when fewer than two roles are left. The minimum group applies to the people who scored this
 * question, not to the role headcounts: not everyone answers every question, so a folded group big
 * enough over the whole audit can shrink to one person on a question (the question's mean minus
 * the roles' means would give that person's answer), and a shown role can shrink to one person
 * too (its mean would be that person's answer). figure-roles.ts decides, by complementary
 * suppression. The report, the headline, the ordering of "needs discussion" and the by-role
 * imperative scores all take per-role values from here.
 */
export function questionByRole(question: Pick<QuestionScore, 'answers'>, scores: Pick<AuditScores, 'shownRoles' | 'byRoleShown' | 'minGroup'>): RoleMean[] {
  if (!scores.byRoleShown) return [];
  const shown = questionRolesShown(question.answers, scores.shownRoles, scores.minGroup, 'scored');
  if (shown.filter(Boolean).length < 2) return [];
  const roleOf = roleIndexOf(scores.shownRoles);
  const sums = scores.shownRoles.map(() => 0);
  const counts = scores.shownRoles.map(() => 0);
  // One pass, each role's scores added in the answers' order (the same float as summing its list).
  for (const { respondent, score } of question.answers) {
    if (score === null) continue;
    const r = roleOf[respondent];
    if (r === undefined || !shown[r]) continue;
    sums[r]! += score;
    counts[r]!++;
  }
  return scores.shownRoles.flatMap(({ role }, r) => (shown[r] ? [{ role, mean: sums[r]! / counts[r]! }] : []));
}

/**
 * The roles a question's notes may be attributed to: the audit's shown roles that may be shown on
 * their own among the people who answered this question (n/a included: a note can come with one).
 * A note in any other role is attributed to "a respondent", and they too number none or at least
 * the minimum group on this question (figure-roles.ts). Every role with one respondent: the report
 * is their own.
 */
export function noteRolesOf(question: Pick<QuestionScore, 'answers'>, scores: Pick<AuditScores, 'shownRoles' | 'minGroup' | 'respondents'>): ReadonlySet<string> {
  if (scores.respondents === 1) return new Set(scores.shownRoles.map((r) => r.role));
  const shown = questionRolesShown(question.answers, scores.shownRoles, scores.minGroup, 'answered');
  return new Set(scores.shownRoles.filter((_, r) => shown[r]).map((r) => r.role));
}
