// Constants of the rubric format that code outside the zod schema needs. Kept apart from
// schema.ts so that using them does not load zod (start-up time is benchmarked).

export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const HORIZONS = [30, 60, 90] as const;

/** How much work an action is; `medium` when a rubric does not say. */
/** A recommendation's `title:` fits one line of the backlog. */
export const RECOMMENDATION_TITLE_MAX = 60;

export const EFFORTS = ['low', 'medium', 'high'] as const;

export const DEFAULT_EFFORT = 'medium';

/** Whether a client has an owner role when not told: the owner catalog's `assumed`. */
export const OWNER_ASSUMPTIONS = ['present', 'absent'] as const;

export const BAND_KEYS = ['atRisk', 'developing', 'capable', 'highPerforming'] as const;

/** File name of the optional manifest in a rubric folder. */
export const MANIFEST_FILE_NAME = '_set.yaml';

/**
 * Largest weight allowed. Weights are relative (2 means twice as important), so no real rubric
 * needs more; without a bound, weights near the float maximum overflow the weighted means to NaN.
 */
export const MAX_WEIGHT = 1000;

/** Fewest levels a ladder should have (ladder-too-short): a start, two steps and a habit. */
export const MIN_LADDER = 4;

/**
 * The smallest base on which checks set a question's level (the set's `sampling.minimum` by
 * default): below three reps, managers or deals a check is one or two cases, its level is theirs,
 * and "most reps" over it is a person. Three is also the smallest group in which no single answer
 * can be traced to a person (scoring/config.ts DEFAULT_MIN_GROUP).
 */
export const DEFAULT_CHECK_MINIMUM = 3;

/**
 * What an estimate of the auditor's fieldwork counts per (the set's `sampling.fieldwork`): hours per
 * rep, manager or deal of the audit sample the check looks at, or once per audit (a document read).
 */
export const FIELDWORK_UNITS = ['reps', 'managers', 'deals', 'audit'] as const;
export type FieldworkUnit = (typeof FIELDWORK_UNITS)[number];
