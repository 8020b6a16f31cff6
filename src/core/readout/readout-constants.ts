// The readout's plan sizes, apart from its zod schema so that the CLI's options (and --help) can
// name them without loading zod.

/** The plan's size when the readout does not set one (--plan-size overrides both). */
export const DEFAULT_PLAN_SIZE = 12;
export const MAX_PLAN_SIZE = 60;

/** Where leadership stands on a decision page one puts to it: open (asked at the readout), taken or declined. */
export const DECISION_STATUSES = ['open', 'taken', 'declined'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];
