// What the plan's structure rules name in the default rubrics (tenth consultant review, class C),
// shared by the content tests that check them.

/**
 * Steps that take a manager under an hour a month (a rule, a page written, a monthly count read, a
 * costing, the recount of calendars): they neither wait for the steps that free managers as
 * managers' time nor count against their cap (C.1). Where one still requires the keystone, it is
 * for order only (the costing reads the recount's hours).
 */
export const LIGHT_ON_MANAGERS = [
  'adopt-coaching-model', 'cost-manager-quota-and-span', 'require-yes-to-book-over-prospecting', 'open-debriefs-with-last-action', 'follow-up-team-goals-behind-target',
  'send-escalations-back', 'finance-section-in-proposals', 'block-prospecting-time', 'write-manager-profile', 'recount-manager-time',
];

/** Steps that need every rep or every manager to take part once, or a cycle longer than a month: 60 days, not 30 (C.4). */
export const SIXTY_BY_RULE = [
  'load-plan-targets-into-crm', 'nurture-every-six-weeks', 'start-outreach-from-ideas', 'review-prospecting-in-one-to-ones', 'agree-one-plan-change',
  'forecast-only-qualified-deals', 'rewrite-guide-as-outcomes', 'hold-one-to-ones', 'require-yes-to-book-over-prospecting', 'recount-manager-time',
];

/** The VP Sales' recurring report steps, each of which requires the one build step (C.5). */
export const REPORT_STEPS = [
  'report-untouched-not-now-contacts', 'require-yes-to-book-over-prospecting', 'agree-plan-change-monthly', 'offer-trade-in-proposal',
  'record-client-step-in-crm', 'forecast-only-qualified-deals', 'require-value-at-each-buying-step',
];
