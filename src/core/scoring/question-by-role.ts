import { groupSafe, groupsShown, tallyRoles } from './figure-roles.js';
import type { AuditScores } from './score-audit.js';
import type { QuestionScore } from './score-question.js';

export interface RoleMean {
  role: string;
  /** The mean of the scores this role's respondents gave the question. */
  mean: number;
}

type RoleSplit = Pick<AuditScores, 'shownRoles' | 'byRoleShown' | 'minGroup'>;

/** A question's figures by shown role (indexed like `shownRoles`): how many scored it, and the mean where it may be shown. */
export interface QuestionRoleFigures {
  scorers: readonly number[];
  means: readonly (number | null)[];
}

/**
 * Each role's mean answer to one question, for the roles that may be shown on their own in this
 * question: none when scores are not broken down by role (split-roles.ts), or when fewer than two
 * roles are left. The minimum group applies to the people who scored this question, not to the
 * role headcounts: not everyone answers every question, so a folded group big enough over the
 * whole audit can shrink to one person on a question (the question's mean minus the roles' means
 * would give that person's answer), and a shown role can shrink to one person too (its mean would
 * be that person's answer). figure-roles.ts decides, by complementary suppression.
 */
export function questionRoleFigures(question: Pick<QuestionScore, 'answers' | 'basis'>, split: RoleSplit): QuestionRoleFigures {
  const { sizes, sums, rest } = tallyRoles(question.answers, split.shownRoles, 'scored');
  let shown = question.basis.keys === null ? groupsShown(sizes, rest, split.minGroup) : shownBesideWitnesses(question.answers, question.basis.keys, split);
  // One role left is shown only when no one else scored the question (a question its `roles:` asks
  // of that role alone): its mean is then the question's own mean, so it gives nothing away, and
  // hiding it would hide that role's whole imperative score (score-audit.ts).
  const others = rest + sizes.reduce((sum, n, r) => sum + (shown[r] ? 0 : n), 0);
  const alone = shown.filter(Boolean).length === 1 && others === 0;
  if (!split.byRoleShown || (shown.filter(Boolean).length < 2 && !alone)) shown = shown.map(() => false);
  return { scorers: sizes, means: sizes.map((n, r) => (shown[r] ? sums[r]! / n : null)) };
}

/**
 * Which groups may be shown on a question whose level rests on its witnesses (witnesses.ts), with
 * other roles' views beside them. The question's printed figures are the witnesses' total, so the
 * complementary rule applies among the witnesses: the witnesses in no group shown must be safe
 * together, or the question's mean minus the groups shown gives them (acme: managers' and reps'
 * mean, beside the reps', is the three managers'). The views have no printed total: each group of
 * them needs only to be safe on its own. A group mixing witnesses and views (a pool of leadership
 * and sales managers) is not shown on the question: its figure minus the witnesses' would tie one
 * side to the other.
 */
function shownBesideWitnesses(answers: QuestionScore['answers'], witnessKeys: readonly string[], split: RoleSplit): boolean[] {
  const isWitness = (key: string) => witnessKeys.includes(key);
  const witnesses = tallyRoles(answers, split.shownRoles, 'scored', isWitness);
  const views = tallyRoles(answers, split.shownRoles, 'scored', (key) => !isWitness(key));
  const mixed = witnesses.sizes.map((n, r) => n > 0 && views.sizes[r]! > 0);
  const witnessSizes = witnesses.sizes.map((n, r) => (mixed[r] ? 0 : n));
  const witnessRest = witnesses.rest + witnesses.sizes.reduce((sum, n, r) => sum + (mixed[r] ? n : 0), 0);
  const witnessShown = groupsShown(witnessSizes, witnessRest, split.minGroup);
  return views.sizes.map((n, r) => !mixed[r] && (witnessShown[r]! || (n > 0 && groupSafe(n, split.minGroup))));
}

/**
 * questionRoleFigures as role and mean, in role order, for the roles shown. The report, the
 * headline, the ordering of "needs discussion" and the by-role imperative scores all take per-role
 * values from here.
 */
export function questionByRole(question: Pick<QuestionScore, 'answers' | 'basis'>, split: RoleSplit): RoleMean[] {
  const { means } = questionRoleFigures(question, split);
  return split.shownRoles.flatMap(({ role }, r) => (means[r] === null ? [] : [{ role, mean: means[r]! }]));
}

/**
 * The groups a question's notes may be attributed to, with how many of each answered it (n/a
 * included: a note can come with one): the audit's shown groups that may be shown on their own
 * among the people who answered this question; and how many others answered it, whose notes are
 * attributed to "a respondent". They too number none or enough (figure-roles.ts). Every role with
 * one respondent: the report is their own. A question a pool answered names no group.
 */
export function noteGroupsOf(question: Pick<QuestionScore, 'answers'>, scores: Pick<AuditScores, 'shownRoles' | 'minGroup' | 'respondents'>): { groups: ReadonlyMap<string, number>; rest: number; named: boolean } {
  const { sizes, rest } = tallyRoles(question.answers, scores.shownRoles, 'answered');
  if (scores.respondents === 1) return { groups: new Map(scores.shownRoles.map((r, i) => [r.role, sizes[i]!])), rest, named: true };
  const shown = groupsShown(sizes, rest, scores.minGroup);
  const groups = new Map(scores.shownRoles.flatMap((r, i) => (shown[i] ? [[r.role, sizes[i]!] as const] : [])));
  // A pool's name ("leadership or sales manager") narrows a note to roles its words can tell apart:
  // "no one reviews them" is no manager's word about their own job, so it read as leadership's, two
  // people (VP review 17, item 35). Where the pool answered, no note of the question names a group
  // (naming the others would name the pool by elimination); each is still judged among its own
  // group, as a quote's voice is told apart there whatever the label says.
  const named = !scores.shownRoles.some((r, i) => r.keys.length > 1 && sizes[i]! > 0);
  return { groups, rest: rest + sizes.reduce((n, size, i) => n + (shown[i] ? 0 : size), 0), named };
}
