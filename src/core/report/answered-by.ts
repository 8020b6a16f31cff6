// Whose answers a question's figures are (VP reading 15, item 17: "6 answers": whose? "Q2.2 could
// be entirely managers' belief about reps"). Said by role, from the rubric's `roles:` (who is
// asked: public, as the questionnaire is), never by who answered: that a role's people all skipped
// a question is itself a fact about a small group.
import type { Question } from '../rubric/schema.js';
import { asksRole } from '../rubric/level-range.js';
import { roleGroupName } from './describe-role.js';

/**
 * ": leadership, sales managers" after "6 answers" where the question is asked of some of the
 * audit's roles, not all; '' where every role among the respondents is asked it. Short: it sits
 * under the mean in the narrowest column of the printed table.
 */
export function answeredByText(question: Pick<Question, 'roles'>, roles: readonly { role: string }[]): string {
  const asked = roles.filter((r) => asksRole(question, r.role));
  if (asked.length === 0 || asked.length === roles.length) return '';
  return `: ${asked.map((r) => roleGroupName(r.role)).join(', ')}`;
}
