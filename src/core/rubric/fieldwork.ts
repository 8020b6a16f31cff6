// The auditor's fieldwork for an audit sample (rubric review 11, edit 14: "I cannot price the
// engagement without that figure"): the set's estimate per check (`sampling.fieldwork`, hours per
// rep, manager or deal of the sample, or once per audit), summed for a sample of a given size.
// Pure: `sales-audit rubrics --sample` prints it.
import { own } from '../source/reserved-keys.js';
import { checkIsCompulsory } from './compulsory-check.js';
import type { FieldworkUnit } from './rubric-constants.js';
import type { RubricSet } from './load-rubric-set.js';

/** The audit sample's size: how many reps, managers and deals the checks look at. */
export type FieldworkSample = Record<Exclude<FieldworkUnit, 'audit'>, number>;

export interface FieldworkRow {
  imperative: string;
  question: string;
  /** Hours per case (`per`). */
  hours: number;
  per: FieldworkUnit;
  /** Cases the check looks at in this sample (1 for `audit`). */
  cases: number;
  /** hours × cases. */
  total: number;
  /** Whether the check cannot be skipped: only leadership answers the question (compulsory-check.ts). */
  compulsory: boolean;
}

export interface FieldworkEstimate {
  sample: FieldworkSample;
  /** One row per question of the set with an estimate, in the set's order. */
  rows: FieldworkRow[];
  /** Σ total over the rows. */
  total: number;
  /** Questions of the set with no estimate (validate warns: fieldwork-missing). */
  missing: string[];
}

/** The estimate for a sample; null when the set gives no fieldwork. */
export function fieldworkFor(set: Pick<RubricSet, 'imperatives' | 'sampling'>, sample: FieldworkSample): FieldworkEstimate | null {
  const fieldwork = set.sampling?.fieldwork;
  if (fieldwork === undefined) return null;
  const rows: FieldworkRow[] = [];
  const missing: string[] = [];
  for (const imperative of set.imperatives) {
    for (const question of imperative.questions) {
      const estimate = own(fieldwork, question.id);
      if (estimate === undefined) {
        missing.push(question.id);
        continue;
      }
      const cases = estimate.per === 'audit' ? 1 : sample[estimate.per];
      rows.push({ imperative: imperative.id, question: question.id, hours: estimate.hours, per: estimate.per, cases, total: estimate.hours * cases, compulsory: checkIsCompulsory(question) });
    }
  }
  return { sample, rows, total: rows.reduce((n, r) => n + r.total, 0), missing };
}

/**
 * Whether the set reads this question's check once per audit (`per: audit`: the company's one
 * document, such as its written strategy): the auditor's reading of it then sets the level at a
 * base of one (answer-tally.ts `companyCase`).
 */
export function readOncePerAudit(set: Pick<RubricSet, 'sampling'>, questionId: string): boolean {
  const fieldwork = set.sampling?.fieldwork;
  return fieldwork !== undefined && own(fieldwork, questionId)?.per === 'audit';
}
