// Schema-valid answers checked against a rubric set, into an answer sheet: errors for scores the
// question does not have, warnings for ids the rubrics do not know. Used by parse-answers.ts.
import type * as z from 'zod';
import { compareDiagnostics, diagnostic, type Diagnostic } from '../diagnostics.js';
import type { RubricSet } from '../rubric/rubric-set.js';
import type { Locator, PathSegment } from '../source/parse-yaml-source.js';
import { ownCopy } from '../source/own-copy.js';
import { own as ownEntry } from '../source/reserved-keys.js';
import { asksRole } from '../rubric/level-range.js';
import type { Answer, AnswerSheet } from './answer-sheet.js';
import { DEFAULT_EVIDENCE, isAuditorRole, NOT_APPLICABLE } from './answers-constants.js';
import type { AnswersFile } from './schema.js';

export type AnswersData = z.output<typeof AnswersFile>;

export interface ParsedAnswers {
  /** The sheet when the file has no errors (warnings allowed); answers with unknown ids are dropped. */
  sheet: AnswerSheet | null;
  diagnostics: Diagnostic[];
}

/** `locate` places findings in the file. */
export function answerSheetFrom(path: string, data: AnswersData, set: RubricSet, warnings: readonly Diagnostic[], locate: Locator): ParsedAnswers {
  const diagnostics: Diagnostic[] = [...warnings];
  const found = (rule: 'answer-unknown-id' | 'answer-invalid-score' | 'answer-client-owner' | 'answer-role-not-asked' | 'answer-sample-without-check' | 'auditor-answer-not-checked' | 'answer-census-not-auditor', where: readonly PathSegment[], atKey: boolean, message: string): void => {
    diagnostics.push(diagnostic(path, rule, message, atKey ? locate.key(where) : locate.value(where)));
  };
  // Null-prototype: keyed by ids, which must never read an inherited member (reserved-keys.ts).
  const answers: Record<string, Record<string, Answer>> = Object.create(null);
  const imperatives = new Map(set.imperatives.map((i) => [i.id, i]));
  // The auditor's file holds the audit's checks on its sample, on any question (audit-tally.ts).
  const auditor = isAuditorRole(data.respondent.role);

  // The client's roles (`client:`), against the set's owner catalog, as --client-has and
  // --client-lacks are (report-output.ts clientOf): a typo or a role that cannot be lacked was taken
  // silently (hostile-input pass, session 18: `lacks: [vp-sales, nonsense]` changed nothing and said nothing).
  if (data.client !== undefined && set.owners !== null) {
    const catalog = set.owners;
    const keys = Object.keys(catalog);
    for (const side of ['has', 'lacks'] as const) {
      data.client[side].forEach((key, i) => {
        const entry = ownEntry(catalog, key);
        if (entry === undefined) found('answer-client-owner', ['client', side, i], false, `client.${side}: "${key}" is not an owner of the catalog; expected one of: ${keys.join(', ')}`);
        else if (side === 'lacks' && entry.fallback === undefined) found('answer-client-owner', ['client', side, i], false, `client.lacks: "${key}" has no fallback in the owner catalog (someone must own its steps), so every client has it; remove it`);
        else if (side === 'lacks' && data.client!.has.includes(key)) found('answer-client-owner', ['client', side, i], false, `client: "${key}" is in both has and lacks; keep one`);
      });
    }
  }

  for (const [imperativeId, byQuestion] of Object.entries(data.answers)) {
    const imperative = imperatives.get(imperativeId);
    if (!imperative) {
      found('answer-unknown-id', ['answers', imperativeId], true, `imperative "${imperativeId}" is not in the rubrics; its answers are ignored`);
      continue;
    }
    const questions = new Map(imperative.questions.map((q) => [q.id, q]));
    for (const [questionId, entry] of Object.entries(byQuestion ?? {})) {
      const question = questions.get(questionId);
      if (!question) {
        found('answer-unknown-id', ['answers', imperativeId, questionId], true, `question "${imperativeId}/${questionId}" is not in the rubrics; the answer is ignored`);
        continue;
      }
      // The rubric says this role cannot judge the question (`roles:`): an answer written before the
      // rubric left the role out, or by hand, would be pooled with those who can, as an import drops it.
      // A role left empty (a broken header's stub, parse-answers.ts) is no role: nothing is left out.
      if (!auditor && data.respondent.role !== '' && !asksRole(question, data.respondent.role)) {
        found('answer-role-not-asked', ['answers', imperativeId, questionId], true, `"${imperativeId}/${questionId}" is not asked of the role "${data.respondent.role}" (the rubric asks ${question.roles!.join(', ')}); the answer is left out of the scores`);
        continue;
      }
      const raw = typeof entry === 'object' ? entry.score : entry;
      const note = typeof entry === 'object' && entry.note !== undefined && entry.note.trim() !== '' ? ownCopy(entry.note) : null;
      const evidence = (typeof entry === 'object' ? entry.evidence : undefined) ?? DEFAULT_EVIDENCE;
      const scorePath: PathSegment[] = typeof entry === 'object' ? ['answers', imperativeId, questionId, 'score'] : ['answers', imperativeId, questionId];
      const sample = typeof entry === 'object' && entry.sample !== undefined ? { count: entry.sample.count, of: entry.sample.of, ...(entry.sample.census === true ? { census: true } : {}) } : undefined;
      // A sample says what a check covered: on a claim it would pass what one person said off as a count.
      if (sample !== undefined && evidence === 'claimed') {
        found('answer-sample-without-check', ['answers', imperativeId, questionId, 'sample'], true, `"${imperativeId}/${questionId}" has a sample but no check: give its evidence (document, observed or data), or remove the sample`);
        continue;
      }
      // A census is the audit's own count of a whole group: a respondent's check covers their own
      // work or team, never every manager, and would set a level alone (answer-tally.ts checksSetLevel).
      if (sample?.census === true && !auditor) {
        found('answer-census-not-auditor', ['answers', imperativeId, questionId, 'sample', 'census'], true, `"${imperativeId}/${questionId}" claims a census in a respondent's file: a check of every manager is the auditor's (role auditor); move it to the auditor's file or remove \`census\``);
        continue;
      }
      // The auditor answers nothing for themself: every answer in their file is a check on the sample.
      if (auditor && (evidence === 'claimed' || raw === NOT_APPLICABLE)) {
        const where: PathSegment[] = typeof entry === 'object' ? ['answers', imperativeId, questionId] : scorePath;
        found('auditor-answer-not-checked', where, true, `"${imperativeId}/${questionId}" in the auditor's file is not a check: give its evidence (document, observed or data) and its sample, or move the answer to a respondent's file`);
        continue;
      }
      if (raw === NOT_APPLICABLE) {
        if (!question.na) {
          const message = `"${imperativeId}/${questionId}" cannot be answered n/a (the rubric does not allow it); choose one of ${question.levels.map((l) => l.score).join(', ')}`;
          found('answer-invalid-score', scorePath, false, message);
          continue;
        }
        (answers[imperativeId] ??= Object.create(null))[questionId] = { score: null, note, evidence, ...(sample === undefined ? {} : { sample }) };
        continue;
      }
      if (!question.levels.some((l) => l.score === raw)) {
        const message = `"${imperativeId}/${questionId}": ${raw} is not a level of this question; choose one of ${question.levels.map((l) => l.score).join(', ')}${question.na ? ' or n/a' : ''}`;
        found('answer-invalid-score', scorePath, false, message);
        continue;
      }
      (answers[imperativeId] ??= Object.create(null))[questionId] = { score: raw, note, evidence, ...(sample === undefined ? {} : { sample }) };
    }
  }
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { sheet: null, diagnostics };
  // The sheet's texts are own copies (own-copy.ts): a report keeps who answered, and notes, to its end.
  const own = (text: string | undefined) => (text === undefined ? null : ownCopy(text));
  return {
    sheet: {
      source: path,
      organization: ownCopy(data.organization),
      respondent: { name: data.respondent.name && data.respondent.name !== '' ? ownCopy(data.respondent.name) : null, role: ownCopy(data.respondent.role) },
      date: ownCopy(data.date),
      ...(data.client === undefined ? {} : { client: { has: data.client.has.map(ownCopy), lacks: data.client.lacks.map(ownCopy) } }),
      rubrics: { digest: own(data.rubrics?.digest), source: own(data.rubrics?.source), questions: data.rubrics?.questions?.map(ownCopy) ?? null },
      ...(data.segment === undefined ? {} : { segment: Object.fromEntries(Object.entries(data.segment).map(([field, text]) => [field, ownCopy(text)])) }),
      ...(data.collected === undefined ? {} : { collected: data.collected }),
      answers,
    },
    diagnostics,
  };
}
