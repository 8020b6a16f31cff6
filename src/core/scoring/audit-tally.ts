// An audit's answers as running totals (issue 21, "Scale"): each answer sheet is added once, its
// answers go into its questions' counts (answer-tally.ts), and only who answered stays (the
// sheet without its answers: role, date, name, source). Scoring and the report read nothing else.
// One path for every input: an interview session, a folder of answers files and a 200,000-row
// export are all added a sheet at a time; a 200,000-row export then takes the memory of its
// respondents list, not of its 6.4 million answers. Pure.
import type { AnswerSheet, RespondentRecord } from '../answers/answer-sheet.js';
import { isAuditorRole } from '../answers/answers-constants.js';
import { readOncePerAudit } from '../rubric/fieldwork.js';
import { asksRole } from '../rubric/level-range.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { createAnswerTally, type AnswerTally, type AnswerTallyBuilder } from './answer-tally.js';
import { groupByRole, groupKeyOf, type RoleGroup } from './group-by-role.js';

export interface AuditTally {
  /** Who answered, in the order added: each sheet without its answers. The auditor's file is none of them. */
  respondents: RespondentRecord[];
  /** How many auditor's files (role auditor) were added: their checks are in the questions' checks alone. */
  auditorFiles: number;
  /** The respondents grouped by role (group-by-role.ts). */
  roles: RoleGroup[];
  /** questions[i][j]: the answers to the set's imperative i, question j. */
  questions: AnswerTally[][];
}

export interface AuditTallyBuilder {
  /** Adds one respondent's sheet; the sheet itself is not kept. */
  add(sheet: AnswerSheet): void;
  readonly count: number;
  /** Notes a reader counted and did not pass on (NOTES_KEPT), per question of the set in order. */
  notesNotPassed(counts: readonly number[]): void;
  finish(): AuditTally;
}

/** The fields `add` copies from a sheet into its respondent record, one by one (see there). */
type CopiedFields = 'source' | 'collected' | 'organization' | 'respondent' | 'date' | 'client' | 'rubrics' | 'segment';
// A field added to AnswerSheet fails to compile here until `add` copies it too: the copy is written
// out by hand, and `collected` was once left out of it (a report from an export said "Interview date").
const EVERY_FIELD_COPIED: [Exclude<keyof RespondentRecord, CopiedFields>] extends [never] ? true : never = true;
void EVERY_FIELD_COPIED;

export function createAuditTally(set: Pick<RubricSet, 'imperatives' | 'sampling'>): AuditTallyBuilder {
  const respondents: RespondentRecord[] = [];
  const builders: AnswerTallyBuilder[][] = set.imperatives.map((imperative) => imperative.questions.map((question) => createAnswerTally(question, set.sampling?.minimum, readOncePerAudit(set, question.id))));
  let auditorFiles = 0;
  return {
    add(sheet) {
      // The auditor's file is the audit's checks on its sample, not a respondent (answers-constants.ts
      // AUDITOR_ROLE): its checks count where the checks are counted, and nowhere else.
      if (isAuditorRole(sheet.respondent.role)) {
        auditorFiles++;
        set.imperatives.forEach((imperative, i) => {
          const byQuestion = sheet.answers[imperative.id];
          imperative.questions.forEach((question, j) => {
            const answer = byQuestion?.[question.id];
            if (answer !== undefined && answer.score !== null && answer.evidence !== 'claimed') builders[i]![j]!.addAuditorCheck({ score: answer.score, evidence: answer.evidence, ...(answer.sample === undefined ? {} : { sample: answer.sample }) });
          });
        });
        return;
      }
      const index = respondents.length;
      const { answers, source, collected, organization, respondent, date, client, rubrics, segment } = sheet;
      // Written out, not spread: a spread copy keeps its fields in a second array (40 bytes a respondent).
      respondents.push({ source, ...(collected === undefined ? {} : { collected }), organization, respondent, date, rubrics, ...(client === undefined ? {} : { client }), ...(segment === undefined ? {} : { segment }) });
      const role = sheet.respondent.role;
      const key = groupKeyOf(role);
      set.imperatives.forEach((imperative, i) => {
        // Looked up once per sheet and imperative: keyed lookups over 200,000 sheets add up.
        const byQuestion = answers[imperative.id];
        imperative.questions.forEach((question, j) => {
          const answer = byQuestion?.[question.id];
          if (answer !== undefined) builders[i]![j]!.add(index, key, answer);
          else if (asksRole(question, role)) builders[i]![j]!.unanswered(index, key);
        });
      });
    },
    notesNotPassed(counts) {
      let k = 0;
      for (const row of builders) for (const builder of row) builder.notesNotPassed(counts[k++] ?? 0);
    },
    get count() {
      return respondents.length;
    },
    finish() {
      return { respondents, auditorFiles, roles: groupByRole(respondents), questions: builders.map((row) => row.map((b) => b.tally)) };
    },
  };
}

/** The tally of sheets already in memory (a session, answers files, tests). */
export function tallySheets(set: Pick<RubricSet, 'imperatives' | 'sampling'>, sheets: Iterable<AnswerSheet>): AuditTally {
  const tally = createAuditTally(set);
  for (const sheet of sheets) tally.add(sheet);
  return tally.finish();
}

/** What scoring and the report take: a tally, or sheets in memory, which are tallied first (the same path). */
export type AuditInput = AuditTally | readonly AnswerSheet[];

export function auditTallyOf(set: Pick<RubricSet, 'imperatives' | 'sampling'>, input: AuditInput): AuditTally {
  return Array.isArray(input) ? tallySheets(set, input as readonly AnswerSheet[]) : (input as AuditTally);
}
