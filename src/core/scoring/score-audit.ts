// One entry point for scoring: a rubric set and the answer sheets of one organization in, every
// number the report shows out. One respondent is simply a list of one.
import type { ClientRoles } from '../answers/answer-sheet.js';
import { clientRolesOf, resolveOwner } from '../rubric/owners.js';
import { own } from '../source/reserved-keys.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { bandOf } from './band-of.js';
import type { BandKey } from './config.js';
import { DEFAULT_MIN_GROUP } from './config.js';
import { fireActions } from './fire-actions.js';
import { planActions, type PlannedAction } from './plan-actions.js';
import { auditTallyOf, type AuditInput } from './audit-tally.js';
import { checkedCount } from './answer-tally.js';
import type { RoleGroup } from './group-by-role.js';
import { perceptionGaps, type PerceptionGap, type RoleScore } from './perception-gaps.js';
import { roundOverall } from './round-score.js';
import { imperativeScoreOf, scoreImperative, type ImperativeScore } from './score-imperative.js';
import { disagreementOf } from './discussion.js';
import { questionByRole, questionRoleFigures } from './question-by-role.js';
import { questionScoreOf, type QuestionScore } from './score-question.js';
import { groupSafe } from './figure-roles.js';
import { splitRoles, type FoldedRole } from './split-roles.js';
import { weightedMean } from './weighted-mean.js';
import { checkToWiden, scoredAtOf } from './score-term.js';

export interface ScoringOptions {
  /** Overrides every imperative's target (--target). */
  target?: number;
  /** Roles with fewer respondents are not shown on their own (--min-group); default 3. Ignored with one respondent. */
  minGroup?: number;
  /** The owner roles the client has and lacks (--client-has, --client-lacks); before the answers files' `client`. */
  client?: Partial<ClientRoles>;
}

export interface ImperativeResult extends ImperativeScore {
  /**
   * The same score computed over each shown role's respondents, in role order: the roles that
   * scored nothing here (score null), and those shown on their own in every question of it they
   * scored (imperativeRolesShown); empty without a breakdown (split-roles.ts) or with fewer than
   * two roles so shown.
   */
  byRole: RoleScore[];
}

export interface AuditScores {
  respondents: number;
  /** Every role, in role order. */
  roles: RoleGroup[];
  /** The groups shown (every role with one respondent): roles on their own and at most one pool of roles (split-roles.ts). */
  shownRoles: RoleGroup[];
  /** The roles shown only together, as one pool in shownRoles, each with why. */
  pooledRoles: FoldedRole[];
  /** The roles folded in, each with why; their answers count only in the totals. */
  foldedRoles: FoldedRole[];
  /** Scores by role are shown (two shown roles or more): the one rule for every format. */
  byRoleShown: boolean;
  minGroup: number;
  /** Σ(weight_i × score_i) / Σ weight_i over the imperatives that have a score. */
  overall: { score: number | null; band: BandKey | null };
  imperatives: ImperativeResult[];
  /** The fired actions in plan order (plan-actions.ts): prerequisites first, horizons never before them. */
  actions: PlannedAction[];
  perceptionGaps: PerceptionGap[];
}

/**
 * Which roles an imperative's by-role score may be shown for: those shown on their own in every
 * question of it they scored (question-by-role.ts). A role's imperative score is a weighted mean
 * of its question means, so beside the means of its other questions it would give away the mean
 * of a question where it is not shown, and with it the folded people's answer there.
 */
function imperativeRolesShown(questions: readonly QuestionScore[], split: Pick<AuditScores, 'shownRoles' | 'byRoleShown' | 'minGroup'>): boolean[] {
  const shown = split.shownRoles.map(() => true);
  const scored = split.shownRoles.map(() => false);
  for (const q of questions) {
    const { scorers, means } = questionRoleFigures(q, split);
    scorers.forEach((n, r) => {
      if (n === 0) return;
      scored[r] = true;
      if (means[r] === null) shown[r] = false;
    });
  }
  return shown.map((s, r) => s && scored[r]!);
}

export function overallScoreOf(imperatives: readonly ImperativeScore[]): number | null {
  const mean = weightedMean(imperatives.map((i) => ({ weight: i.imperative.weight, value: i.score })));
  return mean === null ? null : roundOverall(mean);
}

/**
 * Scores an audit from its tally (audit-tally.ts); sheets in memory are tallied first, so an
 * interview, a folder of answers files and a survey export take the same path.
 */
export function scoreAudit(set: RubricSet, input: AuditInput, options: ScoringOptions = {}): AuditScores {
  const tally = auditTallyOf(set, input);
  const { roles, respondents } = tally;
  const minGroup = options.minGroup ?? DEFAULT_MIN_GROUP;
  const { shown: shownRoles, pooled: pooledRoles, folded: foldedRoles, breakdown } = splitRoles(roles, respondents.length, minGroup);
  const scoredRoles = breakdown ? shownRoles : [];
  const split = { shownRoles, byRoleShown: breakdown, minGroup };
  // "Needs discussion" takes the roles' means too (discussion.ts), so it is settled here, where
  // the shown roles are known. A question scored by too few for one of them to be set aside with
  // minGroup others left (the insider rule, figure-roles.ts) shows no figure of its answers, and no
  // disagreement among them either: with one respondent, there is nobody else to protect. Unless
  // some of its answers were checked, it is then held back: no level, no term in the score, no step
  // (score-term.ts).
  const single = respondents.length === 1;
  const settle = (q: QuestionScore): QuestionScore => {
    if (q.respondents === 0) return q;
    // Where the checks set the level, it is printed, so respondents' checked answers count as known:
    // the claims left must be enough on their own, or the mean minus the checked level gives them
    // (checkedCount is 0 where the checks set no level: those answers are claims like any other).
    const figuresShown = single || groupSafe(q.respondents - checkedCount(q.answers, q.basis.keys ?? undefined), minGroup);
    const { roleSplit, needsDiscussion } = disagreementOf(q.campDistance, questionByRole(q, split));
    const scoredAt = scoredAtOf(q.answers, figuresShown);
    // A level that rests on checks is settled: what the flag asks for ("agree on what is true
    // before acting", with the check that would settle it) is done, and the claims' spread is the
    // roles' perception beside it, not a question to agree on. A check too small to set the level
    // is not flagged in the report (VP reading 11, class 4: "they sit apart from the answers" told
    // that one or two known people's work differs from what was claimed): the report reads it as
    // not checked, and the readout draft tells the consultant to widen it (score-term.ts).
    const widen = !single && figuresShown && checkToWiden(q.answers, q.basis.keys);
    return { ...q, roleSplit, needsDiscussion: needsDiscussion && figuresShown && scoredAt !== 'checked-level' && scoredAt !== 'census-withheld', checkToWiden: widen, figuresShown, scoredAt, teamLevel: scoredAt === 'held-back' ? null : q.teamLevel };
  };
  const imperatives: ImperativeResult[] = set.imperatives.map((imperative, i) => {
    const result = scoreImperative(imperative, tally.questions[i]!, roles, { ...options, settle });
    // A role's score is the imperative's score over its respondents alone: the same computation over its own counts.
    const byRole = scoredRoles.map(({ role, respondents: members, keys }) => ({
      role,
      respondents: members.length,
      score: imperativeScoreOf(result.questions.map((q) => questionScoreOf(q.question, q.answers, keys))),
    }));
    const shown = imperativeRolesShown(result.questions, split);
    return { ...result, byRole: shown.filter((s) => s).length < 2 ? [] : byRole.filter((role, r) => shown[r] || role.score === null) };
  });
  const overall = overallScoreOf(imperatives);
  const hasRole = clientRolesOf(options.client, respondents);
  return {
    respondents: respondents.length,
    roles,
    shownRoles,
    pooledRoles,
    foldedRoles,
    byRoleShown: breakdown,
    minGroup,
    overall: { score: overall, band: bandOf(overall) },
    imperatives,
    actions: planActions(fireActions(imperatives, (key) => resolveOwner(set.owners, key, hasRole), (id) => (set.alternatives == null ? undefined : own(set.alternatives, id)))),
    perceptionGaps: perceptionGaps(imperatives),
  };
}
