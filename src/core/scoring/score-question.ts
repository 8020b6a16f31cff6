import type { Question } from '../rubric/schema.js';
import { claimCounts, levelCounts, type AnswerTally } from './answer-tally.js';
import { attainment } from './attainment.js';
import { campDistance, CAMP_DISTANCE } from './discussion.js';
import type { ScoredAt } from './score-term.js';
import { teamLevel } from './recommendation-fires.js';
import { EVERY_ROLE, scoringBasis, type ScoringBasis } from './witnesses.js';

export interface QuestionScore {
  question: Question;
  /** Every answer given, n/a included, as counts per role (answer-tally.ts). */
  answers: AnswerTally;
  /**
   * Whose answers the figures below rest on (witnesses.ts): the question's witnesses where it names
   * them and one answered, else every role that answered. The other roles' answers are in `answers`,
   * by role: their view, not the level.
   */
  basis: ScoringBasis;
  /** How many respondents gave this question a score (n/a and unanswered left out), of the roles in `basis`. */
  respondents: number;
  notApplicable: number;
  /** Mean of the scores given; null when nobody scored the question. */
  meanScore: number | null;
  /** Attainment of the mean score (= mean of the respondents' attainments), 0 to 1. */
  attainment: number | null;
  min: number | null;
  max: number | null;
  /** Levels between the lowest and the highest score given (0 with one respondent). */
  spread: number | null;
  /** Respondents genuinely disagree (discussion.ts): two camps here; scoreAudit adds the roles' rule. */
  needsDiscussion: boolean;
  /** Levels between the lower and the upper third of the scores given (discussion.ts). */
  campDistance: number;
  /** The widest gap between two shown roles' mean answers, in levels; set by scoreAudit, 0 before. */
  roleSplit: number;
  /**
   * Whether the figures computed from its answers (mean, range, evidence counts, attainment) may be
   * printed: enough scored it for any one of them to be set aside with minGroup others left
   * (figure-roles.ts groupSafe); set by scoreAudit, true before. The team level (the median) is
   * printed either way: the plan's step is chosen from it.
   */
  figuresShown: boolean;
  /** What its term in the imperative's score rests on (score-term.ts); set by scoreAudit, `mean` before. */
  scoredAt: ScoredAt;
  /**
   * Its checks are too small to set its level and sit a level or more from the claims (score-term.ts
   * checkToWiden): flagged, so that the check is widened to the audit sample; set by scoreAudit,
   * false before, and never where the figures are not shown.
   */
  checkToWiden: boolean;
  /**
   * The level the report prints and the plan steps from (recommendation-fires.ts teamLevel: the
   * checked answers' median where there are any, else everyone's); null where nobody scored it, or
   * where it is held back (score-term.ts), set by scoreAudit. Read this, not the tally.
   */
  teamLevel: number | null;
}

/**
 * A question's figures from the answers given to it, over every role, or over the claims of the roles
 * named (a role's own figures are the same computation over its claims alone: its checked answers
 * set the team level, answer-tally.ts claimCounts). Level scores are integers, so Σ count × score is
 * the exact sum whatever the order the answers came in.
 */
export function questionScoreOf(question: Question, answers: AnswerTally, roleKeys?: readonly string[]): QuestionScore {
  // The question's own figures rest on its witnesses' answers (witnesses.ts); a role's figures on its own claims.
  const basis = roleKeys === undefined ? scoringBasis(question, answers) : EVERY_ROLE;
  const scorers = roleKeys ?? basis.keys ?? undefined;
  const counts = roleKeys === undefined ? levelCounts(answers, scorers) : claimCounts(answers, roleKeys);
  let notApplicable = 0;
  if (scorers === undefined) for (const role of answers.byRole.values()) notApplicable += role.notApplicable;
  else for (const key of scorers) notApplicable += answers.byRole.get(key)?.notApplicable ?? 0;
  let sum = 0;
  let count = 0;
  let lowest = -1;
  let highest = -1;
  counts.forEach((n, i) => {
    if (n === 0) return;
    sum += n * answers.levelScores[i]!;
    count += n;
    if (lowest === -1) lowest = i;
    highest = i;
  });
  if (count === 0) {
    return { question, answers, basis, respondents: 0, notApplicable, meanScore: null, attainment: null, min: null, max: null, spread: null, needsDiscussion: false, campDistance: 0, roleSplit: 0, figuresShown: true, scoredAt: 'mean', checkToWiden: false, teamLevel: null };
  }
  const meanScore = sum / count;
  const spread = highest - lowest;
  const camps = spread < CAMP_DISTANCE ? 0 : campDistance(counts);
  return {
    question,
    answers,
    basis,
    respondents: count,
    notApplicable,
    meanScore,
    attainment: attainment(question, meanScore),
    min: answers.levelScores[lowest]!,
    max: answers.levelScores[highest]!,
    spread,
    needsDiscussion: camps >= CAMP_DISTANCE,
    campDistance: camps,
    roleSplit: 0,
    figuresShown: true,
    scoredAt: 'mean',
    checkToWiden: false,
    teamLevel: teamLevel(answers, basis.keys),
  };
}
