// Constants of the answers format that code outside the zod schema needs. Kept apart from
// schema.ts so that using them does not load zod (start-up time is benchmarked).

export const NOT_APPLICABLE = 'n/a';

export const ROLES = ['leadership', 'sales manager', 'salesperson', 'other'] as const;

/**
 * What an answer rests on: a document the interviewer saw, something observed (a call, a
 * meeting), system data (CRM, reports), a survey the audit ran (the reps' anonymous survey on
 * their managers: fieldwork that sets a level, not a test of anyone's claim, so the report never
 * calls it a check; VP reading 13), or what the respondent said. Absent means claimed.
 */
export const EVIDENCE = ['document', 'observed', 'data', 'survey', 'claimed'] as const;

export type Evidence = (typeof EVIDENCE)[number];

export const DEFAULT_EVIDENCE: Evidence = 'claimed';

/**
 * What a check's `sample` counts: the reps, managers or deals the check looked at. A check covers
 * the audit sample (the set's `sampling:` rule), or part of it; its count is its base.
 */
export const SAMPLE_UNITS = ['reps', 'managers', 'deals'] as const;

export type SampleUnit = (typeof SAMPLE_UNITS)[number];

/**
 * The role of the auditor's own answers file: the checks the audit made on its sample (a document
 * read, calls observed, system data pulled), recorded once, not a respondent's answers. Such a file
 * is no respondent: it is not counted among them, has no role figures and no dates in the report.
 */
export const AUDITOR_ROLE = 'auditor';

/** Whether a respondent role as written is the auditor's ("Auditor" and "auditor" are one). */
export function isAuditorRole(role: string): boolean {
  return role.trim().toLowerCase() === AUDITOR_ROLE;
}

/** YYYY-MM-DD naming a day that exists (2026-02-30 does not). */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The longest evidence note the interview takes, in characters, checked as it is typed. With the
 * 32 questions of the built-in set, every note at this length in the costliest characters (YAML
 * writes a control character as a 6-byte escape) still fits the 1 MiB answers file limit
 * (MAX_SOURCE_BYTES), so no session the interview saves is refused when read back; a larger
 * custom set is held to that limit by the session's size, checked at the same moment.
 */
export const MAX_NOTE_CHARS = 4000;

/** The longest organization or respondent name the interview takes, in characters. */
export const MAX_NAME_CHARS = 200;
