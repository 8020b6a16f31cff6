// The scoring constants, as data. Changing any of them changes every report, so each says why it
// is what it is. Question and imperative weights are data too, but they live in the rubric files
// (`weight:`), next to the questions they weigh, where a consultant tailoring a set can see them.

import type { BAND_KEYS } from '../rubric/rubric-constants.js';

export type BandKey = (typeof BAND_KEYS)[number];

/**
 * Maturity bands by lower bound, highest first. Fixed cut-offs (a set manifest may rename the
 * bands but not move them) so that "Capable" means the same in every client's report and across
 * audits over time. 40/60/80 split the 0–100 scale into the four level stories of the rubrics:
 * below 40 most answers sit at "Absent" or "Ad hoc"; 80 and above needs mostly "Embedded" answers.
 */
export const BAND_CUTOFFS: readonly { key: BandKey; from: number }[] = [
  { key: 'highPerforming', from: 80 },
  { key: 'capable', from: 60 },
  { key: 'developing', from: 40 },
  { key: 'atRisk', from: 0 },
];

/**
 * Respondents who put the same question two or more levels apart do not describe the same sales
 * force; one level apart is ordinary judgement noise on a five-level scale.
 */
export const NEEDS_DISCUSSION_SPREAD = 2;

/**
 * A difference between roles' imperative scores is called out in the executive summary from this
 * many points: one level on one question of weight 1 in an eight-question imperative moves the
 * score by about 3 points, so 10 points is a pattern, not a single answer.
 */
export const PERCEPTION_GAP_CALLOUT = 10;

/**
 * No figure gives anyone, a member of the group included, the answers of fewer people than this:
 * with one or two people behind a figure, the figure names them. Three is the smallest group in
 * which no single answer can be traced to a person. A member can take their own answers out, so a
 * role is shown on its own only with one more (figure-roles.ts groupSafe), and smaller roles are
 * shown together (split-roles.ts); `--min-group` changes it for a report.
 */
export const DEFAULT_MIN_GROUP = 3;

/** How many priorities page one lists by default (`--focus`): what a leadership team can start at once. */
export const DEFAULT_FOCUS = 5;
export const MAX_FOCUS = 20;

/**
 * Active items (new actions and next steps of those already started) per owner per horizon in the
 * shown plan (scoring/capacity.ts), counted under the owner the plan names. The VP Sales, a
 * marketing lead or a team of first-line managers each carries a job already; three streams of
 * change at once, started or continuing, is what one of them can carry and finish. Page one's priorities and the decisions' actions count
 * too. Three, not two: where both steps that free managers' time fire (moving their accounts and
 * cutting head office's demands, both the VP Sales'), two left the VP no room in the first 30 days
 * for the action of a decision page one asks for (the discount rule), which then fell to the
 * backlog; a plan that asks for a decision and parks its action is not deliverable either.
 */
export const CAPACITY_PER_HORIZON = 3;

/**
 * Days between a step that holds an owner's further steps (the recount of the managers' freed
 * time: until it is done, a manager still over starts no further step) and the first of the steps
 * it holds (fifteenth VP reading, item 7.1: the day-60 recount gated the managers' rows due at day
 * 60, so either they started before the gate or the gate made them miss their date). Two weeks:
 * the recount reads two weeks of calendars after the step it re-checks, and the steps it holds
 * need as long again to be done by their date once it lets them start (plan-due-days.ts).
 */
export const GATE_LAG_DAYS = 15;

/**
 * Days leadership takes to decide on a manager whom the recount finds still over the limit (the
 * gate's fallback, VP reading 17, item 20: "the managers' gate at day 45 can hold them past the
 * day-60 due dates, with no fallback date"): until it decides, that manager starts no further step,
 * so each of that manager's later steps falls due this many days later at the latest, and the plan
 * prints those dates (page-one.ts gateThresholdText).
 */
export const GATE_DECISION_DAYS = 30;
