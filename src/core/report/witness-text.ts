// What page one says of whose answers set the levels (scoring/witnesses.ts; rubric review 15,
// class A): once, in the line on what the scores rest on, so a reader knows that leadership's
// impression of reps' records is its view, not the level, and a VP assessing alone hears that the
// levels meant for those who can see the records rest on their own answers. Pure.
import type { QuestionScore } from '../scoring/score-question.js';
import { roleGroupName } from './describe-role.js';
import { listText } from './format.js';

export interface WitnessText {
  /** Questions scored on the average answer whose level rests on their witnesses, with other roles' answers beside it: how many. */
  views: number;
  /** "On 15 of them, only …": '' where none is. */
  viewsText: string;
  /** "24 questions are scored by …; none of them answered, so …": '' where every witness question had one. */
  withoutText: string;
}

const names = (roles: Iterable<string>): string => listText([...new Set([...roles].map((r) => roleGroupName(r)))]);

export function witnessText(questions: readonly QuestionScore[]): WitnessText {
  const onClaims = questions.filter((q) => q.scoredAt === 'mean');
  const views = onClaims.filter((q) => q.basis.keys !== null);
  const without = questions.filter((q) => q.basis.withoutWitnesses && q.scoredAt !== 'checked-level' && q.scoredAt !== 'census-withheld');
  const witnessesOf = (qs: readonly QuestionScore[]) => names(qs.flatMap((q) => q.question.scoredBy ?? []));
  const othersOf = (qs: readonly QuestionScore[], answered: (q: QuestionScore, key: string) => boolean) => names(qs.flatMap((q) => [...q.answers.byRole.keys()].filter((key) => answered(q, key))));
  const viewRoles = othersOf(views, (q, key) => !q.basis.keys!.includes(key));
  const viewsText =
    views.length === 0
      ? ''
      : `On ${views.length === 1 ? 'one' : views.length} of them, only the answers of ${witnessesOf(views)} count, as they can see what ${views.length === 1 ? 'it reads' : 'those questions read'}; what ${viewRoles} said there counts as a view, not in the level.`;
  const withoutText =
    without.length === 0
      ? ''
      : `${without.length === 1 ? 'One question is' : `${without.length} questions are`} scored by ${witnessesOf(without)}, who can see what ${without.length === 1 ? 'it reads' : 'they read'}; none of them answered, so ${without.length === 1 ? 'its level rests' : 'those levels rest'} on what ${othersOf(without, () => true)} said.`;
  return { views: views.length, viewsText, withoutText };
}
