// Whose answers set a question's level (rubric review 15, class A and edit 1): its witnesses, the
// roles that can see the evidence its levels read (`scoredBy`). Leadership asked about reps' own
// records is told by its help not to look at them; its answer is then an impression, and averaged
// in it had the weight of a claim. The roles a question asks and does not name still answer:
// their answers are their role's view (the by-role figures, the perception gap) and enter neither
// the level nor the imperative's score. Where no witness answered (a VP assessing alone), the level
// rests on the roles that did, and the report says so once. Checks keep their precedence
// (answer-tally.ts checksSetLevel): this decides only whose claims count. Pure.
import type { Question } from '../rubric/schema.js';
import { roleKey } from '../rubric/wording.js';
import type { AnswerTally, RoleAnswers } from './answer-tally.js';

export interface ScoringBasis {
  /**
   * The roles (tally keys, group-by-role.ts) whose answers set the level and the term; null where
   * every role that answered counts (the question names no witness, or none of them answered).
   */
  keys: readonly string[] | null;
  /** The question names witnesses, none of them answered, and other roles did: the level rests on those others' answers. */
  withoutWitnesses: boolean;
}

/** Every role that answered counts. */
export const EVERY_ROLE: ScoringBasis = { keys: null, withoutWitnesses: false };

const answeredAny = (role: RoleAnswers): boolean => role.notApplicable > 0 || role.levels.some((n) => n > 0);

/**
 * Whose answers to a question set its level: the witnesses' (`scoredBy`, matched as roles are,
 * wording.ts roleKey) where any of them answered, n/a included (the people who can see say the
 * question does not apply: no one else's impression scores it instead); else everyone's who did.
 */
export function scoringBasis(question: Pick<Question, 'scoredBy'>, answers: Pick<AnswerTally, 'byRole'>): ScoringBasis {
  if (question.scoredBy === undefined) return EVERY_ROLE;
  const wanted = new Set(question.scoredBy.map(roleKey));
  const keys: string[] = [];
  let others = false;
  for (const [key, role] of answers.byRole) {
    if (!answeredAny(role)) continue;
    if (wanted.has(roleKey(key))) keys.push(key);
    else others = true;
  }
  if (keys.length > 0) return others ? { keys, withoutWitnesses: false } : EVERY_ROLE;
  return { keys: null, withoutWitnesses: others };
}
