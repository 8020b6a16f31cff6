// An answers file (YAML bytes) checked against a rubric set: located errors for impossible
// scores, warnings for ids the rubrics do not know. Pure.
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import type { RubricSet } from '../rubric/load-rubric-set.js';
import { parseYamlSource, type SourceFile } from '../source/parse-yaml-source.js';
import { zodIssuesToDiagnostics } from '../source/zod-diagnostics.js';
import type { Answer, AnswerSheet } from './answer-sheet.js';
import { AnswersFile, NOT_APPLICABLE } from './schema.js';

export interface ParsedAnswers {
  /** The sheet when the file has no errors (warnings allowed); answers with unknown ids are dropped. */
  sheet: AnswerSheet | null;
  diagnostics: Diagnostic[];
}

export function parseAnswers(file: SourceFile, set: RubricSet): ParsedAnswers {
  const parsed = parseYamlSource(file);
  if (!parsed.ok) return { sheet: null, diagnostics: parsed.diagnostics };
  const result = AnswersFile.safeParse(parsed.value);
  if (!result.success) {
    return {
      sheet: null,
      diagnostics: [...parsed.warnings, ...zodIssuesToDiagnostics(file.path, result.error.issues, parsed.value, parsed.locate)].sort(compareDiagnostics),
    };
  }
  const data = result.data;
  const diagnostics: Diagnostic[] = [...parsed.warnings];
  const answers: Record<string, Record<string, Answer>> = {};
  const imperatives = new Map(set.imperatives.map((i) => [i.id, i]));

  for (const [imperativeId, byQuestion] of Object.entries(data.answers)) {
    const imperative = imperatives.get(imperativeId);
    if (!imperative) {
      diagnostics.push({
        file: file.path,
        ...parsed.locate.key(['answers', imperativeId]),
        severity: 'warning',
        rule: 'answer-unknown-id',
        message: `imperative "${imperativeId}" is not in the rubrics; its answers are ignored`,
      });
      continue;
    }
    const questions = new Map(imperative.questions.map((q) => [q.id, q]));
    for (const [questionId, entry] of Object.entries(byQuestion ?? {})) {
      const question = questions.get(questionId);
      if (!question) {
        diagnostics.push({
          file: file.path,
          ...parsed.locate.key(['answers', imperativeId, questionId]),
          severity: 'warning',
          rule: 'answer-unknown-id',
          message: `question "${imperativeId}/${questionId}" is not in the rubrics; the answer is ignored`,
        });
        continue;
      }
      const raw = typeof entry === 'object' ? entry.score : entry;
      const note = typeof entry === 'object' && entry.note !== undefined && entry.note.trim() !== '' ? entry.note : null;
      const scorePath = typeof entry === 'object' ? ['answers', imperativeId, questionId, 'score'] : ['answers', imperativeId, questionId];
      if (raw === NOT_APPLICABLE) {
        if (!question.na) {
          diagnostics.push({
            file: file.path,
            ...parsed.locate.value(scorePath),
            severity: 'error',
            rule: 'answer-invalid-score',
            message: `"${imperativeId}/${questionId}" cannot be answered n/a (the rubric does not allow it); choose one of ${question.levels.map((l) => l.score).join(', ')}`,
          });
          continue;
        }
        (answers[imperativeId] ??= {})[questionId] = { score: null, note };
        continue;
      }
      if (!question.levels.some((l) => l.score === raw)) {
        diagnostics.push({
          file: file.path,
          ...parsed.locate.value(scorePath),
          severity: 'error',
          rule: 'answer-invalid-score',
          message: `"${imperativeId}/${questionId}": ${raw} is not a level of this question; choose one of ${question.levels.map((l) => l.score).join(', ')}${question.na ? ' or n/a' : ''}`,
        });
        continue;
      }
      (answers[imperativeId] ??= {})[questionId] = { score: raw, note };
    }
  }
  diagnostics.sort(compareDiagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return { sheet: null, diagnostics };
  return {
    sheet: {
      source: file.path,
      organization: data.organization,
      respondent: { name: data.respondent.name && data.respondent.name !== '' ? data.respondent.name : null, role: data.respondent.role },
      date: data.date,
      rubrics: { digest: data.rubrics?.digest ?? null, source: data.rubrics?.source ?? null, questions: data.rubrics?.questions ?? null },
      answers,
    },
    diagnostics,
  };
}
