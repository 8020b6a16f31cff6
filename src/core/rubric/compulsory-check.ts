// Which checks the audit cannot skip (rubric review 14, R3 and edit 14). A question only
// leadership answers (`roles: [leadership]`) rests on two or three people in most firms: their
// answers are too few to show, so without the auditor's check it drops out of its imperative's
// score and fires no step (acme's differentiation strategy, Q2.7, went unscored and the seed's
// "provide them with the differentiation strategy" got no step, unsaid why). Its check is
// therefore compulsory fieldwork: `rubrics --sample` lists it, the set's sampling rule says so, and
// the report says plainly when it was not done. One rule, read from the question's `roles:`. Pure.
import type { Question } from './schema.js';

/** Whether the auditor's check of this question is compulsory: only leadership answers it. */
export function checkIsCompulsory(question: Pick<Question, 'roles'>): boolean {
  return question.roles !== undefined && question.roles.length > 0 && question.roles.every((role) => role === 'leadership');
}
