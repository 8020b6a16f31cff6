// The scores some respondents gave a question (a role's, for its mean beside the overall one).
// Members are looked up in a Set built once per group: with `includes` on the group's list, a
// report on a 10,000-row survey export spent 10 s comparing indexes (the work grew with the square
// of the respondents). Pure; the cache only remembers each list's Set.
import type { QuestionScore } from '../scoring/score-question.js';

const memberSets = new WeakMap<readonly number[], ReadonlySet<number>>();

function setOf(members: readonly number[]): ReadonlySet<number> {
  let set = memberSets.get(members);
  if (set === undefined) {
    set = new Set(members);
    memberSets.set(members, set);
  }
  return set;
}

/** The scores (n/a left out) given to `q` by the respondents in `members`, in the answers' order. */
export function scoresGivenBy(q: QuestionScore, members: readonly number[]): number[] {
  const set = setOf(members);
  const given: number[] = [];
  for (const a of q.answers) if (a.score !== null && set.has(a.respondent)) given.push(a.score);
  return given;
}
