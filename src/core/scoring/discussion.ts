// "Needs discussion": the questions on which the people asked genuinely disagree (issue 20). A
// range of two levels between the lowest and the highest answer fired on 31 of 32 questions with
// ten respondents and on all 32 with thirty: one outlier in thirty is noise, not a disagreement.
// Two documented rules instead, each of which takes a group, not a person:
//   - roles: two shown roles' mean answers are ROLE_SPLIT levels or more apart;
//   - camps: at least a third of those who scored the question sit two levels or more below at
//     least another third (the lower third's highest answer and the upper third's lowest answer are
//     CAMP_DISTANCE levels or more apart).
import type { LevelRange } from '../rubric/level-range.js';
import { levelCounts, levelIndexAt } from './answer-tally.js';
import type { RoleMean } from './question-by-role.js';
import type { QuestionScore } from './score-question.js';

/**
 * Two roles whose means are this many levels apart stand on different rungs with one between them.
 * Not 1.5: on examples/acme leadership answers 1 to 2 levels above the field on nearly every
 * question (16 of 32 reach 1.5). That systematic gap is the perception gap, stated once in the
 * report; a question needs discussion where it stands out from it.
 */
export const ROLE_SPLIT = 2;
/** Levels between the two thirds of respondents that make two camps. */
export const CAMP_DISTANCE = 2;
/**
 * A consistent gap between two roles across an imperative (ninth VP reading, classes 3a and 8):
 * leadership answered about one level above the field on most questions, 25 to 28 points on three
 * imperatives, and no question reached ROLE_SPLIT, so the report's lead finding was never flagged
 * while it said "people disagree on 2 of 34 questions". One role stands above another on the
 * imperative when its mean answer is ROLE_GAP_LEVELS or more above the other's on ROLE_GAP_SHARE or
 * more of the imperative's questions both roles may be shown on (at least ROLE_GAP_MIN_QUESTIONS).
 * Three quarters of a level: most of a rung, where ordinary spread between two groups of a few
 * people is a fraction of one; two thirds of the questions: most of the imperative, not a few.
 */
export const ROLE_GAP_LEVELS = 0.75;
export const ROLE_GAP_SHARE = 2 / 3;
export const ROLE_GAP_MIN_QUESTIONS = 3;

export interface RoleGap {
  /** Index of the imperative in the list given. */
  imperative: number;
  higher: string;
  lower: string;
  /** Questions both roles may be shown on, and on how many of them the higher answers ROLE_GAP_LEVELS or more above. */
  questions: number;
  above: number;
}

/**
 * The imperatives on which one role stands consistently above another (the rule above), from each
 * question's shown role means (question-by-role.ts: only roles that may be shown on that
 * question). At most one pair per imperative: the pair above on the most questions, then role order.
 */
export function consistentRoleGaps(imperatives: readonly (readonly (readonly RoleMean[])[])[]): RoleGap[] {
  const gaps: RoleGap[] = [];
  imperatives.forEach((questions, imperative) => {
    const roles = [...new Set(questions.flatMap((q) => q.map((r) => r.role)))];
    let best: RoleGap | null = null;
    for (const higher of roles)
      for (const lower of roles) {
        if (higher === lower) continue;
        const both = questions.flatMap((q) => {
          const a = q.find((r) => r.role === higher);
          const b = q.find((r) => r.role === lower);
          return a === undefined || b === undefined ? [] : [a.mean - b.mean];
        });
        const above = both.filter((d) => d >= ROLE_GAP_LEVELS - 1e-9).length;
        if (both.length < ROLE_GAP_MIN_QUESTIONS || above < ROLE_GAP_SHARE * both.length - 1e-9) continue;
        if (best === null || above > best.above) best = { imperative, higher, lower, questions: both.length, above };
      }
    if (best !== null) gaps.push(best);
  });
  return gaps;
}

/** How many of the flagged questions the report lists, widest first. */
export const DISCUSSION_SHOWN = 5;

export interface Disagreement {
  /** The widest gap between two shown roles' mean answers, in levels; 0 without a breakdown. */
  roleSplit: number;
  /** Levels between the lower and the upper third of the scores given; 0 when they agree. */
  campDistance: number;
  needsDiscussion: boolean;
}

/**
 * Levels between the lower third's highest score and the upper third's lowest, from how many
 * chose each level (the question's levels, lowest first).
 */
export function campDistance(counts: readonly number[]): number {
  const n = counts.reduce((a, b) => a + b, 0);
  if (n < 2) return 0;
  const third = Math.ceil(n / 3);
  return Math.max(0, levelIndexAt(counts, n - third) - levelIndexAt(counts, third - 1));
}

/** The two rules together, from a question's camp distance (score-question.ts) and its roles' means. */
export function disagreementOf(camps: number, byRole: readonly RoleMean[]): Disagreement {
  const means = byRole.map((r) => r.mean);
  const roleSplit = means.length < 2 ? 0 : Math.max(...means) - Math.min(...means);
  return { roleSplit, campDistance: camps, needsDiscussion: roleSplit >= ROLE_SPLIT || camps >= CAMP_DISTANCE };
}

/**
 * The higher view in a disagreement, as a level score: the upper third's lowest answer (the camps
 * rule) or the highest shown role's mean (the roles rule), whichever is higher; null when the
 * question does not need discussion.
 */
export function higherView(question: QuestionScore, byRole: readonly RoleMean[]): number | null {
  if (!question.needsDiscussion) return null;
  const counts = levelCounts(question.answers);
  const n = counts.reduce((a, b) => a + b, 0);
  const upper = n < 2 ? -1 : levelIndexAt(counts, n - Math.ceil(n / 3));
  const views = [...(upper === -1 ? [] : [question.answers.levelScores[upper]!]), ...byRole.map((r) => r.mean)];
  return views.length === 0 ? null : Math.max(...views);
}

/**
 * Whether a disagreement could change what is done about a question: a decision or an action
 * applies to the team levels in `applies` (its `at`), and the higher view puts the team above
 * them, so if that view is right the step is not needed. A lower view only says the team stands
 * lower still: the step stands either way (fifth VP reading: "needs discussion" on the gate,
 * where managers said they had less time with reps than leadership thought, would not change it).
 */
export function couldChangeWhatIsDone(higher: number | null, applies: LevelRange): boolean {
  return higher !== null && higher > applies.to;
}
