// The answers model the rest of the pipeline uses: one respondent's answers, normalized.
import { asksRole } from '../rubric/level-range.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { isAuditorRole, type Evidence, type SampleUnit } from './answers-constants.js';

/** What a check covered: how many reps, managers or deals of the audit sample it looked at. */
export interface Sample {
  count: number;
  of: SampleUnit;
  /** Every one of them in the sales force (every first-line manager), not a sample: sets the level at any count (answer-tally.ts checksSetLevel). Auditor's file only. */
  census?: boolean;
}

export interface Answer {
  /** The chosen level score, or null for "not applicable". */
  score: number | null;
  note: string | null;
  /** What the score rests on; `claimed` when the file does not say. */
  evidence: Evidence;
  /** What the check covered (evidence other than `claimed` only); absent: one case, the respondent's own. */
  sample?: Sample;
}

export interface AnswerSheet {
  /** Where the sheet came from (file path as shown to the user), or null when built in memory. */
  source: string | null;
  organization: string;
  respondent: { name: string | null; role: string };
  date: string;
  /** Which owner roles the client has (the answers file's `client`), when it says. */
  client?: ClientRoles;
  rubrics: { digest: string | null; source: string | null; questions: string[] | null };
  /** How the answers were collected: `survey` for a survey response (read from an export, or imported); an interview when absent. */
  collected?: 'interview' | 'survey';
  /** The answers header's segment fields (industry, size, region, sale), when given: for `portfolio add`. */
  segment?: Partial<Record<'industry' | 'size' | 'region' | 'sale', string>>;
  /** answers[imperativeId][questionId]; a missing entry means unanswered. */
  answers: Record<string, Record<string, Answer>>;
}

/** A sheet without its answers: who answered, where and when. Scoring keeps this of each respondent, the answers only as counts (audit-tally.ts). */
export type RespondentRecord = Omit<AnswerSheet, 'answers'>;

/** Owner roles (keys of the set's owner catalog) a client has and lacks. */
export interface ClientRoles {
  has: string[];
  lacks: string[];
}

export function getAnswer(sheet: AnswerSheet, imperativeId: string, questionId: string): Answer | undefined {
  return sheet.answers[imperativeId]?.[questionId];
}

/** "imperative/question" keys of every question in the set, in asking order. */
export function questionKeys(set: RubricSet): string[] {
  return set.imperatives.flatMap((imperative) => imperative.questions.map((q) => `${imperative.id}/${q.id}`));
}

/** "imperative/question" keys of the questions a respondent of the role is asked (`roles:` leaves some out), in asking order. */
export function questionKeysFor(set: RubricSet, role: string | null): string[] {
  return set.imperatives.flatMap((imperative) => imperative.questions.filter((q) => asksRole(q, role)).map((q) => `${imperative.id}/${q.id}`));
}

/** The roles among `roles` that the set asks at least one question: an interview or a form for any other would be empty (the shipped set asks "other" nothing since rubric review 14). */
export function rolesAsked(set: RubricSet, roles: readonly string[]): string[] {
  return roles.filter((r) => questionKeysFor(set, r).length > 0);
}

/** Questions of the set that the sheet has no answer for, as "imperative/question"; a question its role is not asked (`roles:`) is not missing, nor any in the auditor's file, which holds the checks made and no more. */
export function unansweredQuestions(set: RubricSet, sheet: AnswerSheet): string[] {
  if (isAuditorRole(sheet.respondent.role)) return [];
  return set.imperatives.flatMap((imperative) =>
    imperative.questions.filter((q) => asksRole(q, sheet.respondent.role) && getAnswer(sheet, imperative.id, q.id) === undefined).map((q) => `${imperative.id}/${q.id}`),
  );
}
