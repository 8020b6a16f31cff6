// What the plan's structure rules name in the default rubrics (tenth consultant review, class C),
// shared by the content tests that check them.

/**
 * Steps that take a manager under an hour a month (a rule, a page written, a monthly count read, a
 * costing, the recount of calendars): they neither wait for the steps that free managers as
 * managers' time nor count against their cap (C.1). Where one still requires the keystone, it is
 * for order only (the costing reads the recount's hours).
 */
export const LIGHT_ON_MANAGERS = [
  'adopt-coaching-model', 'cost-manager-quota-and-span', 'require-yes-to-book-over-prospecting', 'open-debriefs-with-value-given', 'follow-up-team-goals-behind-target',
  // Re-pinned after rubric review 17 (edit 12): block-prospecting-time and use-set-prospecting-hours left the list, as
  // placing each rep's blocks is managers' time the steps now declare (`spends`), counted against their cap.
  'send-escalations-back', 'finance-section-in-proposals', 'write-manager-profile', 'recount-manager-time',
  // A half-day a year for managers in post, a new manager's first month (twelfth review, edit 11).
  'train-new-managers-first-month',
];

/**
 * Steps that need every rep or every manager to take part once, or a cycle longer than a month: 60 days, not 30 (C.4).
 * Re-pinned after the fourteenth rubric review (class F, the outreach chain): start-outreach-from-ideas left the list, as
 * it waits for the openers' load, due at 90, and the doc's rule puts work that waits on another action at 90.
 */
export const SIXTY_BY_RULE = [
  // Re-pinned after rubric review 15 (edit 7, class J): nurture-every-six-weeks and require-yes-to-book-over-prospecting
  // wait on the CRM build (effort high, 60 days), so they are 90 by the same rule's "work that waits on another action".
  'load-plan-targets-into-crm', 'review-prospecting-in-one-to-ones', 'agree-one-plan-change',
  'forecast-only-qualified-deals', 'rewrite-guide-as-outcomes', 'hold-one-to-ones', 'recount-manager-time',
];

/** The VP Sales' recurring report steps, each of which requires the one build step (C.5). */
export const REPORT_STEPS = [
  'report-untouched-not-now-contacts', 'require-yes-to-book-over-prospecting', 'agree-plan-change-monthly', 'offer-trade-in-proposal',
  'record-client-step-in-crm', 'forecast-only-qualified-deals', 'require-value-at-each-buying-step',
];

/**
 * Steps that add two hours or more a month per manager (twelfth consultant review, edit 11): new
 * one-to-ones, observed calls, days or half-days with each rep, a training, extra team sessions, a
 * peer pairing; and every routine booked for managers, whatever its length (rubric review 17, edit 12). Only these wait for both steps that free managers' time (with the recount, which
 * waits for the hand-over for its order). A step run inside a meeting already booked (the
 * one-to-one's blocks, the team meeting's slots, an observed call's debrief) requires that
 * meeting's step instead, which waits for the freeing steps where it fires.
 */
export const HEAVY_ON_MANAGERS = [
  'write-prospecting-plans', 'build-target-lists', 'give-each-target-a-reason', 'rebuild-target-lists', 'debrief-one-call-per-rep',
  'debrief-one-call-a-month', 'assess-reps-against-skills-model', 'reassess-skills-every-six-months', 'close-each-managers-gap',
  'pair-manager-with-a-peer', 'train-managers-in-model', 'hold-one-to-ones', 'coach-the-team-fortnightly', 'coach-the-team-weekly',
  'agree-one-result-per-rep',
  // Re-pinned after rubric review 17 (edit 12): a routine booked for managers waits for both freeing steps whatever its
  // length (routines add up: the team meeting's hour a month and the pipeline review's 45 minutes a fortnight).
  'hold-monthly-team-meeting', 'hold-pipeline-review',
];

/** The steps that book the meetings other steps run in: the one-to-ones, the team meeting, the observed call, the pipeline review (rubric review 14, edit 2). */
export const CADENCE_STEPS = ['hold-one-to-ones', 'hold-monthly-team-meeting', 'debrief-one-call-per-rep', 'hold-pipeline-review'];
