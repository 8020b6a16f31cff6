// An answer sheet back to the documented, human-editable YAML (the session file format).
import { stringify } from 'yaml';
import type { AnswerSheet, Sample } from './answer-sheet.js';
import { DEFAULT_EVIDENCE, type Evidence } from './answers-constants.js';
import { NOT_APPLICABLE, type AnswersFileInput } from './schema.js';

export function serializeAnswers(sheet: AnswerSheet): string {
  const answers: Record<string, Record<string, { score: number | 'n/a'; note?: string; evidence?: Evidence; sample?: Sample }>> = {};
  for (const [imperativeId, byQuestion] of Object.entries(sheet.answers)) {
    for (const [questionId, answer] of Object.entries(byQuestion)) {
      const entry: { score: number | 'n/a'; note?: string; evidence?: Evidence; sample?: Sample } = { score: answer.score ?? NOT_APPLICABLE };
      if (answer.note !== null) entry.note = answer.note;
      // Claimed is the default: written only when the answer rests on something seen.
      if (answer.evidence !== DEFAULT_EVIDENCE) entry.evidence = answer.evidence;
      if (answer.sample !== undefined) entry.sample = { count: answer.sample.count, of: answer.sample.of, ...(answer.sample.census === true ? { census: true } : {}) };
      (answers[imperativeId] ??= {})[questionId] = entry;
    }
  }
  const rubrics: NonNullable<AnswersFileInput['rubrics']> = {};
  if (sheet.rubrics.digest !== null) rubrics.digest = sheet.rubrics.digest;
  if (sheet.rubrics.source !== null) rubrics.source = sheet.rubrics.source;
  if (sheet.rubrics.questions !== null) rubrics.questions = sheet.rubrics.questions;
  const document: AnswersFileInput = {
    version: 1,
    organization: sheet.organization,
    respondent: sheet.respondent.name === null ? { role: sheet.respondent.role } : { name: sheet.respondent.name, role: sheet.respondent.role },
    date: sheet.date,
    ...(sheet.client === undefined ? {} : { client: sheet.client }),
    // Answers before the rubric bookkeeping: they are what a person opens the file to read or edit.
    answers,
    ...(Object.keys(rubrics).length > 0 ? { rubrics } : {}),
    ...(sheet.collected === undefined ? {} : { collected: sheet.collected }),
    ...(sheet.segment === undefined ? {} : { segment: sheet.segment }),
  };
  const header = '# sales-audit answers (session file). Edit freely; `sales-audit audit --resume <this file>` continues it.\n';
  return header + stringify(document, { lineWidth: 0, flowCollectionPadding: true });
}
